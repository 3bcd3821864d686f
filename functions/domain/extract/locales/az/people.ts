import { type PeoplePack, words } from '../people-pack.js';

export const people: PeoplePack = {
  roleWords:
    words(`nazir naziri nazirinin nazirin müavini müavininin səfir səfiri səfirinin prezident prezidenti
    prezidentinin rektor rektoru rektorunun prorektor prorektoru direktor direktoru direktorunun sədr sədri
    sədrinin rəhbəri rəhbərinin rəis rəisi nümayəndəsi nümayəndəsinin müşaviri professor akademik dekan dekanı
    katibi öndər lider sefir sefiri muavini muavininin sedr sedri rehberi jurnalist jurnalisti müəllif müəllifi
    ekspert eksperti deputat deputatı üzvü`),
  honorifics: words('cənab xanım hörmətli'),
  connectors: words('və üzrə şirkəti korporasiyası'),
  notName: words(`milli beynəlxalq görüşdə tədbirdə görüş tədbir daha bu həmçinin sonra eyni zamanda bildirib
    qeyd elm təhsil nazirliyi nazirlik universiteti respublikası respublikasının prezidenti naziri səfiri
    rektoru azərbaycan azərbaycanın azərbaycanda bakı bakıda krallığı krallığında krallığın ardınca tədbirdə
    səfər səfərdə`),
  institutionStems: words(
    'universitet institut akademiya fond şura nazirliy krallıq krallığ respublika agentliy komitə mərkəz təşkilat',
  ),
  speechVerbs: words(`bildirib deyib söyləyib vurğulayıb qeyd vurğuladı bildirdi dedi toxunub danışıb`),
};
