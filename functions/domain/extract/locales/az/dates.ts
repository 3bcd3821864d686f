import { type DatesPack, phrases } from '../dates-pack.js';

export const dates: DatesPack = {
  months: [
    ['yanvar'],
    ['fevral'],
    ['mart'],
    ['aprel'],
    ['may'],
    ['iyun'],
    ['iyul'],
    ['avqust'],
    ['sentyabr'],
    ['oktyabr'],
    ['noyabr'],
    ['dekabr'],
  ],
  // Case endings met after a month ("dekabrın", "dekabrda", "dekabradək"), also typed without ə and ı.
  monthEndings:
    phrases(`ın, in, un, ün, ı, i, u, ü, a, ə, e, da, də, de, dan, dən, den, dək, dek, adək, ədək, edek,
    ya, yə, dakı, dəki, ında, ində, unda, ündə, inde, ından, indən, inden`),
  monthFirst: 'suffixed',
  dayEndings: [],
  dayMonthLinks: [],
  monthDayLinks: phrases('ayının, ayinin'),
  rangeJoiners: phrases('və, ve'),
  // "2025-ci il", "2025-ci ildə", "2025-ci ilin".
  yearWords: phrases('il*'),
  // With "günü" where the bare name is also a word: "Cümə məscidi" is a mosque, "bazar" a market.
  weekdays: [
    phrases('bazar ertəsi, bazar ertesi'),
    phrases('çərşənbə axşamı, cersenbe axsami'),
    phrases('çərşənbə günü, cersenbe gunu'),
    phrases('cümə axşamı, cume axsami'),
    phrases('cümə günü, cume gunu'),
    phrases('şənbə günü, senbe gunu'),
    phrases('bazar günü, bazar gunu'),
  ],
  relative: { today: phrases('bu gün, bugün, bu gun'), yesterday: phrases('dünən, dunen') },
  cues: {
    event: {
      before: [],
      after: phrases('tarixində, tarixinde, tarixdə'),
      // The reported past ("keçirilib", "görüşüb", "olub") is any verb in -ıb/-ib/-ub/-üb or -mışdır.
      near: phrases(`*ıb, *ib, *ub, *üb, *ıblar, *iblər, *ublar, *üblər, *ıbdır, *ibdir, *ubdur, *übdür,
        *mışdır, *mişdir, *muşdur, *müşdür, keçirilən, keçirildi, baş tutan, baş tutdu, təşkil olunan,
        təşkil edilən, oldu, görüşdü, imzalandı`),
    },
    recalled: {
      before: [],
      after: phrases('bəri, beri, əvvəl, evvel, öncə'),
      near: phrases(`xatırladaq, xatırladıb, xatırladılıb, xəbər verildiyi kimi, ötən il*, keçən il*, əvvəllər,
        bundan əvvəl, hələ`),
    },
    planned: {
      before: [],
      after: [],
      // The future in -acaq/-əcək ("keçiriləcək") and words of plans; not "gələn" alone ("səfərə gələn" is
      // "who came on a visit") nor "növbəti" ("növbəti iclas" is often this one).
      near: phrases(`*acaq, *əcək, *ecek, *acaqdır, *əcəkdir, *acaqlar, *əcəklər, *acağı, *əcəyi,
        planlaşdırılır, planlaşdırılıb, nəzərdə tutulur, nəzərdə tutulub, gözlənilir, gələn il*, gələn ay*,
        gələn həftə*`),
    },
    deadline: {
      before: [],
      after: phrases('-dək, -dak, -dek, qədər, qeder, kimi, dək'),
      near: phrases('son tarix, son müddət'),
    },
    period: { before: [], after: phrases('-dan, -dən, -den, etibarən, etibaren, sonra'), near: [] },
  },
  stampLabels: phrases('dərc olunub, dərc edilib, derc olunub, yayımlanıb, yenilənib, mənbə, tarix'),
  chromeLabels:
    phrases(`teqlər, teqler, etiketlər, bənzər yazılar, bənzər xəbərlər, oxşar xəbərlər, digər xəbərlər,
    həmçinin oxuyun, həmçinin bax, paylaş, xəbəri bəyəndiniz, ən çox oxunanlar, son xəbərlər`),
};
