import { security } from './pdf-encryption.js';

/** A page of a test PDF: its lines top to bottom; '' leaves a paragraph gap. */
export type PdfPageLines = readonly string[];

export interface MakePdfOptions {
  /** Drawn first on page 1 in large type. */
  headline?: string;
  /** Draw every line twice at the same place, as "fake bold" PDFs do (extraction then doubles it). */
  doubled?: boolean;
  /** Encrypt with the standard security handler (RC4 40-bit) and this user password. */
  userPassword?: string;
  /** Pages with no text at all (a scan without OCR). */
  textless?: boolean;
}

const latin1 = (s: string): Buffer => Buffer.from(s, 'latin1');

/** Codes 32-126 are ASCII; every other character gets a code from 128 up, declared in ToUnicode. */
function charCodes(pages: readonly PdfPageLines[], headline: string): Map<string, number> {
  const codes = new Map<string, number>();
  let next = 128;
  for (const ch of [...headline, ...pages.flat().join('')]) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 32 && cp <= 126) codes.set(ch, cp);
    else if (!codes.has(ch)) codes.set(ch, next++);
  }
  if (next > 256) throw new Error('too many distinct non-ASCII characters for one simple font');
  return codes;
}

function toUnicodeCmap(codes: Map<string, number>): string {
  const entries = [...codes].map(
    ([ch, code]) =>
      `<${code.toString(16).padStart(2, '0')}> <${(ch.codePointAt(0) ?? 0).toString(16).padStart(4, '0')}>`,
  );
  // The CMap syntax allows at most 100 entries per bfchar section.
  const sections: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const part = entries.slice(i, i + 100);
    sections.push(`${part.length} beginbfchar\n${part.join('\n')}\nendbfchar`);
  }
  return `/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /Test def
1 begincodespacerange <00> <FF> endcodespacerange
${sections.join('\n')}
endcmap CMapName currentdict /CMap defineresource pop end end`;
}

/** Glyph names for the codes above 127 ("uni0259" for ə), so readers know which glyph each code is. */
function encodingDict(codes: Map<string, number>): string {
  const names = [...codes]
    .filter(([, code]) => code >= 128)
    .map(([ch]) => `/uni${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`);
  return `<< /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [128 ${names.join(' ')}] >>`;
}

function pageContent(
  lines: PdfPageLines,
  codes: Map<string, number>,
  headline: string | null,
  doubled: boolean,
): string {
  const encode = (s: string): string =>
    [...s].map((ch) => (codes.get(ch) ?? 63).toString(16).padStart(2, '0')).join('');
  const ops: string[] = [];
  let y = 780;
  const draw = (text: string, size: number): void => {
    for (let i = 0; i < (doubled ? 2 : 1); i += 1)
      ops.push(`BT /F1 ${size} Tf 56 ${y} Td <${encode(text)}> Tj ET`);
  };
  if (headline) {
    draw(headline, 20);
    y -= 36;
  }
  for (const line of lines) {
    if (line === '') y -= 10;
    else {
      draw(line, 11);
      y -= 14;
    }
  }
  return ops.join('\n');
}

/** A minimal, valid PDF 1.4 with a real text layer (Helvetica, ToUnicode for non-ASCII letters). */
export function makePdf(pages: readonly PdfPageLines[], options: MakePdfOptions = {}): Uint8Array {
  const codes = charCodes(pages, options.headline ?? '');
  const sec = options.userPassword === undefined ? null : security(options.userPassword);
  const objects: Buffer[] = [];
  const stream = (num: number, body: string): Buffer => {
    const data = sec ? sec.encrypt(num, latin1(body)) : latin1(body);
    return Buffer.concat([latin1(`<< /Length ${data.length} >>\nstream\n`), data, latin1('\nendstream')]);
  };
  const pageIds = pages.map((_, i) => 5 + i * 2);
  objects.push(latin1('<< /Type /Catalog /Pages 2 0 R >>'));
  objects.push(
    latin1(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`),
  );
  objects.push(
    latin1(
      `<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding ${encodingDict(codes)} /ToUnicode 4 0 R >>`,
    ),
  );
  objects.push(stream(4, toUnicodeCmap(codes)));
  pages.forEach((lines, i) => {
    const contentId = 6 + i * 2;
    objects.push(
      latin1(
        `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`,
      ),
    );
    const text = options.textless
      ? ''
      : pageContent(lines, codes, i === 0 ? (options.headline ?? null) : null, options.doubled ?? false);
    objects.push(stream(contentId, text));
  });
  if (sec) objects.push(latin1(sec.dict));
  const chunks: Buffer[] = [latin1('%PDF-1.4\n%\xE2\xE3\xCF\xD3\n')];
  const offsets: number[] = [];
  let size = chunks[0]?.length ?? 0;
  objects.forEach((body, i) => {
    const chunk = Buffer.concat([latin1(`${i + 1} 0 obj\n`), body, latin1('\nendobj\n')]);
    offsets.push(size);
    chunks.push(chunk);
    size += chunk.length;
  });
  const xref = [
    'xref',
    `0 ${objects.length + 1}`,
    '0000000000 65535 f ',
    ...offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n `),
  ];
  const extra = sec ? ` /Encrypt ${objects.length} 0 R /ID [<${sec.idHex}> <${sec.idHex}>]` : '';
  chunks.push(
    latin1(
      `${xref.join('\n')}\ntrailer\n<< /Size ${objects.length + 1} /Root 1 0 R${extra} >>\nstartxref\n${size}\n%%EOF\n`,
    ),
  );
  return new Uint8Array(Buffer.concat(chunks));
}
