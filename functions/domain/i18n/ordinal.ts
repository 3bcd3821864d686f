/**
 * Azerbaijani ordinal suffix after digits ("47-ci həftə", "2026-cı il"). The suffix follows the vowel
 * harmony of the last number word read aloud, so it depends on the last non-zero place.
 */
const UNITS = ['', 'ci', 'ci', 'cü', 'cü', 'ci', 'cı', 'ci', 'ci', 'cu'] as const; // bir iki üç dörd beş altı yeddi səkkiz doqquz
const TENS = ['', 'cu', 'ci', 'cu', 'cı', 'ci', 'cı', 'ci', 'ci', 'cı'] as const; // on iyirmi otuz qırx əlli altmış yetmiş səksən doxsan

export function azOrdinalSuffix(n: number): string {
  const value = Math.abs(Math.trunc(n));
  if (value === 0) return 'cı'; // sıfırıncı
  const unit = value % 10;
  if (unit !== 0) return UNITS[unit] ?? 'ci';
  const ten = Math.floor(value / 10) % 10;
  if (ten !== 0) return TENS[ten] ?? 'ci';
  if (value % 1_000_000_000 === 0) return 'cı'; // milyardıncı
  if (value % 1_000_000 === 0) return 'cu'; // milyonuncu
  if (value % 1000 === 0) return 'ci'; // mininci
  return 'cü'; // yüzüncü
}

/** "47" -> "47-ci", "2026" -> "2026-cı". */
export function azOrdinal(n: number): string {
  return `${n}-${azOrdinalSuffix(n)}`;
}
