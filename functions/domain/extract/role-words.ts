/**
 * The small gazetteer the people finder leans on: role words that introduce a person (in the three
 * languages, with common case forms), honorifics to strip, and capitalized words that are never part
 * of a person's name (titles, institutions, places, sentence starters).
 */
const ROLE_LIST =
  'minister ministers ambassador ambassadors president vice-president president’s rector vice-rector pro-rector director director-general head chairman chairwoman chair deputy secretary secretary-general representative envoy consul attaché professor academician dean governor mayor leader ceo founder manager coordinator adviser advisor counsellor counselor spokesperson chancellor provost commissioner principal scientist ophthalmologist officer ' +
  'nazir naziri nazirinin nazirin müavini müavininin səfir səfiri səfirinin prezident prezidenti prezidentinin rektor rektoru rektorunun prorektor prorektoru direktor direktoru direktorunun sədr sədri sədrinin rəhbəri rəhbərinin rəis rəisi nümayəndəsi nümayəndəsinin müşaviri professor akademik dekan dekanı katibi öndər lider sefir sefiri muavini muavininin sedr sedri rehberi ' +
  'министр министра министру министром министре посол посла послу послом президент президента президентом ректор ректора ректором проректор директор директора директором председатель председателя заместитель заместителя глава главы представитель представителя советник советника профессор профессора академик академика декан декана секретарь секретаря лидер лидера ' +
  // Instrumental and dative forms ("подписан заместителем министра", "вручил ректору").
  'заместителем заместителю председателем председателю представителем советником профессором академиком деканом секретарём секретарем главой главе ректору директору проректора проректором вице-министр вице-министра вице-министром вице-президент вице-президента вице-президентом';
export const ROLE_WORDS = new Set(ROLE_LIST.split(' '));

export const HONORIFICS = new Set(
  'mr mr. mrs mrs. ms ms. dr dr. prof prof. sir madam h.e. his her excellency cənab xanım hörmətli г-н г-жа господин госпожа'.split(
    ' ',
  ),
);

/** Lowercase words allowed inside a role phrase between the role word and the name. */
export const CONNECTORS = new Set(
  'of the to in for and at on a an company corporation şirkəti korporasiyası və üzrə в по и при компании корпорации extraordinary plenipotentiary general'.split(
    ' ',
  ),
);

/** Lowercase particles that may sit inside a name: "Salim bin Muhammad al-Malik". */
export const PARTICLES =
  /^(?:bin|ibn|bint|ben|de|da|del|di|van|von|der|den|du|ul|al|el|əl|бин|ибн)$|^(?:al|el|əl|ad|as|ar|an|at|аль|ал|эль)-\p{Lu}/u;

/** Capitalized words that are never part of a person's name. */
export const NOT_NAME = new Set(
  (
    'the on in at as also within during then it this that these those speaking according following after before with for from by and of a an his her their our both all while when where however meanwhile today yesterday mr mrs ms dr ' +
    "ministry university republic state national autonomous plenipotentiary representative extraordinary science education higher general vocational council organization organisation department city alley honor honour martyrs memorial complex school lyceum kindergarten centre center institute academy foundation agency committee government cabinet parliament assembly office embassy union federation federal bank fund company corporation programme program project forum conference summit round table roundtable exhibition festival olympiad olympiads capital world islamic cultural day week year january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday people’s people's heads head deputy chairman director rector minister president ambassador vice-president leader his-excellency excellency " +
    // Regions in titles ("General Manager for Central and Eastern Europe, Caroline Hartmann").
    'europe asia africa america americas caucasus middle east eastern western northern southern central region cis gulf balkans scandinavia ' +
    // Companies that stand before a role ("Huawei Azerbaijan CEO Li Wei") are never a person's name.
    'huawei microsoft google cisco samsung coursera ' +
    'milli beynəlxalq görüşdə tədbirdə görüş tədbir daha bu həmçinin sonra eyni zamanda bildirib qeyd elm təhsil nazirliyi nazirlik universiteti respublikası respublikasının prezidenti naziri səfiri rektoru azərbaycan azərbaycanın azərbaycanda bakı bakıda ' +
    'в на во по также затем это как он она они при для с со у о об министерство министр посол президент ректор университет республика республики азербайджан азербайджана баку наук науки образования'
  ).split(' '),
);
