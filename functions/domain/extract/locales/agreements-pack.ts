import type { AgreementType } from '../../article/article.js';

/**
 * What one language contributes to counting signed documents. Entries are regular-expression fragments
 * (a stem and `\p{L}*` for its endings), matched on lowercased text; feature code joins the packs.
 */
export interface AgreementsPack {
  /** Document words by type; "generic" is a document of no named type ("document", "sənəd"). */
  kinds: Partial<Record<AgreementType | 'generic', readonly string[]>>;
  /** Verbs of signing. */
  signed: readonly string[];
  /** Signing planned, denied or recalled from an earlier occasion: not signed at this event. */
  notNow: readonly string[];
  /** Words before a framework the event works under ("in the framework of", "в рамках"). */
  frameworkBefore: readonly string[];
  /** Words after a framework ("proqramı çərçivəsində"). */
  frameworkAfter: readonly string[];
  /** Words that refer back to a document already named ("the", "bu", "этот"). */
  anaphora: readonly string[];
  /** Conjunctions that open a second clause with its own signing verb. */
  clauseJoin: readonly string[];
  /** Plural endings of document words. */
  pluralEndings: readonly string[];
  /** Cardinal numbers as words, case forms included. */
  numbers: Readonly<Record<number, string>>;
}
