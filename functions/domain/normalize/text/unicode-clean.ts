// Characters that only ever come from copy-paste or extraction and carry no meaning in the text:
// zero-width spaces/joiners, word joiner, BOM, soft hyphen, bidi marks.
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Every space that is not a plain space or a newline: nbsp, narrow nbsp, thin/hair/em spaces, tabs, ideographic.
const ODD_SPACE = /[\t\v\f\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
// C0/C1 controls except the newline, which structure the text.
const CONTROL = /(?!\n)\p{Cc}/gu;
const LINE_SEPARATOR = /\r\n?|[\u2028\u2029\u0085]/g;

/** NFC, one kind of newline, one kind of space, no invisible characters, no trailing spaces. */
export function cleanUnicode(text: string): string {
  return text
    .replace(LINE_SEPARATOR, '\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACE, ' ')
    .replace(CONTROL, '')
    .normalize('NFC')
    .replace(/ {2,}/g, ' ')
    .replace(/^ +| +$/gm, '');
}
