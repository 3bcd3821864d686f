import { franc } from 'franc-min';
import type { Language } from '../article/article.js';
import { lowerAz } from './text-tools.js';

const FRANC_ONLY = ['eng', 'azj', 'rus', 'tur'];

// Words that are frequent in Azerbaijani news and rare in Turkish, with and without the special
// letters: text typed on a keyboard without ə/ı comes back from franc as Turkish.
const AZ_WORDS = new Set([
  'və',
  'ilə',
  'üçün',
  'olan',
  'edib',
  'olub',
  'nazirliyi',
  'nazirliyinin',
  'təhsil',
  'tehsil',
  'elm',
  'azərbaycan',
  'azerbaycan',
  'respublikası',
  'respublikasi',
  'nazir',
  'görüş',
  'imzalanıb',
  'imzalanib',
  'keçirilib',
  'kecirilib',
  'əməkdaşlıq',
  'emekdasliq',
  'əlaqələr',
  'elaqeler',
  'bildirib',
  'qeyd',
  've',
  'ile',
  'universiteti',
  'mövzusunda',
  'movzusunda',
  'tərəflər',
  'terefler',
  'ölkələr',
  'olkeler',
]);
const TR_WORDS = new Set(['ve', 'ile', 'bakanlığı', 'bakanı', 'eğitim', 'için', 'olarak', 'üniversitesi']);

/** The share of letters that are Cyrillic, Latin, or Azerbaijani-only (ə). */
function scripts(text: string): { cyr: number; lat: number; schwa: number } {
  let cyr = 0;
  let lat = 0;
  let schwa = 0;
  for (const ch of text) {
    if (/\p{Script=Cyrillic}/u.test(ch)) cyr++;
    else if (/\p{Script=Latin}/u.test(ch)) {
      lat++;
      if (ch === 'ə' || ch === 'Ə') schwa++;
    }
  }
  return { cyr, lat, schwa };
}

/**
 * Detects en, az or ru; returns null for anything else. The script decides Cyrillic text (only
 * Russian is read); ə marks Azerbaijani for sure; otherwise franc, restricted to the four candidates,
 * with Turkish-looking text counted as Azerbaijani when Azerbaijani cue words outnumber Turkish ones.
 */
export function detectLanguage(text: string): Language | null {
  const sample = text.slice(0, 4000);
  const { cyr, lat, schwa } = scripts(sample);
  if (cyr + lat < 20) return null;
  if (cyr > lat) return /[іїєўңғүұқөһ]/iu.test(sample) ? null : 'ru';
  if (schwa >= 3 && schwa / lat > 0.01) return 'az';
  // Unrestricted first, so German or French is refused rather than read as the nearest candidate.
  const open = franc(sample, { minLength: 10 });
  if (open !== 'und' && !['eng', 'sco', 'azj', 'tur'].includes(open))
    return looksAzerbaijani(sample) ? 'az' : null;
  const code = franc(sample, { only: FRANC_ONLY, minLength: 10 });
  if (code === 'eng') return 'en';
  if (code === 'azj') return 'az';
  if (code === 'tur') return looksAzerbaijani(sample) ? 'az' : null;
  return null;
}

function looksAzerbaijani(text: string): boolean {
  let az = 0;
  let tr = 0;
  for (const word of lowerAz(text).split(/[^\p{L}]+/u)) {
    if (AZ_WORDS.has(word)) az++;
    if (TR_WORDS.has(word)) tr++;
  }
  // 've'/'ile' are shared; the Azerbaijani-only words must tip the balance.
  return az > tr;
}
