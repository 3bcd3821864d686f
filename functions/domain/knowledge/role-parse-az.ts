import { matchEndingAt } from './role-match.js';
import { emptyRole, type RoleModel } from './role-model.js';
import { writtenOf } from './role-org.js';
import { azPrefix } from './role-parse-az-prefix.js';
import { headAt } from './role-parse-common.js';
import { type Token, tokenize } from './role-words.js';

/**
 * Azerbaijani roles put everything before the head: owners in the genitive, then a posting, "X üzrə",
 * modifiers and fields; the head is last, then "müavini" for a deputy and "vəzifəsini icra edən" for an
 * acting holder: "Gürcüstanın təhsil, elm və gənclərlə iş üzrə nazirinin birinci müavini", "ADA
 * Universitetinin rektoru", "Çinin Azərbaycandakı səfiri", "BMU-nun rektoru". Read right to left.
 */

/** Where a structural modifier (deputy, first, acting) ends the words before `end`, or null. */
function modifierBefore(tokens: readonly Token[], end: number, key: string): number | null {
  const m = matchEndingAt(tokens, end, 'az', ['modifier']);
  return m?.entry.key === key ? m.start : null;
}

function headBefore(tokens: readonly Token[], end: number) {
  for (let start = Math.max(0, end - 6); start < end; start++) {
    const head = headAt(tokens, start, 'az', end - start);
    if (head) return { ...head, start };
  }
  return null;
}

export function parseAz(role: string): RoleModel {
  const model = emptyRole('az');
  const tokens = tokenize(role, 'az');
  let end = tokens.length;
  const acting = modifierBefore(tokens, end, 'acting');
  if (acting !== null) [model.acting, end] = [true, acting];
  const deputy = modifierBefore(tokens, end, 'deputy');
  if (deputy !== null) [model.deputy, end] = [true, deputy];
  const first = model.deputy ? modifierBefore(tokens, end, 'first') : null;
  if (first !== null) [model.first, end] = [true, first];
  const head = headBefore(tokens, end);
  if (head) {
    [model.head, model.vice, end] = [head.entry, head.vice, head.start];
    if (head.vice) model.deputy = true;
  } else if (end > 0 && !model.deputy) {
    model.headText = writtenOf(tokens.slice(end - 1, end));
    end--;
  }
  azPrefix(model, tokens.slice(0, end));
  return model;
}
