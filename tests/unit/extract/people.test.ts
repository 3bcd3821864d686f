import { describe, expect, it } from 'vitest';
import { extractPeople } from '../../../functions/domain/extract/people.js';

// People and their roles: a dateline or a clause in front of a role, a role after the name with an owner
// in the possessive, a person introduced by what they say, one person met in several case forms, and
// institution or place words never taken for names.

const names = (text: string, language: 'en' | 'az' | 'ru') =>
  extractPeople(text, language).map((p) => p.name);

describe('roles', () => {
  it('does not take a dateline in front of the role into it', () => {
    const text =
      'Ganja, 2 December 2026 – Deputy Minister of Science and Education Firudin Gurbanov opened the new laboratory.';
    expect(extractPeople(text, 'en')).toEqual([
      { name: 'Firudin Gurbanov', role: 'Deputy Minister of Science and Education' },
    ]);
  });

  it('keeps the last word of a role that ends in "and ..." before the name', () => {
    const text =
      "The delegation was led by Korea's Vice-Minister of Science and ICT Park Ji-hoon, who visited two universities.";
    const [person] = extractPeople(text, 'en');
    expect(person?.role).toBe("Korea's Vice-Minister of Science and ICT");
    expect(person?.name).toBe('Park Ji-hoon');
  });

  it.each([
    {
      why: 'the institution that owns an Azerbaijani role, stopping at the name before "və"',
      language: 'az' as const,
      text: 'Görüşdə Yaponiyanın səfiri Taro Sato və ADA Universitetinin rektoru Fariz İsmayılzadə iştirak ediblər.',
      person: { name: 'Fariz İsmayılzadə', role: 'ADA Universitetinin rektoru' },
    },
    {
      why: 'a company in front of the role word',
      language: 'en' as const,
      text: 'The memorandum was signed by Rector Elmar Qasimov and Samsung Azerbaijan Director Kim Min-jun.',
      person: { name: 'Kim Min-jun', role: 'Samsung Azerbaijan Director' },
    },
    {
      why: 'an Azerbaijani "Milli" in front of the role word, not the clause before it',
      language: 'az' as const,
      text: 'Sənədi Türkiyə tərəfindən isə Milli Təhsil nazirinin müavini Ayşe Demir imzalayıb.',
      person: { name: 'Ayşe Demir', role: 'Milli Təhsil nazirinin müavini' },
    },
  ])('keeps $why', ({ language, text, person }) => {
    expect(extractPeople(text, language)).toContainEqual(person);
  });

  it('gives a Russian role in the nominative, with the name in the nominative too', () => {
    const text =
      'Министр встретился с послом Австрии в Азербайджане Стефаном Шмидтом и обсудил обмен студентами.';
    expect(extractPeople(text, 'ru')).toContainEqual({
      name: 'Стефан Шмидт',
      role: 'Посол Австрии в Азербайджане',
    });
    const deputy = 'Документ подписан заместителем министра образования Грузии Георгием Аментели.';
    expect(extractPeople(deputy, 'ru')[0]?.role).toBe('Заместитель министра образования Грузии');
  });

  it('keeps coordinated words of a role and stops at the clause before it', () => {
    const az = extractPeople(
      'Noyabrın 12-də elm və təhsil naziri Emin Əmrullayev Bakıda səfərdə olan Gürcüstanın təhsil naziri Giorgi Amilaxvari ilə görüşüb.',
      'az',
    );
    expect(az.map((p) => p.role)).toEqual(['Elm və təhsil naziri', 'Gürcüstanın təhsil naziri']);
    const ru = extractPeople(
      'На встрече присутствовал заместитель министра науки и образования Рауф Гаджиев.',
      'ru',
    );
    expect(ru[0]?.role).toMatch(/^Заместитель министра науки и образования/);
  });
});

describe('English role modifiers that are never names', () => {
  it.each([
    [
      'The plan was signed by UNICEF Resident Representative in Georgia Anna Berg.',
      'UNICEF Resident Representative in Georgia',
    ],
    [
      "KOICA's Country Director in Azerbaijan Kim Jae-won opened the workshop.",
      "KOICA's Country Director in Azerbaijan",
    ],
  ])('%s', (text, role) => {
    expect(extractPeople(text, 'en')[0]?.role).toBe(role);
  });
});

describe('roles keep their owner', () => {
  it.each([
    [
      'en',
      "Uzbekistan's Ambassador to Azerbaijan Bakhrom Ashrafkhanov met the minister.",
      "Uzbekistan's Ambassador to Azerbaijan",
    ],
    ['az', 'Kutaisi universitetinin rektoru Giorgi Beridze çıxış edib.', 'Kutaisi universitetinin rektoru'],
    [
      'az',
      'KOICA-nın Azərbaycan ofisinin rəhbəri Kim Min Su çıxış edib.',
      'KOICA-nın Azərbaycan ofisinin rəhbəri',
    ],
  ] as const)('%s: %s', (language, text, role) => {
    expect(extractPeople(text, language)[0]?.role.toLowerCase()).toBe(role.toLowerCase());
  });
});

describe('people introduced after their name', () => {
  it.each([
    [
      "Aigerim Sadykova, Kazakhstan's Vice-Minister of Science and Higher Education, opened the forum.",
      'Aigerim Sadykova',
    ],
    [
      "The talks were led by Tomas Berger, the university's Vice-Rector for Research, and the dean.",
      'Tomas Berger',
    ],
    ["Marco Ferri, Unicredit's Regional Director for Central Asia, spoke at the panel.", 'Marco Ferri'],
  ])('%s', (text, name) => {
    const found = extractPeople(text, 'en');
    expect(found.map((p) => p.name)).toEqual([name]);
    expect(found[0]?.role).toMatch(/Minister|Rector|Director/u);
  });
});

describe('people introduced by what they say or do', () => {
  it.each([
    ['en', 'Nino Beridze said the programme would open next spring.', 'Nino Beridze'],
    ['az', 'Nino Beridze bildirib ki, proqram gələn il başlayacaq.', 'Nino Beridze'],
    ['ru', 'Нино Беридзе рассказала о планах на следующий год.', 'Нино Беридзе'],
  ] as const)('%s', (language, text, name) => {
    expect(names(text, language)).toEqual([name]);
  });

  it('does not take an institution before a verb for a person', () => {
    expect(names('Karabakh University said the building is ready.', 'en')).toEqual([]);
    expect(names('Гянджинский университет сообщил о наборе.', 'ru')).toEqual([]);
  });
});

describe('one person in several case forms', () => {
  it('keeps the base form when the text also has an inflected one (ru, az)', () => {
    const ru =
      'Председатель совета Томас Мюллер открыл заседание. Позже министр встретился с Томасом Мюллером в университете.';
    expect(names(ru, 'ru')).toEqual(['Томас Мюллер']);
    const az = 'Rektor Hans Deneken çıxış edib. Sonra nazir Hans Denekenlə görüşüb.';
    expect(names(az, 'az')).toEqual(['Hans Deneken']);
  });
});

describe('names in their base form', () => {
  it('keeps a Georgian surname that never declines', () => {
    const [person] = extractPeople('Министр встретился с министром образования Грузии Гиви Миканадзе.', 'ru');
    expect(person?.name).toBe('Гиви Миканадзе');
  });

  it('never takes an Azerbaijani word of institution names for a name, but keeps a given name that looks like one', () => {
    const text =
      'Rektor Ramil Əliyev və Qaraqalpaq Dövlət Universitetinin rektoru Azamat Tleubergenov görüşüb. Sonra universitetin rektoru Ali Masmali ilə görüş keçirilib.';
    const names = extractPeople(text, 'az').map((p) => p.name);
    expect(names).not.toContain('Qaraqalpaq Dövlət');
    expect(names).toContain('Ali Masmali');
  });

  it('returns Russian feminine names to the nominative and leaves regions out of names', () => {
    const ru = extractPeople(
      'Министр науки и образования Эмин Амруллаев встретился с министром школьного образования Узбекистана Хилолой Умаровой.',
      'ru',
    );
    expect(ru.map((p) => p.name)).toContain('Хилола Умарова');
    const en = extractPeople(
      "The memorandum was signed by Microsoft's General Manager for Central and Eastern Europe, Caroline Hartmann.",
      'en',
    );
    expect(en.map((p) => p.name)).toEqual(['Caroline Hartmann']);
  });
});

describe('Russian given names in -а after a declined role word', () => {
  it.each([
    ['Ректор принял посла Хорватии Николу Маркович в главном корпусе.', 'Никола Маркович'],
    ['Делегацию возглавил заместитель министра, который встретил ректора Мусу Гасанлы.', 'Муса Гасанлы'],
    ['Соглашение подписано с проректором Никитой Соколовым.', 'Никита Соколов'],
    ['На встрече с послом Ильей Бенедикто обсуждались стипендии.', 'Илья Бенедикто'],
    ['Министр наградил ректора Ивана Петрова грамотой.', 'Иван Петров'],
    ['Министр встретился с министром просвещения Жанной Ахметовой.', 'Жанна Ахметова'],
    ['Ректор встретился с послом Венгрии Лайошем Надем.', 'Лайош Надь'],
    ['Ректор встретился с послом Молдовы Андреем Попеску.', 'Андрей Попеску'],
  ])('%s', (text, expected) => {
    expect(names(text, 'ru')).toEqual([expected]);
  });
});

describe('Azerbaijani names as the object of a verb', () => {
  it.each([
    ['Rektor Vilayət Vəliyev Çexiyanın səfiri Tomaş Novotnını qəbul edib.', 'Tomaş Novotnı'],
    ['Səfir Kenta Yamada bildirib ki, nazir dünən səfir Kenta Yamadanı qəbul edib.', 'Kenta Yamada'],
    [
      'Nazir Vyetnamın səfiri Nquyen Min Tuanı təbrik edib. Tuan Azərbaycanda ilk dəfədir.',
      'Nquyen Min Tuan',
    ],
    [
      'Nazir Gürcüstanın nazir müavini Levan Qirsiaşviliyə təşəkkür edib, sonra rektor Levan Qirsiaşvilini qəbul edib.',
      'Levan Qirsiaşvili',
    ],
    ['Rektor İtaliyanın səfiri Luka Bianki ilə görüşüb.', 'Luka Bianki'],
  ])('%s', (text, expected) => {
    expect(names(text, 'az')).toContain(expected);
  });

  it('keeps a role word that opens the sentence in the role', () => {
    const [person] = extractPeople('Nazir müavini Firudin Qurbanov Latviyanın səfirini qəbul edib.', 'az');
    expect(person).toEqual({ name: 'Firudin Qurbanov', role: 'Nazir müavini' });
  });
});

describe('a Russian double given name', () => {
  it('declines back in both halves', () => {
    expect(names('Министр встретился с послом Швеции Анной-Марией Линдквист.', 'ru')).toEqual([
      'Анна-Мария Линдквист',
    ]);
  });
});

describe('institution and place words are never names', () => {
  it.each([
    [
      'az',
      'Nümayəndə heyəti Qazaxıstan Respublikasında səfərdə olub, Gəncə Universitetinin rektoru Kamal Həsənov qonaqları qarşılayıb.',
    ],
    ['ru', 'Директор по Ближнему Востоку и Африке Джон Смит выступил на форуме.'],
  ] as const)('%s', (language, text) => {
    for (const name of names(text, language))
      expect(name).not.toMatch(/Respublika|Universitet|Ближн|Восток/u);
  });
});
