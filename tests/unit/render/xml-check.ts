/**
 * A small well-formedness check for the XML we write (no XML parser is a direct dependency): tags nest
 * and close, attributes are quoted, and every "&" starts an entity. Returns the problems found.
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const body = xml.replace(/^<\?xml[^?]*\?>/, '');
  const tags = body.matchAll(/<[^>]*>/g);
  for (const [tag] of tags) {
    const close = /^<\/([\w:.-]+)\s*>$/.exec(tag);
    const open = /^<([\w:.-]+)((?:\s+[\w:.-]+="[^"<]*")*)\s*(\/?)>$/.exec(tag);
    if (close) {
      const expected = stack.pop();
      if (expected !== close[1]) problems.push(`</${close[1]}> closes <${expected}>`);
    } else if (open?.[1]) {
      if (open[3] !== '/') stack.push(open[1]);
    } else {
      problems.push(`malformed tag ${tag}`);
    }
  }
  if (stack.length > 0) problems.push(`unclosed ${stack.join(', ')}`);
  const text = body.replace(/<[^>]*>/g, '');
  if (/[<>]/.test(text.replace(/&gt;/g, ''))) problems.push('raw < or > in text');
  for (const [amp] of xml.matchAll(/&[^;\s]{0,10};?/g)) {
    if (!/^&(amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);$/i.test(amp)) problems.push(`bad entity ${amp}`);
  }
  return problems;
}
