// Hostile files of our own making (issue 16): small on disk, huge once inflated, parsed or split. Each is built
// in code, cheaply: a deflate stream is written once per distinct chunk and repeated (full flushes make the
// copies independent), so a 1.5 GB bomb costs a few milliseconds and no memory to build.
import { constants, crc32, deflateRawSync, deflateSync } from 'node:zlib';
import { docxParts } from './make-docx.js';

/** One hostile kind: what it is, the key it is dropped under, and its bytes. */
export interface HostileKind {
  name: string;
  key: string;
  what: string;
  make: () => Uint8Array;
}

const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

/** A raw deflate stream of `chunk` repeated until at least `bytes`, built from one compressed copy. */
function deflateRepeated(head: string, chunk: string, bytes: number, tail: string): Buffer {
  const flush = { finishFlush: constants.Z_FULL_FLUSH };
  // One block of about 1 MiB compresses near deflate's limit (~1000:1); a tiny chunk alone would not.
  const block = chunk.repeat(Math.max(1, Math.floor(Math.min(2 ** 20, bytes) / Buffer.byteLength(chunk))));
  const packedChunk = deflateRawSync(utf8(block), flush);
  const copies = Math.ceil(bytes / Buffer.byteLength(block));
  const parts = [deflateRawSync(utf8(head), flush)];
  for (let i = 0; i < copies; i += 1) parts.push(packedChunk);
  parts.push(deflateRawSync(utf8(tail))); // the final block
  return Buffer.concat(parts);
}

interface PackedEntry {
  name: string;
  /** Raw deflate data. */
  packed: Buffer;
  /** What the directory (and local header) says the entry inflates to. */
  declaredSize: number;
  crc: number;
}

const u16 = (n: number): Buffer => {
  const b = Buffer.alloc(2);
  b.writeUInt16LE(n);
  return b;
};
const u32 = (n: number): Buffer => {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n >>> 0);
  return b;
};

/** A ZIP of already-deflated entries (Buffers throughout: the entries are megabytes). */
function zipOf(entries: readonly PackedEntry[]): Uint8Array {
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = utf8(e.name);
    const common = Buffer.concat([u16(20), u16(0x800), u16(8), u16(0), u16(0x21), u32(e.crc)]);
    const sizes = Buffer.concat([u32(e.packed.length), u32(e.declaredSize), u16(name.length), u16(0)]);
    const header = Buffer.concat([u32(0x04034b50), common, sizes, name]);
    central.push(
      Buffer.concat([
        u32(0x02014b50),
        u16(20),
        common,
        sizes,
        u16(0),
        u16(0),
        u16(0),
        u32(0),
        u32(offset),
        name,
      ]),
    );
    local.push(header, e.packed);
    offset += header.length + e.packed.length;
  }
  const directory = Buffer.concat(central);
  const end = Buffer.concat([
    u32(0x06054b50),
    u16(0),
    u16(0),
    u16(entries.length),
    u16(entries.length),
    u32(directory.length),
    u32(offset),
    u16(0),
  ]);
  return new Uint8Array(Buffer.concat([...local, directory, end]));
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const DOC_HEAD = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${W}><w:body>`;
const DOC_TAIL = '</w:body></w:document>';

/**
 * A real .docx (the parts Word needs) whose named part is replaced (or added) by `head + chunk x n + tail`, at least
 * `bytes` long once inflated; the directory declares `declaredSize` for it (the truth when omitted).
 */
export function hostileDocx(
  part: string,
  head: string,
  chunk: string,
  bytes: number,
  tail: string,
  declaredSize?: number,
): Uint8Array {
  const block = chunk.repeat(Math.max(1, Math.floor(Math.min(2 ** 20, bytes) / Buffer.byteLength(chunk))));
  const copies = Math.ceil(bytes / Buffer.byteLength(block));
  const size = Buffer.byteLength(head) + copies * Buffer.byteLength(block) + Buffer.byteLength(tail);
  const hostilePart: PackedEntry = {
    name: part,
    packed: deflateRepeated(head, chunk, bytes, tail),
    declaredSize: declaredSize ?? size,
    crc: 0, // nothing on the read path checks it before the caps apply
  };
  const parts = docxParts(['Hostile document']);
  const entries = parts.map((p): PackedEntry => {
    if (p.name === part) return hostilePart;
    const data = typeof p.data === 'string' ? utf8(p.data) : Buffer.from(p.data);
    return { name: p.name, packed: deflateRawSync(data), declaredSize: data.length, crc: crc32(data) };
  });
  // A part the minimal document does not have (an image, say) is added.
  if (!parts.some((p) => p.name === part)) entries.push(hostilePart);
  return zipOf(entries);
}

const MB = 1024 * 1024;
const repeat = (chunk: string, bytes: number): string => chunk.repeat(Math.ceil(bytes / chunk.length));

/** A PDF whose one page's content stream (deflated) is `content`; pdf.js reads it like any other. */
export function pdfWithContent(
  contentHead: string,
  chunk: string,
  bytes: number,
  contentTail: string,
): Uint8Array {
  // FlateDecode: zlib-wrapped, with its checksum; 16 MB deflates in a blink.
  return pdfOf(deflateSync(utf8(contentHead + repeat(chunk, bytes) + contentTail), { level: 9 }));
}

/** A PDF whose content stream is a raw deflate stream, zlib-wrapped with a zero checksum (a bomb's is never reached). */
function pdfWithRawContent(raw: Buffer): Uint8Array {
  return pdfOf(Buffer.concat([Buffer.from([0x78, 0x9c]), raw, Buffer.alloc(4)]));
}

function pdfOf(stream: Buffer): Uint8Array {
  const objects = [
    utf8('<< /Type /Catalog /Pages 2 0 R >>'),
    utf8('<< /Type /Pages /Kids [3 0 R] /Count 1 >>'),
    utf8(
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>',
    ),
    Buffer.concat([
      utf8(`<< /Length ${stream.length} /Filter /FlateDecode >>\nstream\n`),
      stream,
      utf8('\nendstream'),
    ]),
    utf8('<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>'),
  ];
  const chunks: Buffer[] = [utf8('%PDF-1.4\n')];
  const offsets: number[] = [];
  let size = chunks[0]?.length ?? 0;
  objects.forEach((body, i) => {
    const obj = Buffer.concat([utf8(`${i + 1} 0 obj\n`), body, utf8('\nendobj\n')]);
    offsets.push(size);
    chunks.push(obj);
    size += obj.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
  ];
  chunks.push(
    utf8(
      `${xref.join('\n')}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${size}\n%%EOF\n`,
    ),
  );
  return new Uint8Array(Buffer.concat(chunks));
}

// Distinct words (letters only: digits would make every line one shape), so no repair collapses the text.
const word = (i: number): string =>
  i.toString(26).replace(/[0-9a-p]/gu, (c) => String.fromCharCode(97 + Number.parseInt(c, 26)));
const numbered = (n: number, line: (w: string) => string): string =>
  Array.from({ length: n }, (_, i) => line(word(i + 26 * 26))).join('');
/** An English article of about `length` characters, every sentence distinct, full of what metadata reads. */
function longArticle(length: number): string {
  const paragraphs = ['Azerbaijan and Kazakhstan sign university memoranda'];
  let size = paragraphs[0]?.length ?? 0;
  for (let i = 700; size < length; i += 5) {
    const sentences = [0, 1, 2, 3, 4].map(
      (k) =>
        `On 1${(i + k) % 9} November 2026 the Minister of Science and Education of Azerbaijan met the rector of ${word(i + k)} University and the Ambassador of Kazakhstan in Baku, and they signed ${((i + k) % 7) + 2} memoranda with UNESCO.`,
    );
    paragraphs.push(sentences.join(' '));
    size += (paragraphs.at(-1)?.length ?? 0) + 2;
  }
  return paragraphs.join('\n\n').slice(0, length);
}

/**
 * Copies of one 3,998-letter run, each ending in two letters of its own: every window recurs exactly one copy
 * later, but no copy is exactly doubled, so a search for doubled runs verifies a candidate at every position.
 */
export function nearCopies(length: number): string {
  let seed = 7;
  const letter = (): string => {
    seed = (seed * 1103515245 + 12345) >>> 0; // a fixed pseudo-random sequence: the same file every run
    return String.fromCharCode(97 + Math.floor((seed / 2 ** 32) * 26));
  };
  const run = Array.from({ length: 3998 }, letter).join('');
  const copies: string[] = [];
  for (let k = 0; copies.length * 4000 < length; k += 1)
    copies.push(run + String.fromCharCode(97 + (k % 26), 97 + (Math.floor(k / 26) % 26)));
  return copies.join('').slice(0, length);
}

const SENTENCE = 'The universities signed a memorandum on joint degrees and student exchange. ';

/** The hostile kinds of issue 16 and their relatives; every one must be answered (ok or refused) in budget. */
export const HOSTILE_KINDS: readonly HostileKind[] = [
  {
    name: 'docx-55mb-paragraphs',
    key: 'inbox/hostile-paragraphs.docx',
    what: '~170 KB .docx holding 55 MB of <w:p> paragraphs (directory honest, under the unpack cap)',
    make: () =>
      hostileDocx(
        'word/document.xml',
        DOC_HEAD,
        '<w:p><w:r><w:t>Paragraph text.</w:t></w:r></w:p><w:p/>',
        55 * MB,
        DOC_TAIL,
      ),
  },
  {
    name: 'docx-10mb-xml',
    key: 'inbox/hostile-10mb.docx',
    what: '~30 KB .docx with 10 MB of XML in its document part (one paragraph of tiny runs)',
    make: () =>
      hostileDocx(
        'word/document.xml',
        `${DOC_HEAD}<w:p>`,
        '<w:r><w:t>a</w:t></w:r>',
        10 * MB,
        `</w:p>${DOC_TAIL}`,
      ),
  },
  {
    name: 'docx-runs-under-cap',
    key: 'inbox/hostile-runs.docx',
    what: '.docx with 7.5 MB of XML, just under the document cap: a third of a million runs in few paragraphs',
    make: () =>
      hostileDocx(
        'word/document.xml',
        `${DOC_HEAD}<w:p>`,
        '<w:r><w:t>a</w:t></w:r><w:r><w:t xml:space="preserve"> </w:t></w:r>',
        7.5 * MB,
        `</w:p>${DOC_TAIL}`,
      ),
  },
  {
    name: 'docx-at-element-cap',
    key: 'inbox/hostile-at-cap.docx',
    what: '.docx just under the element cap: one paragraph of 33,000 runs, read through to the end',
    make: () =>
      hostileDocx(
        'word/document.xml',
        `${DOC_HEAD}<w:p>`,
        '<w:r><w:t xml:space="preserve">word </w:t></w:r>',
        33_000 * 46,
        `</w:p>${DOC_TAIL}`,
      ),
  },
  {
    name: 'docx-styles-50mb',
    key: 'inbox/hostile-styles.docx',
    what: '.docx whose styles part holds 50 MB of styles (directory honest, under the unpack cap)',
    make: () =>
      hostileDocx(
        'word/styles.xml',
        `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>`,
        '<w:style w:type="character" w:styleId="S"><w:name w:val="S"/></w:style>',
        50 * MB,
        '</w:styles>',
      ),
  },
  {
    name: 'docx-lying-1.5mb',
    key: 'inbox/hostile-lying-small.docx',
    what: '~1.5 MB .docx whose directory says 40 KB for a document part that inflates to 1 GB',
    make: () => hostileDocx('word/document.xml', DOC_HEAD, '<w:p/>', 1024 * MB, DOC_TAIL, 40_000),
  },
  {
    name: 'docx-lying-4mb',
    key: 'inbox/hostile-lying-large.docx',
    what: '~4 MB .docx whose directory says 20 KB for a styles part that inflates to 2 GB',
    make: () =>
      hostileDocx('word/styles.xml', `<w:styles ${W}>`, '<w:style/>', 2048 * MB, '</w:styles>', 20_000),
  },
  {
    name: 'pdf-one-line',
    key: 'inbox/hostile-line.pdf',
    what: '~13 KB PDF whose one line holds 8 MB of text runs in tiny type (all on the page, so all read)',
    make: () => pdfWithContent('BT /F1 0.001 Tf 20 700 Td ', '(abcdefghij) Tj ', 8 * MB, 'ET'),
  },
  {
    name: 'pdf-runs-in-place',
    key: 'inbox/hostile-runs.pdf',
    what: 'PDF whose one line holds 8 MB of runs each drawn back at the line start (a million text items)',
    make: () => pdfWithContent('BT /F1 10 Tf 20 700 Td ', '(abcdefghij) Tj 0 0 Td ', 8 * MB, 'ET'),
  },
  {
    name: 'pdf-runs-under-stream-cap',
    key: 'inbox/hostile-runs-small.pdf',
    what: 'PDF of 6 MB of content (under the stream cap): 270,000 runs drawn back at the line start',
    make: () => pdfWithContent('BT /F1 10 Tf 20 700 Td ', '(abcdefghij) Tj 0 0 Td ', 6 * MB, 'ET'),
  },
  {
    name: 'pdf-many-lines',
    key: 'inbox/hostile-lines.pdf',
    what: 'PDF whose one page holds 16 MB of one-word lines a hair apart (a million lines)',
    make: () => pdfWithContent('BT /F1 10 Tf 20 780 Td ', '(word) Tj 0 -0.0005 Td ', 16 * MB, 'ET'),
  },
  {
    name: 'pdf-inflate-bomb',
    key: 'inbox/hostile-bomb.pdf',
    what: '~1 MB PDF whose page content inflates to 1 GB of drawing operators (no text: no text cap is reached)',
    make: () => pdfWithRawContent(deflateRepeated('q ', '1 0 0 1 0 0 cm ', 1024 * MB, 'Q')),
  },
  {
    name: 'html-deep-nesting',
    key: 'inbox/hostile-deep.html',
    what: '19 MB web page of 3 million nested <div>s around a little text',
    make: () =>
      utf8(
        `<!doctype html><html><body>${repeat('<div>', 15 * MB)}${SENTENCE}${repeat('</div>', 4 * MB)}</body></html>`,
      ),
  },
  {
    name: 'html-elements',
    key: 'inbox/hostile-elements.html',
    what: '19 MB web page of 2.7 million tiny elements',
    make: () =>
      utf8(
        `<!doctype html><html><body><article>${repeat('<p><b>a</b></p>', 19 * MB)}</article></body></html>`,
      ),
  },
  {
    name: 'html-under-cap',
    key: 'inbox/hostile-html-under-cap.html',
    what: 'web page just under the caps: 40,000 paragraphs of four elements (160,000; 880,000 characters), read through',
    make: () =>
      utf8(
        `<!doctype html><html><body><article>${numbered(40_000, (w) => `<p><b>${w}</b> met <i>${w}</i> in <span>Baku</span></p>`)}</article></body></html>`,
      ),
  },
  {
    name: 'text-under-caps',
    key: 'inbox/hostile-text-under-caps.txt',
    what: 'plain text just under the caps: 99,000 short distinct lines, 990,000 characters, read through to the end',
    make: () => utf8(numbered(99_000, (w) => `${w} met ${w}.\n`).slice(0, 990_000)),
  },
  {
    name: 'text-article-at-cap',
    key: 'inbox/hostile-article-at-cap.txt',
    what: 'an English article of 980,000 characters (distinct sentences naming people, places, dates): read and extracted whole',
    make: () => utf8(longArticle(980_000)),
  },
  {
    name: 'text-near-copies',
    key: 'inbox/hostile-near-copies.txt',
    what: 'plain text under the caps: 990,000 characters of near-copies of one 4,000-letter run (repair bait)',
    make: () => utf8(nearCopies(990_000)),
  },
  {
    name: 'text-huge',
    key: 'inbox/hostile-huge.txt',
    what: '19 MB plain text article (sentences in paragraphs)',
    make: () => utf8(repeat(`${SENTENCE.repeat(6)}\n\n`, 19 * MB)),
  },
  {
    name: 'text-many-lines',
    key: 'inbox/hostile-lines.txt',
    what: '900 KB plain text of 450,000 two-byte lines (under the character cap)',
    make: () => utf8(`Minister visits Baku\n\n${repeat('a\n', 900_000)}`),
  },
  {
    name: 'text-one-line',
    key: 'inbox/hostile-line.txt',
    what: '19 MB plain text on one line',
    make: () => utf8(repeat(SENTENCE, 19 * MB)),
  },
  {
    name: 'text-legacy-encoding',
    key: 'inbox/hostile-1251.txt',
    what: '19 MB of bytes that are not UTF-8 (each legacy decoding is tried and scored)',
    make: () => {
      const bytes = new Uint8Array(19 * MB);
      for (let i = 0; i < bytes.length; i += 1) bytes[i] = i % 7 === 6 ? 0x20 : 0xc0 + ((i * 13) % 64);
      return bytes;
    },
  },
  {
    name: 'markdown-backtracking',
    key: 'inbox/hostile-emphasis.md',
    what: '900 KB Markdown (under the character cap): one line of unclosed **, _, ~~ and [ markers, then an unclosed front matter',
    make: () =>
      utf8(
        `---\n${'-a: b\n'.repeat(60)}# Minister visits Baku\n\n${repeat('**word _word ~~word [a <b ', 900_000)}\n`,
      ),
  },
];
