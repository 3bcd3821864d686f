/** Cardinal number words in English, Azerbaijani and Russian (case forms of Russian included). */
const WORDS: Record<string, number> = {};
const TABLE: [number, string][] = [
  [1, 'a an one single bir один одна одно одного одной'],
  [2, 'two both iki два две двух двумя'],
  [3, 'three üç три трёх трех'],
  [4, 'four dörd четыре четырёх четырех'],
  [5, 'five beş пять пяти'],
  [6, 'six altı шесть шести'],
  [7, 'seven yeddi семь семи'],
  [8, 'eight səkkiz восемь восьми'],
  [9, 'nine doqquz девять девяти'],
  [10, 'ten on десять десяти'],
  [11, 'eleven on bir одиннадцать'],
  [12, 'twelve двенадцать'],
  [15, 'fifteen пятнадцать'],
  [20, 'twenty iyirmi двадцать'],
  [30, 'thirty otuz тридцать'],
  [40, 'forty qırx сорок'],
  [50, 'fifty əlli пятьдесят'],
];
for (const [n, words] of TABLE) for (const w of words.split(' ')) WORDS[w] ??= n;

/** A count written as digits ("40", "2,300") or as a word ("two", "beş", "пять"); null otherwise. */
export function parseCount(word: string): number | null {
  const w = word.toLowerCase();
  if (/^\d{1,3}(?:[ ,.]\d{3})*$|^\d+$/.test(w)) return Number(w.replace(/[ ,.]/g, ''));
  return WORDS[w] ?? null;
}
