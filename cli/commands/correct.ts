import {
  parseAgreements,
  parseCountries,
  parseOrganizations,
} from '../../functions/domain/review/correction-form.js';
import type { CorrectionChange } from '../../functions/domain/review/corrections.js';
import { printable } from '../../functions/shared/printable.js';
import {
  correctArticle,
  InvalidCorrectionError,
  UnknownArticleError,
} from '../../functions/use-cases/review-correct.js';
import { openLocalSystem } from '../local/runtime.js';
import { stateDir } from '../local/state.js';
import { type Command, DATE, parse, UsageError } from '../usage.js';
import { cliActor } from './compile.js';

const CLEARABLE = [
  'date',
  'countries',
  'organizations',
  'agreements',
  'headline',
  'lead',
  'merge',
  'split',
  'exclude',
] as const;
const CLEAR_FIELD: Record<(typeof CLEARABLE)[number], keyof CorrectionChange> = {
  date: 'eventDate',
  countries: 'countries',
  organizations: 'organizations',
  agreements: 'agreements',
  headline: 'headline',
  lead: 'lead',
  merge: 'mergeWith',
  split: 'split',
  exclude: 'exclude',
};

const CORRECT_OPTIONS = {
  state: { type: 'string' },
  date: { type: 'string' },
  exclude: { type: 'boolean' },
  include: { type: 'boolean' },
  countries: { type: 'string' },
  organization: { type: 'string', multiple: true },
  agreements: { type: 'string' },
  'headline-en': { type: 'string' },
  'headline-az': { type: 'string' },
  'lead-en': { type: 'string' },
  'lead-az': { type: 'string' },
  'merge-with': { type: 'string' },
  split: { type: 'boolean' },
  clear: { type: 'string', multiple: true },
} as const;

type CorrectValues = ReturnType<typeof parse<typeof CORRECT_OPTIONS>>['values'];

function changeFromOptions(v: CorrectValues): CorrectionChange {
  if (v.date !== undefined && !DATE.test(v.date)) throw new UsageError('--date takes YYYY-MM-DD');
  const text = (en?: string, az?: string) => (en === undefined && az === undefined ? undefined : { en, az });
  const change: CorrectionChange = {
    exclude: v.exclude ? true : v.include ? null : undefined,
    eventDate: v.date,
    countries: v.countries === undefined ? undefined : parseCountries(v.countries),
    organizations: v.organization && parseOrganizations(v.organization.join('\n')),
    agreements: v.agreements === undefined ? undefined : parseAgreements(v.agreements),
    headline: text(v['headline-en'], v['headline-az']),
    lead: text(v['lead-en'], v['lead-az']),
    mergeWith: v['merge-with'],
    split: v.split ? true : undefined,
  };
  for (const field of v.clear ?? []) {
    const key = CLEAR_FIELD[field as (typeof CLEARABLE)[number]];
    if (!key) throw new UsageError(`--clear takes one of ${CLEARABLE.join(', ')}`);
    (change as Record<string, unknown>)[key] = null;
  }
  return Object.fromEntries(Object.entries(change).filter(([, value]) => value !== undefined));
}

export const correct: Command = {
  summary:
    'correct one article (date, countries, organizations, agreements, headline, lead, exclude, merge, split)',
  usage: `Usage: bulletin correct ARTICLE_ID [options] [--state DIR]

Stores a correction beside the article's extracted facts (reprocessing keeps it) and recompiles the drafts
of the weeks it touches at once. Article ids: \`bulletin review --week YYYY-Www\`.

  --exclude | --include              leave it out of the bulletin, or take it back
  --date YYYY-MM-DD                  the event date (moves the article to that date's week)
  --countries KZ,TR                  partner countries (ISO 3166-1 alpha-2)
  --organization "English | Azərbaycanca | CC"   repeat for each organization
  --agreements "memorandum:2, protocol:1"        types: memorandum, agreement, protocol, declaration, programme, other
  --headline-en TEXT  --headline-az TEXT  --lead-en TEXT  --lead-az TEXT
  --merge-with ARTICLE_ID            one event with that article;  --split   an event of its own
  --clear FIELD                      back to the extracted value: ${CLEARABLE.join(', ')}`,
  async run(argv) {
    const { values, positionals } = parse(argv, CORRECT_OPTIONS, true);
    const [articleId, extra] = positionals;
    if (!articleId || extra !== undefined) throw new UsageError('give exactly one ARTICLE_ID');
    const change = changeFromOptions(values);
    if (Object.keys(change).length === 0)
      throw new UsageError('nothing to correct: give at least one option');
    const system = await openLocalSystem(stateDir(values.state));
    try {
      const outcome = await correctArticle(system.review, articleId, change, cliActor());
      console.log(
        `${printable(articleId)}: corrected (${Object.keys(change).join(', ')}); recompiled ${outcome.weeks.join(', ')}`,
      );
      return 0;
    } catch (error) {
      if (error instanceof InvalidCorrectionError || error instanceof UnknownArticleError) {
        console.error(`bulletin correct: ${printable(error.message)}`);
        return 1;
      }
      throw error;
    } finally {
      await system.stop();
    }
  },
};
