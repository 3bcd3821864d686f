import { paragraphsOf } from './text-tools.js';

// What a notable figure counts: institutions, people, devices, documents, money.
const COUNTED =
  '(?:universit\\p{L}*|schools?|institutions?|students?|teachers?|pupils|scholarships?|grants?|tablets?|computers?|servers?|laptops?|boards?|memorand\\p{L}*|agreements?|projects?|participants?|countries|centres?|centers?|laborator\\p{L}*|programmes?|programs?|manat|AZN|dollars?|USD|euros?|EUR|universitet\\p{L}*|məktəb\\p{L}*|müəssisə\\p{L}*|tələbə\\p{L}*|müəllim\\p{L}*|şagird\\p{L}*|planşet\\p{L}*|kompüter\\p{L}*|server\\p{L}*|memorandum\\p{L}*|saziş\\p{L}*|layihə\\p{L}*|iştirakçı\\p{L}*|ölkə\\p{L}*|университет\\p{L}*|вуз\\p{L}*|школ\\p{L}*|учрежден\\p{L}*|студент\\p{L}*|учител\\p{L}*|преподавател\\p{L}*|планшет\\p{L}*|компьютер\\p{L}*|сервер\\p{L}*|меморандум\\p{L}*|соглашени\\p{L}*|проект\\p{L}*|участник\\p{L}*|стран\\p{L}*|манат\\p{L}*)';
// A number (2,300 / 1 500 / 40) and up to two words before the counted noun ("24 educational institutions").
const FIGURE = new RegExp(
  `(?<![\\p{L}\\d.,№])(\\d{1,3}(?:[ ,]\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+(?:million|milyon|млн\\.?|thousand|min|тыс\\.?))?(?:\\s+[\\p{L}-]+){0,2}?\\s+${COUNTED}(?![\\p{L}])`,
  'giu',
);

/** Notable figures as written ("2,300 tablets", "17 universities"); years and dates are not figures. */
export function extractNumbers(text: string): string[] {
  const out = new Set<string>();
  for (const paragraph of paragraphsOf(text)) {
    for (const m of paragraph.matchAll(FIGURE)) {
      const value = m[1] ?? '';
      if (/^(?:19|20)\d{2}$/.test(value)) continue;
      out.add(m[0].trim());
    }
  }
  return [...out].slice(0, 12);
}

// Cities that news about this cooperation names, in the forms the three languages use; the display
// name is the English one so the bulletin can show places whatever the article's language.
const CITIES: Record<string, string> = {
  Baku: 'baku bakı bakıda bakının баку',
  Ganja: 'ganja gəncə гянджа',
  Sumgait: 'sumgait sumqayıt сумгаит',
  Shusha: 'shusha şuşa шуша',
  Nakhchivan: 'nakhchivan naxçıvan нахчыван нахичевань',
  Lankaran: 'lankaran lənkəran ленкорань',
  Khankendi: 'khankendi xankəndi ханкенди',
  Ankara: 'ankara анкара',
  Istanbul: 'istanbul стамбул',
  Izmir: 'izmir измир',
  Antalya: 'antalya анталья',
  Astana: 'astana астана',
  Almaty: 'almaty алматы',
  Beijing: 'beijing pekin пекин',
  Moscow: 'moscow moskva москва',
  Kazan: 'kazan казань',
  Tbilisi: 'tbilisi tiflis тбилиси',
  Tashkent: 'tashkent daşkənd ташкент',
  Budapest: 'budapest budapeşt будапешт',
  Paris: 'paris париж',
  London: 'london лондон',
  Berlin: 'berlin берлин',
  Rome: 'rome рим',
  Tehran: 'tehran тегеран',
  Minsk: 'minsk минск',
  Bishkek: 'bishkek bişkek бишкек',
  Doha: 'doha доха',
  Dubai: 'dubai dubay дубай',
  Rabat: 'rabat рабат',
  Tokyo: 'tokyo tokio токио',
  Seoul: 'seoul seul сеул',
  Shanghai: 'shanghai şanxay шанхай',
  Shenzhen: 'shenzhen şençjen шэньчжэнь шеньчжэнь',
  Warsaw: 'warsaw varşava варшава',
  Vienna: 'vienna vyana вена',
  Prague: 'prague praqa прага',
  Brussels: 'brussels brüssel брюссель',
  Geneva: 'geneva cenevrə женева',
  Washington: 'washington vaşinqton вашингтон',
  Cairo: 'cairo qahirə каир',
  Islamabad: 'islamabad исламабад',
  Kyiv: 'kyiv kiyev киев',
  Vilnius: 'vilnius vilnüs вильнюс',
  Riga: 'riga рига',
  Tallinn: 'tallinn tallin таллин',
  Samarkand: 'samarkand səmərqənd самарканд',
  Bukhara: 'bukhara buxara бухара',
  Ashgabat: 'ashgabat aşqabad ашхабад',
  Dushanbe: 'dushanbe düşənbə душанбе',
  'Saint Petersburg': 'petersburg peterburq петербург',
  Batumi: 'batumi батуми',
};
/**
 * Russian city names decline on their last letter (Астана, в Астане; Москва, Москвы; Казань, в Казани):
 * such a form is matched on its stem, when the stem is long enough not to be a common word (Доха, доход).
 */
const formPattern = (form: string) =>
  /^[\p{Script=Cyrillic}]{4,}[аяь]$/u.test(form) ? `${form.slice(0, -1)}\\p{L}{1,5}` : `${form}\\p{L}{0,5}`;
const CITY_RE = Object.entries(CITIES).map(
  ([name, forms]) =>
    [
      name,
      new RegExp(`(?<![\\p{L}])(?:${forms.split(' ').map(formPattern).join('|')})(?![\\p{L}])`, 'iu'),
    ] as const,
);

/** Cities the text names (English display names), in table order. */
export function extractPlaces(text: string): string[] {
  return CITY_RE.filter(([, re]) => re.test(text)).map(([name]) => name);
}
