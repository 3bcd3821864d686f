import type { AgreementsPack } from '../agreements-pack.js';

export const agreements: AgreementsPack = {
  kinds: {
    declaration: ['bəyannamə\\p{L}*', 'birgə bəyanat\\p{L}*', 'niyyət (?:sənəd|məktub)\\p{L}*'],
    memorandum: ['memorand\\p{L}*'],
    protocol: ['protokol\\p{L}*'],
    agreement: ['saziş\\p{L}*', 'müqavilə\\p{L}*'],
    programme: ['proqram\\p{L}*', 'fəaliyyət plan\\p{L}*', 'yol xəritə\\p{L}*'],
    generic: ['sənəd\\p{L}*', 'layihə\\p{L}*'],
  },
  signed: ['imzala\\p{L}*'],
  notNow: [
    'heç bir (?:sənəd|saziş|memorandum)',
    'imzalanmayıb',
    'imzalanmadı',
    // Future in any form: "imzalanacaq", "imzalayacaqlar", "sazişin imzalanacağını".
    'imzala\\p{L}*aca[qğ]',
    'imzalanması (?:planlaşdırılır|nəzərdə tutulur|gözlənilir)',
    'xatırlad\\p{L}*',
    'əvvəllər',
    'ötən il',
    'keçən il',
  ],
  frameworkBefore: [],
  // "proqramına dair protokol": a document word before a postposition is the subject, not the document.
  frameworkAfter: ['çərçivəsində', 'əsasında', 'üzrə', 'dair', 'haqqında', 'barədə', 'ilə bağlı'],
  anaphora: ['bu', 'həmin'],
  clauseJoin: ['və'],
  // With a possessive or case ending after the plural: "memorandumları", "sazişlərin".
  pluralEndings: ['l[aə]r\\p{L}{0,3}'],
  numbers: {
    1: 'bir',
    2: 'iki',
    3: 'üç',
    4: 'dörd',
    5: 'beş',
    6: 'altı',
    7: 'yeddi',
    8: 'səkkiz',
    9: 'doqquz',
    10: 'on',
    20: 'iyirmi',
    30: 'otuz',
    40: 'qırx',
    50: 'əlli',
    60: 'altmış',
    70: 'yetmiş',
    80: 'səksən',
    90: 'doxsan',
  },
};
