import { AGREEMENT_TYPES, type Agreement, type AgreementType } from '../article/article.js';
import { type BulletinLanguage, joinList } from './language.js';

interface Noun {
  one: string;
  many: string;
}

/**
 * English inflects for number; Azerbaijani keeps the noun singular after a numeral ("40 anlaşma
 * memorandumu", "5 saziş"), so its one and many forms are the same.
 */
const NOUNS: Record<BulletinLanguage, Record<AgreementType, Noun>> = {
  en: {
    memorandum: { one: 'memorandum of understanding', many: 'memoranda of understanding' },
    agreement: { one: 'agreement', many: 'agreements' },
    protocol: { one: 'protocol', many: 'protocols' },
    declaration: { one: 'declaration', many: 'declarations' },
    programme: { one: 'programme', many: 'programmes' },
    other: { one: 'document', many: 'documents' },
  },
  az: {
    memorandum: { one: 'anlaşma memorandumu', many: 'anlaşma memorandumu' },
    agreement: { one: 'saziş', many: 'saziş' },
    protocol: { one: 'protokol', many: 'protokol' },
    declaration: { one: 'bəyannamə', many: 'bəyannamə' },
    programme: { one: 'proqram', many: 'proqram' },
    other: { one: 'sənəd', many: 'sənəd' },
  },
};

/** The display order of agreement types: the order of the contract's enum. */
export const AGREEMENT_ORDER: readonly AgreementType[] = AGREEMENT_TYPES;

export function agreementNoun(type: AgreementType, count: number, language: BulletinLanguage): string {
  const noun = NOUNS[language][type];
  return count === 1 ? noun.one : noun.many;
}

/** "40 memoranda of understanding" / "40 anlaşma memorandumu". */
export function agreementPhrase(type: AgreementType, count: number, language: BulletinLanguage): string {
  return `${count} ${agreementNoun(type, count, language)}`;
}

/** "2 memoranda of understanding and 1 protocol" in the fixed type order; empty for none. */
export function agreementList(agreements: readonly Agreement[], language: BulletinLanguage): string {
  const sorted = [...agreements].sort(
    (a, b) => AGREEMENT_ORDER.indexOf(a.type) - AGREEMENT_ORDER.indexOf(b.type),
  );
  return joinList(
    sorted.map((a) => agreementPhrase(a.type, a.count, language)),
    language,
  );
}
