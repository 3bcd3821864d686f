/**
 * Patterns that find organization names the knowledge base does not hold, by their shape: capitalized
 * words before a head noun ("Kazan Federal University", "Bakı Dövlət Universitetində"), "University of X",
 * Russian adjective + head ("Казанский федеральный университет"), a head noun before a proper name
 * ("Университет Хаджеттепе"), foreign ministries, quoted company names.
 */
const EN_HEADS =
  'University|Institute|Academy|Foundation|Council|Organi[sz]ation|Corporation|Bank|Fund|Association|College|Centre|Center|Agency|Committee|Chamber|Service';
// Azerbaijani heads take case endings in running text ("Universitetində", "Akademiyasının").
const AZ_HEADS =
  '(?:Universitet|İnstitut|Akademiya|Fond|Təşkilat|Mərkəz|Agentliy|Agentlik|Şura|Komitə|Kollec|Nazirliy|Nazirlik|Assosiasiya|Palata|İdarəsi)\\p{Ll}*';
const CAP = "[\\p{Lu}][\\p{L}\\d'’.&-]*";
// Fields that institution names coordinate ("Science and Technology", "Neft və Sənaye"): the only words a
// conjunction may join inside a name, so "Microsoft and ADA University" stays two names.
const FIELD =
  '(?:Science|Sciences|Technology|Technologies|Engineering|Arts|Culture|Economics|Management|Industry|Innovation|Research|Design|Medicine|Oil|Architecture|Construction|Tourism|Transport|Development|Coordination|Analysis|Elm|Texnologiya|Texnologiyalar|Mühəndislik|İncəsənət|Mədəniyyət|İqtisadiyyat|İnnovasiya|Tədqiqat|Neft|Sənaye|Memarlıq|İnşaat|Turizm|Menecment|Nəqliyyat|İnkişaf)';
const FIELDS = `${FIELD}[ ]+(?:and|və)[ ]+${FIELD}`;
const NAME_WORDS = `(?:(?:${FIELDS}|${CAP})[ ]+){1,5}`;
const OF_TAIL = `(?:[ ](?:of|for)[ ](?:the[ ])?(?:${FIELDS}|${CAP})(?:[ ](?:${CAP}|of|the|and|for))*(?<![ ](?:of|the|and|for)))?`;

// An Azerbaijani eponym before the name: "Akaki Sereteli adına Dövlət Universiteti".
const AZ_EPONYM = `(?:(?:${CAP}[ ]+){1,3}adına[ ]+)?`;

export const NAMED = new RegExp(
  `${AZ_EPONYM}${NAME_WORDS}(?:${EN_HEADS}|${AZ_HEADS})(?![\\p{L}])${OF_TAIL}|(?:University|Institute|Academy|Centre|Center|Ministry) (?:of|for) (?:the )?(?:${FIELDS}|${CAP})(?:[ ](?:${CAP}|of|the|and|for))*(?<![ ](?:of|the|and|for))`,
  'gu',
);

// Russian names capitalize only the first word: "Казанский федеральный университет", and may end in the
// fields they serve, in the genitive: "... университет нефти и промышленности".
const RU_FIELD =
  '(?:нефти|промышленности|архитектуры|строительства|культуры|искусств|туризма|экономики|науки|технологий|языков|образования)';
// A Russian eponym after the name: "... университет имени Акакия Церетели".
const RU_EPONYM = '(?:\\s+имени\\s+[А-ЯЁ][а-яё-]+(?:\\s+[А-ЯЁ][а-яё-]+)?)?';
export const RU_NAMED = new RegExp(
  `[А-ЯЁ][а-яё-]+(?:ий|ый|ой|ого|его|ом|ем|ому|ым|им)\\s+(?:[а-яё-]+(?:ий|ый|ой|ого|его|ом|ем|ому|ым|им)\\s+){0,3}(?:университет|институт|академи|фонд|центр)\\p{Ll}*(?![\\p{L}])(?:\\s+${RU_FIELD}(?:\\s+и\\s+${RU_FIELD})?(?![\\p{L}]))?${RU_EPONYM}`,
  'gu',
);
// A head noun before the name it governs: "Университет Хаджеттепе", "Университетом ADA".
export const RU_HEAD_FIRST =
  /(?:Университет|Институт|Академи|Фонд)\p{Ll}*\s+(?:имени\s+)?(?:[\p{Lu}][\p{L}-]*|[A-Z]{2,})(?:\s+[\p{Lu}][\p{L}-]+)?/gu;

// "Ministry of Commerce of the People's Republic of China", "Georgia's Ministry of Education".
export const MINISTRY = new RegExp(
  `Ministry of ${CAP}(?:,?[ ](?:and[ ])?${CAP})*(?:[ ]+of[ ]+(?:the[ ]+)?${CAP}(?:[ ](?:of[ ](?:the[ ])?)?${CAP})*)?`,
  'gu',
);
// Russian and Azerbaijani ministries in running text are lowercase: "министерства цифрового развития и
// транспорта", "Rəqəmsal İnkişaf və Nəqliyyat Nazirliyi" (the latter is caught by NAMED).
export const RU_MINISTRY = /[Мм]инистерств\p{Ll}*(?:\s+(?:и\s+)?\p{Ll}+,?){1,6}(?:\s+[А-ЯЁ]\p{Ll}+)?/gu;

export const QUOTED =
  /["“«]([\p{Lu}][^"”»]{1,40})["”»]\s+(?:company|corporation|şirkəti|korporasiyası)|(?:компани\p{L}*|корпораци\p{L}*)\s+«([^»]{2,40})»/gu;
