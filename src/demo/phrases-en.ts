import type { Phrasebook } from './phrasebook.js';

/** English, as asylum seekers and refugees write it with their mentors: a second language for most. */
export const englishPhrases: Phrasebook = {
  exchanges: [
    {
      topic: 'any',
      lines: [
        { by: 'client', text: 'Good morning! I slept well today 🙂' },
        { by: 'mentor', text: 'Good morning! Good to hear. What are your plans for today?' },
        { by: 'client', text: 'Latvian lesson at 11, then shopping.' },
      ],
    },
    {
      topic: 'migration',
      lines: [
        { by: 'client', text: 'Hello, I got a letter from the Office of Citizenship and Migration Affairs but I do not understand it.' },
        { by: 'mentor', text: 'Please send me a photo of the letter, and we will read it together tomorrow.' },
        { by: 'client', text: 'Thank you, I will.' },
      ],
    },
    {
      topic: 'migration',
      lines: [
        { by: 'mentor', text: 'A reminder: your appointment at the State Employment Agency is tomorrow at 10:00, Kr. Valdemāra iela 38.' },
        { by: 'client', text: 'Thank you! I will be there.' },
      ],
    },
    {
      topic: 'migration',
      lines: [
        { by: 'client', text: 'Can you help me find a Latvian course for beginners?' },
        { by: 'mentor', text: 'Yes. The Latvian Language Agency starts a free course next month. I will register you.' },
        { by: 'client', text: 'That would be great, thank you!' },
      ],
    },
    {
      topic: 'any',
      lines: [
        { by: 'client', text: 'Today is a difficult day. I miss my family.' },
        { by: 'mentor', text: 'I understand, it is very hard to be far from them. Shall we talk on the phone this afternoon?' },
        { by: 'client', text: 'Yes, after 3 please.' },
      ],
    },
    {
      topic: 'migration',
      lines: [
        { by: 'client', text: 'My son started school today!' },
        { by: 'mentor', text: 'Wonderful news! How did he like it?' },
        { by: 'client', text: 'He was shy, but he made a friend.' },
      ],
    },
    {
      topic: 'any',
      lines: [
        { by: 'mentor', text: 'How was the visit to the family doctor?' },
        { by: 'client', text: 'Good, I got the medicine. The interpreter helped a lot.' },
        { by: 'mentor', text: 'I am glad. Take care of yourself.' },
      ],
    },
    {
      topic: 'migration',
      lines: [
        { by: 'client', text: 'The washing machine in Mucenieki is broken again.' },
        { by: 'mentor', text: 'Thank you for telling me, I will let the centre staff know today.' },
      ],
    },
    {
      topic: 'work',
      lines: [
        { by: 'client', text: 'I have a job interview on Thursday, at a warehouse in Rīga.' },
        { by: 'mentor', text: 'Great! Shall we practise the questions on Wednesday?' },
        { by: 'client', text: 'Yes please, I am a bit nervous.' },
      ],
    },
    {
      topic: 'any',
      lines: [
        { by: 'mentor', text: 'Good evening! How did the week go?' },
        { by: 'client', text: 'Quite well. I walked a lot and cooked at home.' },
        { by: 'mentor', text: 'That sounds like a good week 👍' },
      ],
    },
    {
      topic: 'migration',
      lines: [
        { by: 'client', text: 'Where can I get warm winter clothes for the children?' },
        { by: 'mentor', text: 'The Red Cross gives out clothes on Tuesdays. I can go with you.' },
        { by: 'client', text: 'Thank you so much.' },
      ],
    },
    {
      topic: 'any',
      lines: [
        { by: 'client', text: 'I passed the Latvian test, level A1!' },
        { by: 'mentor', text: 'Congratulations! All that practice paid off 🎉' },
      ],
    },
    {
      topic: 'migration',
      lines: [
        { by: 'mentor', text: 'Your residence permit is ready to collect at the Office of Citizenship and Migration Affairs.' },
        { by: 'client', text: 'Finally! I will go tomorrow morning.' },
      ],
    },
    {
      topic: 'any',
      lines: [
        { by: 'client', text: 'I could not sleep again last night.' },
        { by: 'mentor', text: 'I am sorry to hear that. Try the breathing exercise before bed, and we will talk about it on Friday.' },
        { by: 'client', text: 'OK, I will try.' },
      ],
    },
    {
      topic: 'work',
      lines: [
        { by: 'mentor', text: 'There are new vacancies at the State Employment Agency: a kitchen helper and a cleaner at a hotel. Shall we look at them together?' },
        { by: 'client', text: 'Yes! Maybe on Thursday?' },
        { by: 'mentor', text: 'Thursday at 14:00 is fine. See you then!' },
      ],
    },
  ],
  openQuestions: [
    'Can we meet this week? I need help with a form from the bank.',
    'Hello, do I need to bring my passport to the appointment tomorrow?',
    'Is there a bus from Mucenieki to Rīga on Sunday?',
    'The landlord wrote to me about the rent. Can you call me?',
    "Can you help me write a message to my son's teacher?",
  ],
  captions: ['Done!', 'Here it is 🙂', 'I did it today', 'Finished', 'Look 😊'],
  sharedPhotos: [
    { subject: 'walk', caption: 'A walk by the sea in Jūrmala today' },
    { subject: 'meal', caption: 'I cooked for my neighbours' },
    { subject: 'drawing', caption: 'My daughter drew this for you' },
  ],
  tasks: [
    { topic: 'any', title: 'Go for a 30-minute walk', details: 'Somewhere green if you can. Send a photo of what you see.', subject: 'walk' },
    { topic: 'migration', title: 'Learn 10 new Latvian words', details: 'Write them down with what they mean and send a photo of the page.', subject: 'page' },
    { topic: 'any', title: 'Cook a healthy dinner', details: null, subject: 'meal' },
    { topic: 'work', title: 'Update your CV', details: 'Add your last job and the Latvian course.', subject: 'cv' },
    { topic: 'migration', title: 'Get a reader’s card at the library', details: 'The National Library of Latvia is free to join.', subject: 'done' },
    { topic: 'any', title: 'Fill in the weekly budget worksheet', details: null, subject: 'worksheet' },
    { topic: 'any', title: 'Tidy up your room', details: null, subject: 'room' },
    { topic: 'any', title: 'Look after a plant', details: 'Water it and find it a place in the light.', subject: 'plant' },
  ],
  acknowledgements: ['👍', 'Good, thank you for letting me know.', 'Thank you!', 'Noted, talk soon.'],
  staffWelcome: 'Welcome to the programme! I am the coordinator. Your mentor will write to you this week; until then you can write to me here.',
  nudges: [
    'Hello, I have not heard from you for a few days. Is everything all right?',
    'Good morning! Please send me a short message when you can, I would like to know how you are.',
  ],
  redoComments: ['Could you send a clearer photo, please?', 'Almost there: please add the last part too.'],
  crisis: {
    client: 'I cannot take it any more. Sometimes I want to die.',
    mentor: 'Thank you for telling me. I am calling you right now.',
    nextDay: [
      { by: 'mentor', text: 'Good morning. How are you feeling today?' },
      { by: 'client', text: 'A little better. Thank you for calling yesterday.' },
    ],
  },
  done: 'Done!',
};
