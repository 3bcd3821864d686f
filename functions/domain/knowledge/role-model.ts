import type { LexEntry } from './role-lexicon.js';
import type { Lang, Target } from './role-words.js';

/**
 * A role read into its structure, independent of the language it was written in: the parsers
 * (role-parse-*.ts) fill it, the renderers (role-render-*.ts) write it out in English or Azerbaijani.
 */

/** One piece of an organization's name: a lexicon word, a country, or a proper name kept as written. */
export type OrgPart =
  | { kind: 'entry'; entry: LexEntry }
  | { kind: 'country'; code: string }
  | { kind: 'name'; text: string; lang: Lang };

/** "ADA University", "the Council of Higher Education", "Bakı Dövlət Universiteti", "Coursera". */
export interface Org {
  kind: 'org';
  /** Words before the head noun in the source: names, places, countries, attributive fields. */
  before: OrgPart[];
  /** The organization noun (University, Ministry), or null for a bare name ("Coursera", "UNESCO"). */
  head: LexEntry | null;
  /** What it is about: "of Higher Education", "Elm və Təhsil". */
  fields: LexEntry[];
  /** Names after the head: "University of Oxford", "университет ADA". */
  after: OrgPart[];
  /** The organization's words as written in the role, for the caller's organizationName hook. */
  written: string;
  /** English words of its name no rule reads ("for Work with Diaspora"), kept in English output. */
  tail?: string;
  /** The source put its case suffix after a hyphen ("Coursera-nın"): a foreign name, keep doing so. */
  hyphen?: boolean;
}

export type Owner = Org | { kind: 'country'; code: string };

/** Where an envoy serves: "to Azerbaijan", "Azərbaycandakı", "в Азербайджане". */
export type Post = { kind: 'country'; code: string } | { kind: 'entry'; entry: LexEntry };

export interface RoleModel {
  lang: Lang;
  head: LexEntry | null;
  /** The head as written when the lexicon does not know it. */
  headText: string | null;
  deputy: boolean;
  /** English "Vice-" for a deputy (Vice-Minister, Vice-Chairman): same structure, other word. */
  vice: boolean;
  first: boolean;
  acting: boolean;
  /** Former, Honorary, Senior ...: words written before the head. */
  modifiers: LexEntry[];
  fields: LexEntry[];
  /** The fields came after "for"/"üzrə" ("Vice-Rector for Academic Affairs"). */
  fieldsFor: boolean;
  /** Whose role it is, nearest first: "of the Council" then "of Türkiye". */
  owners: Owner[];
  post: Post | null;
  /** Regions (or other items) after "for"/"üzrə"/"по": "for Europe, the Middle East and Africa". */
  scope: OrgPart[];
  /** Words no rule placed, as written; rendered last so nothing is silently lost. */
  rest: string[];
}

export function emptyRole(lang: Lang): RoleModel {
  return {
    lang,
    head: null,
    headText: null,
    deputy: false,
    vice: false,
    first: false,
    acting: false,
    modifiers: [],
    fields: [],
    fieldsFor: false,
    owners: [],
    post: null,
    scope: [],
    rest: [],
  };
}

/** The caller's hook for organization names (knowledge-base names), given the words as written. */
export type OrganizationName = (nameAsWritten: string, to: Target) => string | null;
