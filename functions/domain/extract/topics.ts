import { lowerAz } from './text-tools.js';

/**
 * The fixed topic vocabulary of the bulletin. A topic is assigned when one of its keyword stems occurs
 * in the text (English, Azerbaijani or Russian; a stem matches at a word start, inflections follow):
 * - higher education: universities, rectors, higher education, bachelor/master/PhD, ali təhsil, вуз
 * - general education: schools, pupils, general/secondary education, ümumi təhsil, школ-
 * - vocational education: vocational, technical and vocational, peşə təhsili, профессиональн- образован-
 * - preschool education: preschool, kindergarten, məktəbəqədər, uşaq bağçası, дошкольн-, детск- сад
 * - science and research: science, research, scientific, laboratory, elm, tədqiqat, наук-, исследован-
 * - student exchange: exchange, mobility, mübadilə, обмен-, мобильност-
 * - teacher training: teacher training, educators' qualification, müəllim hazırlığı, педагог-
 * - digital transformation: digital, e-services, rəqəmsal, цифров-
 * - artificial intelligence: artificial intelligence, AI, süni intellekt, искусственн- интеллект-
 * - steam: STEAM, STEM
 * - inclusive education: inclusive, special needs, inklüziv, инклюзив-
 * - language learning: language teaching/learning, dil öyrənilməsi, изучени- язык-
 * - scholarships: scholarship, grant, təqaüd, стипенди-
 */
export const TOPICS = [
  'higher education',
  'general education',
  'vocational education',
  'preschool education',
  'science and research',
  'student exchange',
  'teacher training',
  'digital transformation',
  'artificial intelligence',
  'steam',
  'inclusive education',
  'language learning',
  'scholarships',
] as const;
export type Topic = (typeof TOPICS)[number];

const CUES: Record<Topic, string> = {
  'higher education':
    'higher education|universit|rector|bachelor|master.s|doctoral|phd|ali təhsil|universitet|rektor|magistr|высш\\S* образован|университет|вуз|ректор',
  'general education':
    'general education|secondary (?:education|school)|school-lyceum|schools?\\b|pupils|ümumi təhsil|məktəb(?!əqədər)|şagird|общ\\S* образован|школ|школьник',
  'vocational education':
    'vocational|technical and vocational|peşə təhsil|peşə məktəb|профессиональн\\S* (?:образован|обучен)|профтех',
  'preschool education': 'pre-?school|kindergarten|məktəbəqədər|uşaq bağça|дошкольн|детск\\S* сад',
  'science and research':
    'science|scientific|research|laborator|academ(?:y|ic) of sciences|elm(?:i|in|\\b)|elmi|tədqiqat|наук|научн|исследован',
  'student exchange':
    'student exchange|exchange (?:programs?|programmes?)|exchange of students|academic mobility|tələbə mübadilə|mübadilə proqram|akademik mobillik|обмен\\S* студент|студенческ\\S* обмен|академическ\\S* мобильност',
  'teacher training':
    'teacher training|training of teachers|teachers.? (?:training|qualification)|qualifications? of educators|müəllim(?:lərin)? hazırlığ|müəllimlərin ixtisas|подготовк\\S* (?:учител|педагог)|повышени\\S* квалификац',
  'digital transformation': 'digital|e-services|rəqəmsal|elektron təhsil|цифров',
  'artificial intelligence': 'artificial intelligence|\\bai\\b|süni intellekt|искусственн\\S* интеллект',
  steam: '\\bsteam\\b|\\bstem\\b',
  'inclusive education':
    'inclusive|special (?:educational )?needs|inklüziv|sağlamlıq imkanları məhdud|инклюзив',
  'language learning':
    'language (?:learning|teaching|courses)|learning (?:the )?\\S+ language|dil(?:in)? öyrən|dili kurs|изучени\\S* \\S*\\s?язык|курс\\S* \\S* язык',
  scholarships: 'scholarship|stipend|grant programme|təqaüd|стипенди',
};
const MATCHERS = Object.entries(CUES).map(([topic, re]) => [topic, new RegExp(re, 'u')] as const);

// The ministry's own name says "science" in every article: it is not a topic.
const MINISTRY =
  /(?:ministry|minister) of science and (?:higher )?education|science and education minist\S*|elm və təhsil nazir\S*|министр\S* науки и (?:высшего )?образования/gu;

/** Topics of the fixed vocabulary the text touches, in vocabulary order. */
export function extractTopics(text: string): Topic[] {
  const lower = lowerAz(text).replace(MINISTRY, ' ');
  return MATCHERS.filter(([, re]) => re.test(lower)).map(([topic]) => topic as Topic);
}
