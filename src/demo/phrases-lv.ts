import type { Phrasebook } from './phrasebook.js';

/** Latvian, as students in vocational rehabilitation and their mentors write it. */
export const latvianPhrases: Phrasebook = {
  exchanges: [
    {
      topic: 'any',
      lines: [
        { by: 'client', text: 'Labrīt! Šodien jūtos labi 🙂' },
        { by: 'mentor', text: 'Labrīt! Prieks dzirdēt. Kādi plāni šodienai?' },
        { by: 'client', text: 'Desmitos tiešsaistes nodarbība, pēc tam iešu pastaigā.' },
      ],
    },
    {
      topic: 'study',
      lines: [
        { by: 'client', text: 'Nevaru saprast matemātikas uzdevumu darba lapā.' },
        { by: 'mentor', text: 'Nekas, tas ir grūts. Atsūtiet man bildi, un rīt to izrunāsim kopā.' },
        { by: 'client', text: 'Labi, paldies!' },
      ],
    },
    {
      topic: 'study',
      lines: [
        { by: 'mentor', text: 'Kā šodien veicās nodarbībā?' },
        { by: 'client', text: 'Labi, bet biju ļoti [noguris|nogurusi].' },
        { by: 'mentor', text: 'Tas ir normāli. Vakarā atpūtieties, rīt būs vieglāk.' },
      ],
    },
    {
      topic: 'any',
      lines: [
        { by: 'client', text: 'Šodien cepu pīrāgus ar mammu!' },
        { by: 'mentor', text: 'Cik jauki! Varbūt atsūtīsiet bildi? 😊' },
      ],
    },
    {
      topic: 'study',
      lines: [
        { by: 'client', text: 'Vai rīt nodarbības būs?' },
        { by: 'mentor', text: 'Jā, kā parasti plkst. 10:00. Saite ir tā pati.' },
        { by: 'client', text: 'Paldies!' },
      ],
    },
    {
      topic: 'any',
      lines: [
        { by: 'client', text: 'Šodien nav garastāvokļa. Negribas neko darīt.' },
        { by: 'mentor', text: 'Paldies, ka pastāstījāt. Varbūt izejiet uz desmit minūtēm ārā? Vakarā piezvanīšu.' },
        { by: 'client', text: 'Labi, pamēģināšu.' },
      ],
    },
    {
      topic: 'work',
      lines: [
        { by: 'mentor', text: 'Nodarbinātības valsts aģentūrā ir jaunas vakances noliktavā un veikalā. Vai apskatīsim kopā?' },
        { by: 'client', text: 'Jā, gribētu! Varbūt ceturtdien?' },
        { by: 'mentor', text: 'Ceturtdien plkst. 14:00 der. Tiekamies!' },
      ],
    },
    {
      topic: 'work',
      lines: [
        { by: 'client', text: 'Man rīt darba intervija! Mazliet uztraucos.' },
        { by: 'mentor', text: 'Jums izdosies! Atcerieties, ko mēģinājām: īsi pastāstiet par sevi un savu pieredzi.' },
        { by: 'client', text: 'Paldies, centīšos.' },
      ],
    },
    {
      topic: 'any',
      lines: [
        { by: 'mentor', text: 'Labvakar! Kā pagāja nedēļa?' },
        { by: 'client', text: 'Diezgan labi. Pabeidzu visas darba lapas.' },
        { by: 'mentor', text: 'Lieliski, tā turpināt!' },
      ],
    },
    {
      topic: 'study',
      lines: [
        { by: 'client', text: 'Aizmirsu, līdz kurai dienai jāiesniedz projekts.' },
        { by: 'mentor', text: 'Līdz piektdienai. Ja vajag palīdzību, rakstiet.' },
      ],
    },
    {
      topic: 'any',
      lines: [
        { by: 'client', text: 'Biju pie ārsta, viss kārtībā.' },
        { by: 'mentor', text: 'Labi dzirdēt! Paldies, ka pastāstījāt.' },
      ],
    },
    {
      topic: 'any',
      lines: [
        { by: 'client', text: 'Šodien pastaigājos parkā ar suni 🐕' },
        { by: 'mentor', text: 'Super! Svaigs gaiss vienmēr palīdz.' },
      ],
    },
    {
      topic: 'study',
      lines: [
        { by: 'client', text: 'Vai varat vēlreiz atsūtīt saiti uz nodarbību?' },
        { by: 'mentor', text: 'Protams, atsūtīju uz e-pastu.' },
        { by: 'client', text: 'Atradu, paldies!' },
      ],
    },
    {
      topic: 'any',
      lines: [
        { by: 'client', text: 'Slikti gulēju, sāp galva.' },
        { by: 'mentor', text: 'Žēl dzirdēt. Padzerieties ūdeni un, ja varat, atpūtieties. Kā jūtaties pēcpusdienā?' },
        { by: 'client', text: 'Jau labāk.' },
      ],
    },
    {
      topic: 'work',
      lines: [
        { by: 'client', text: 'Mani pieņēma darbā uz pārbaudes laiku! 🎉' },
        { by: 'mentor', text: 'Apsveicu! Tas ir liels solis. Kad sākat?' },
        { by: 'client', text: 'Nākamajā pirmdienā.' },
      ],
    },
  ],
  openQuestions: [
    'Vai varam rīt satikties? Man vajag palīdzību ar iesniegumu.',
    'Labdien! Vai uz konsultāciju jāņem līdzi izziņa?',
    'Vai piektdien nodarbības notiks?',
    'Man neizdodas atvērt darba lapu, ko darīt?',
    'Vai Jūs varētu man piezvanīt pēcpusdienā?',
  ],
  captions: ['Izdarīts!', 'Lūdzu 🙂', 'Šodien pabeidzu', 'Gatavs!', 'Skatieties 😊'],
  sharedPhotos: [
    { subject: 'walk', caption: 'Šodien pie jūras' },
    { subject: 'meal', caption: '[Pats|Pati] vārīju zupu' },
    { subject: 'drawing', caption: 'Mans zīmējums 🎨' },
  ],
  tasks: [
    { topic: 'any', title: 'Pastaigāties 30 minūtes', details: 'Ja var, kaut kur zaļā vietā. Atsūtiet bildi, ko redzējāt.', subject: 'walk' },
    { topic: 'any', title: 'Pagatavot veselīgas vakariņas', details: null, subject: 'meal' },
    { topic: 'any', title: 'Aizpildīt darba lapu par budžetu', details: null, subject: 'worksheet' },
    { topic: 'any', title: 'Sakārtot savu istabu', details: null, subject: 'room' },
    { topic: 'study', title: 'Uzzīmēt kaut ko, kas Jūs iepriecina', details: null, subject: 'drawing' },
    { topic: 'work', title: 'Atjaunot CV', details: 'Pievienojiet pēdējo darba vietu un kursus.', subject: 'cv' },
    { topic: 'study', title: 'Atrisināt 10 uzdevumus darba lapā', details: null, subject: 'worksheet' },
    { topic: 'any', title: 'Parūpēties par istabas augu', details: 'Aplaistiet to un atrodiet tam gaišu vietu.', subject: 'plant' },
  ],
  acknowledgements: ['👍', 'Labi, paldies, ka pastāstījāt.', 'Paldies!', 'Sapratu, runāsim drīz.'],
  staffWelcome: 'Laipni lūdzam programmā! Esmu koordinatore. Jūsu mentors ar Jums sazināsies šonedēļ; līdz tam varat rakstīt man šeit.',
  nudges: [
    'Labdien! Jau dažas dienas no Jums nav ziņu. Vai viss kārtībā?',
    'Labrīt! Lūdzu, uzrakstiet man īsu ziņu, kad varat. Gribu zināt, kā Jums klājas.',
  ],
  redoComments: ['Vai varat, lūdzu, atsūtīt skaidrāku bildi?', 'Gandrīz gatavs: lūdzu, pievienojiet arī pēdējo daļu.'],
  crisis: {
    client: 'Man viss ir apnicis. Es negribu dzīvot.',
    mentor: 'Paldies, ka uzrakstījāt. Es Jums tūlīt zvanu.',
    nextDay: [
      { by: 'mentor', text: 'Labrīt. Kā Jūs šodien jūtaties?' },
      { by: 'client', text: 'Mazliet labāk. Paldies, ka vakar piezvanījāt.' },
    ],
  },
  done: 'Izdarīts!',
};
