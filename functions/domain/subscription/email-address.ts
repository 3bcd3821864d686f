/**
 * Why an address was refused. 'invisible-characters' is told apart so the reader learns what is wrong: an
 * address pasted with a zero-width space looks right on screen, and "vic\u200btim" would otherwise become a
 * second subscriber beside "victim", or smuggle a terminal escape into an operator's `subscribers list`.
 */
export type AddressProblem = 'invisible-characters' | 'not-an-address';

export type AddressCheck = { ok: true; email: string } | { ok: false; problem: AddressProblem };

/**
 * Control characters (C0, DEL, C1 such as U+0085), format characters (zero-width U+200B-U+200D, bidi controls
 * U+200E/F, U+202A-U+202E, U+2066-U+2069, U+FEFF, soft hyphen, word joiner), line/paragraph separators,
 * private-use and unassigned code points, and the blank letters and joiners that render as nothing.
 */
const INVISIBLE = /[\p{Cc}\p{Cf}\p{Zl}\p{Zp}\p{Co}\p{Cn}\u115F\u1160\u3164\uFFA0]|\u034F|[\uFE00-\uFE0F]/u;

// Only ordinary spaces and line ends around a pasted or CSV address are forgiven; String.trim() would also
// strip U+FEFF, hiding the very character this check refuses.
const EDGE_SPACE = /^[ \t\r\n]+|[ \t\r\n]+$/g;

const MAILBOX = /^[^\s@<>()[\]\\,;:"]+@[^\s@<>()[\]\\,;:"]+\.[a-z]{2,}$/u;

/** Lower-cases and trims an address, or says why it is refused (web form, CLI add and import alike). */
export function checkEmail(input: string): AddressCheck {
  const trimmed = input.replace(EDGE_SPACE, '');
  if (INVISIBLE.test(trimmed)) return { ok: false, problem: 'invisible-characters' };
  const email = trimmed.normalize('NFC').toLowerCase();
  if (email.length > 254 || !MAILBOX.test(email)) return { ok: false, problem: 'not-an-address' };
  return { ok: true, email };
}
