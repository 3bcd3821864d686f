import type { Language } from '../../article/article.js';
import type { AgreementsPack } from './agreements-pack.js';
import { agreements as az } from './az/agreements.js';
import { agreements as en } from './en/agreements.js';
import { agreements as ru } from './ru/agreements.js';

/** One pack per language; a text may mix languages, so the counter reads them all. */
export const AGREEMENT_PACKS: Record<Language, AgreementsPack> = { en, az, ru };
