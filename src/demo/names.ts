import type { Random } from './random.js';

export type Gender = 'female' | 'male';

/**
 * Where a person's name comes from. Latvia has two: Latvians, and the
 * Russian-speaking Latvians whose names are spelt the Latvian way.
 */
export const origins = [
  'latvian',
  'latvian-russian',
  'ukrainian',
  'russian',
  'belarusian',
  'georgian',
  'tajik',
  'syrian',
  'iraqi',
  'afghan',
  'eritrean',
  'somali',
] as const;
export type Origin = (typeof origins)[number];

interface NameList {
  female: readonly string[];
  male: readonly string[];
  /** [male form, female form]; the same twice where a surname does not change. */
  surnames: readonly (readonly [string, string])[];
}

const same = (surname: string) => [surname, surname] as const;

/** Common names of each origin, written as Latvian records would hold them in Latin letters. */
const nameLists: Record<Origin, NameList> = {
  latvian: {
    female: ['Inese', 'Kristīne', 'Ieva', 'Laura', 'Dace', 'Santa', 'Zane', 'Agnese', 'Sanita', 'Evija', 'Baiba', 'Ilona', 'Marta', 'Elīna', 'Anete'],
    male: ['Jānis', 'Andris', 'Kārlis', 'Edgars', 'Mārtiņš', 'Artūrs', 'Raivis', 'Roberts', 'Dainis', 'Guntis', 'Aivars', 'Valdis', 'Kristaps', 'Oskars'],
    surnames: [
      ['Bērziņš', 'Bērziņa'],
      ['Kalniņš', 'Kalniņa'],
      ['Ozoliņš', 'Ozoliņa'],
      ['Jansons', 'Jansone'],
      ['Liepiņš', 'Liepiņa'],
      ['Balodis', 'Balode'],
      ['Eglītis', 'Eglīte'],
      ['Zariņš', 'Zariņa'],
      ['Pētersons', 'Pētersone'],
      ['Kļaviņš', 'Kļaviņa'],
      ['Siliņš', 'Siliņa'],
      ['Vanags', 'Vanaga'],
      ['Kārkliņš', 'Kārkliņa'],
      ['Grīnbergs', 'Grīnberga'],
      ['Lapiņš', 'Lapiņa'],
      same('Zvaigzne'),
    ],
  },
  'latvian-russian': {
    female: ['Jeļena', 'Natālija', 'Svetlana', 'Olga', 'Tatjana', 'Irina', 'Jūlija', 'Marina'],
    male: ['Aleksandrs', 'Sergejs', 'Dmitrijs', 'Vladimirs', 'Igors', 'Nikolajs', 'Andrejs', 'Jurijs'],
    surnames: [
      ['Ivanovs', 'Ivanova'],
      ['Petrovs', 'Petrova'],
      ['Smirnovs', 'Smirnova'],
      ['Kuzņecovs', 'Kuzņecova'],
      ['Popovs', 'Popova'],
      ['Vasiļjevs', 'Vasiļjeva'],
      ['Sokolovs', 'Sokolova'],
      ['Volkovs', 'Volkova'],
    ],
  },
  ukrainian: {
    female: ['Olena', 'Oksana', 'Iryna', 'Nataliia', 'Kateryna', 'Yuliia', 'Tetiana', 'Halyna', 'Sofiia', 'Viktoriia'],
    male: ['Oleksandr', 'Andrii', 'Mykola', 'Dmytro', 'Serhii', 'Volodymyr', 'Taras', 'Bohdan', 'Yurii'],
    surnames: ['Kovalenko', 'Shevchenko', 'Bondarenko', 'Tkachenko', 'Melnyk', 'Kravchenko', 'Boiko', 'Moroz', 'Lysenko', 'Savchenko', 'Marchuk', 'Hnatiuk'].map(same),
  },
  russian: {
    female: ['Anastasia', 'Ekaterina', 'Olga', 'Maria', 'Yulia'],
    male: ['Dmitry', 'Alexei', 'Sergei', 'Ivan', 'Mikhail'],
    surnames: [
      ['Smirnov', 'Smirnova'],
      ['Kuznetsov', 'Kuznetsova'],
      ['Sokolov', 'Sokolova'],
      ['Lebedev', 'Lebedeva'],
      ['Morozov', 'Morozova'],
    ],
  },
  belarusian: {
    female: ['Volha', 'Tatsiana', 'Hanna', 'Katsiaryna', 'Iryna'],
    male: ['Aliaksandr', 'Siarhei', 'Andrei', 'Pavel', 'Dzmitry'],
    surnames: ['Kavalenka', 'Bahdanovich', 'Karpovich', 'Navumchyk', 'Hryshkevich'].map(same),
  },
  georgian: {
    female: ['Nino', 'Tamar', 'Mariam', 'Ana', 'Eka'],
    male: ['Giorgi', 'Levan', 'Davit', 'Irakli', 'Nika'],
    surnames: ['Beridze', 'Kapanadze', 'Gelashvili', 'Lomidze', 'Maisuradze', 'Tsiklauri'].map(same),
  },
  tajik: {
    female: ['Madina', 'Nigina', 'Zarina', 'Firuza', 'Gulnora'],
    male: ['Farrukh', 'Rustam', 'Jamshed', 'Bahrom', 'Firuz'],
    surnames: [
      ['Rahimov', 'Rahimova'],
      ['Nazarov', 'Nazarova'],
      ['Saidov', 'Saidova'],
      ['Sharipov', 'Sharipova'],
    ],
  },
  syrian: {
    female: ['Fatima', 'Layla', 'Amina', 'Rana', 'Nour', 'Huda', 'Rasha'],
    male: ['Ahmad', 'Mohammad', 'Omar', 'Khaled', 'Yousef', 'Rami', 'Samer'],
    surnames: ['Al-Hassan', 'Haddad', 'Khalil', 'Darwish', 'Nasser', 'Hamdan', 'Al-Masri', 'Sabbagh'].map(same),
  },
  iraqi: {
    female: ['Zainab', 'Noor', 'Maryam', 'Sara', 'Ruqaya'],
    male: ['Ali', 'Hussein', 'Mustafa', 'Haider', 'Karrar'],
    surnames: ['Al-Jubouri', 'Al-Obaidi', 'Kadhim', 'Al-Tamimi', 'Jasim'].map(same),
  },
  afghan: {
    female: ['Zahra', 'Mariam', 'Shabnam', 'Farzana', 'Parwana', 'Soraya'],
    male: ['Farid', 'Jawad', 'Nasir', 'Hamid', 'Ahmad', 'Mujtaba'],
    surnames: ['Ahmadi', 'Rahimi', 'Karimi', 'Hashimi', 'Noori', 'Sultani', 'Popal'].map(same),
  },
  eritrean: {
    female: ['Senait', 'Helen', 'Selam', 'Mebrat', 'Rahwa'],
    male: ['Tesfay', 'Yonas', 'Dawit', 'Kidane', 'Mehari'],
    surnames: ['Tesfamariam', 'Gebremedhin', 'Haile', 'Berhane', 'Tekle', 'Woldu'].map(same),
  },
  somali: {
    female: ['Hodan', 'Ayaan', 'Fadumo', 'Halima', 'Sahra'],
    male: ['Abdi', 'Mohamed', 'Hassan', 'Abdullahi', 'Yusuf'],
    surnames: ['Warsame', 'Farah', 'Osman', 'Jama', 'Abdi'].map(same),
  },
};

/**
 * Names of one origin, none given twice: people in one agency are told
 * apart by name, and a list with two "Anna Bērziņa" would look made up.
 */
export function createNamer(random: Random): (origin: Origin, gender: Gender) => string {
  const taken = new Set<string>();
  return (origin, gender) => {
    const list = nameLists[origin];
    for (;;) {
      const given = random.pick(gender === 'female' ? list.female : list.male);
      const [male, female] = random.pick(list.surnames);
      const name = `${given} ${gender === 'female' ? female : male}`;
      if (!taken.has(name)) {
        taken.add(name);
        return name;
      }
    }
  };
}

/** A name in plain ASCII lower case, for an email address: Bērziņa becomes berzina. */
export function asciiName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.');
}
