import { type PeoplePack, words } from '../people-pack.js';

export const people: PeoplePack = {
  roleWords: words(`minister ministers ambassador ambassadors president vice-president president’s rector
    vice-rector pro-rector director director-general head chairman chairwoman chair deputy secretary
    secretary-general representative envoy consul attaché professor academician dean governor mayor leader ceo
    founder manager coordinator adviser advisor counsellor counselor spokesperson chancellor provost
    commissioner principal scientist ophthalmologist officer journalist author correspondent expert researcher
    lecturer teacher member speaker chief executive`),
  honorifics: words('mr mr. mrs mrs. ms ms. dr dr. prof prof. sir madam h.e. his her excellency'),
  connectors: words(
    'of the to in for and at on a an company corporation extraordinary plenipotentiary general',
  ),
  notName:
    words(`the on in at as also within during then it this that these those speaking according following
    after before with for from by and of a an his her their our both all while when where however meanwhile
    today yesterday mr mrs ms dr ministry university republic state national autonomous plenipotentiary
    representative extraordinary science education higher general vocational council organization organisation
    department city alley honor honour martyrs memorial complex school lyceum kindergarten centre center
    institute academy foundation agency committee government cabinet parliament assembly office embassy union
    federation federal bank fund company corporation programme program project forum conference summit round
    table roundtable exhibition festival olympiad olympiads capital world islamic cultural day week year january
    february march april may june july august september october november december monday tuesday wednesday
    thursday friday saturday sunday people’s people's heads head deputy chairman director rector minister
    president ambassador vice-president leader his-excellency excellency lead project board trustees
    europe asia africa america americas caucasus middle east eastern western northern southern central region
    cis gulf balkans scandinavia huawei microsoft google cisco samsung coursera
    resident country acting interim permanent managing honorary`),
  institutionStems: words(
    'universit institut academ foundation council ministr kingdom republic agency committee',
  ),
  speechVerbs: words(`said says noted stressed added told emphasized emphasised underlined highlighted stated
    recalled explained announced discussed expressed thanked welcomed spoke`),
};
