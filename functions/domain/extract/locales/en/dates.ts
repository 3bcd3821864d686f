import { type DatesPack, phrases } from '../dates-pack.js';

export const dates: DatesPack = {
  months: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sept', 'sep'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  monthEndings: [],
  monthFirst: 'plain',
  dayEndings: ['st', 'nd', 'rd', 'th'],
  dayMonthLinks: ['of'],
  monthDayLinks: [],
  rangeJoiners: ['and', 'to', 'through', 'till'],
  yearWords: [],
  // Full names only: "sat", "sun" and "wed" are also ordinary words.
  weekdays: [['monday'], ['tuesday'], ['wednesday'], ['thursday'], ['friday'], ['saturday'], ['sunday']],
  relative: {
    today: phrases('today, this morning, this afternoon, this evening, earlier today'),
    yesterday: phrases('yesterday'),
  },
  cues: {
    event: {
      before: [],
      after: [],
      // Past-tense verbs of meeting, holding and signing; a headline's present tense reports the past too.
      near: phrases(`held, was held, were held, took place, met, meets, visited, visits, paid a visit, signed,
        signs, hosted, hosts, convened, opened, opens, received, welcomed, completed, concluded, closed,
        ended,
        attended, discussed, organised, organized, launched, presented, awarded, conferred, inaugurated,
        started, began, kicked off, gathered, took part, participated, delivered, unveiled, screened, marked,
        celebrated, honoured, honored, toured, familiarized, familiarised, agreed, approved, adopted, decided,
        announced, said, stated, noted, told, declared, stressed, emphasised, emphasized, informed`),
    },
    recalled: {
      before: phrases('since, dated, of, back in, as early as, as far back as'),
      after: phrases('onwards'),
      // Founding days and first editions are left to their age: "first held on 5 May" may be this event.
      // Not "last week": that is mostly this event, told a few days later.
      near: phrases(`recall, recalled, to recall, earlier, previously, ago, last year, in the past, had been,
        had already, as reported`),
    },
    planned: {
      before: [],
      after: [],
      near: phrases(`will, will be, will be held, will take place, will be signed, will be organised, will be
        organized, shall, scheduled, is scheduled, are scheduled, planned, is planned, are planned, plans to,
        expected to, is expected, are expected, upcoming, forthcoming, next week, next month, next year,
        is to be,
        are to be, is set to,
        are set to, is due, are due, to be held, would be held`),
    },
    deadline: {
      before: phrases('until, till, by, before, no later than, not later than, deadline'),
      after: [],
      near: phrases('deadline, deadlines, no later than'),
    },
    period: {
      before: phrases('from, after, starting, starting from, beginning, as of, effective'),
      after: [],
      near: [],
    },
  },
  stampLabels: phrases('published, updated, posted, source, date, last updated'),
  chromeLabels:
    phrases(`read more, read also, also read, see also, related, related news, more news, latest news,
    tags, share, follow, you may also like, recommended`),
};
