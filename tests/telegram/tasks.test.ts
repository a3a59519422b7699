import { readFile } from 'node:fs/promises';
import exifr from 'exifr';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { messageOf, startTelegramHarness, textOf, type TelegramHarness } from '../support/telegram-harness.js';
import { cleanJpeg } from '../support/test-media.js';

const mentor = { id: 7001, first_name: 'Laura' };
const otherMentor = { id: 7002, first_name: 'Peteris' };
const anna = { id: 8001, first_name: 'Anna' };
const omar = { id: 8002, first_name: 'Omar' };

let h: TelegramHarness;
let annaId: string;
let omarId: string;

type Buttons = Array<Array<{ text: string; callback_data: string }>>;
const buttonsOf = (call: { params: Record<string, unknown> }) =>
  ((call.params.reply_markup as { inline_keyboard?: Buttons } | undefined)?.inline_keyboard ?? []).flat();

/** A small JPEG-looking file; every test photo differs, so media is not shared between tests. */
const photo = cleanJpeg;

async function tasksOf(clientId: string) {
  return (await h.api('GET', `/api/clients/${clientId}/tasks`)).body.items as Array<{
    id: string;
    title: string;
    status: string;
    evidence: Array<{ mediaId: string; caption: string | null }>;
  }>;
}

beforeAll(async () => {
  h = await startTelegramHarness();
  const mentorId = await h.bindMentor(mentor);
  await h.bindMentor(otherMentor);
  annaId = await h.bindClient(anna, { mentorId });
  omarId = await h.bindClient(omar, { mentorId, language: 'ru' });
});
afterAll(async () => {
  await h.close();
});

describe('tasks over Telegram', () => {
  it('sends a task set through the API to the client, takes their photo as evidence and praises on approval', async () => {
    const created = await h.api('POST', `/api/clients/${annaId}/tasks`, { title: 'Cook a healthy dinner', dueDate: '2030-05-08' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ title: 'Cook a healthy dinner', status: 'assigned', dueDate: '2030-05-08' });
    const notice = textOf(await h.nextTo(anna.id));
    expect(notice).toContain('New task: “Cook a healthy dinner”');
    expect(notice).toContain('Due: Wednesday, May 8');

    const bytes = await readFile(new URL('../fixtures/photo-gps-rotated-mm.jpg', import.meta.url));
    expect(await exifr.gps(bytes)).toMatchObject({ latitude: expect.any(Number) });
    h.fake.photoFromUser(anna, bytes, 'My dinner');
    expect(textOf(await h.nextTo(anna.id))).toBe('Thank you! Your mentor will look at “Cook a healthy dinner”.');
    const atMentor = await h.nextTo(mentor.id);
    expect(atMentor.method).toBe('sendPhoto');
    expect(textOf(atMentor)).toBe('Anna did a task: “Cook a healthy dinner”\nMy dinner');
    // Neither the mentor nor the store gets the place the photo was taken.
    const passedOn = Object.values(atMentor.files)[0]?.bytes;
    expect(passedOn).toBeDefined();
    expect(await exifr.gps(passedOn as Buffer)).toBeUndefined();
    const [approve, redo] = buttonsOf(atMentor);
    expect(approve?.text).toBe('✅ Approve');
    expect(redo?.text).toBe('↩️ Ask to redo');

    const [submitted] = await tasksOf(annaId);
    expect(submitted).toMatchObject({ status: 'submitted', evidence: [{ caption: 'My dinner' }] });
    expect(submitted?.evidence).toHaveLength(1);
    const stored = await fetch(`${h.service.url}/api/media/${submitted?.evidence[0]?.mediaId}`, {
      headers: { authorization: 'Bearer telegram-harness-token-0123456789' },
    });
    const storedBytes = Buffer.from(await stored.arrayBuffer());
    expect(storedBytes.equals(passedOn as Buffer)).toBe(true);
    expect(await exifr.gps(storedBytes)).toBeUndefined();
    expect(await exifr.parse(storedBytes, { gps: true, tiff: true, xmp: true })).toEqual({ Orientation: 'Rotate 90 CW' });

    h.fake.callbackFromUser(mentor, approve?.callback_data ?? '', messageOf(atMentor));
    const praise = textOf(await h.nextTo(anna.id));
    expect(praise).toMatch(/^Your mentor Laura:\n.*“Cook a healthy dinner”/);
    expect(textOf(await h.nextTo(mentor.id))).toBe('Approved. Anna has been sent praise for “Cook a healthy dinner”.');
    expect((await tasksOf(annaId))[0]?.status).toBe('approved');

    // A second press changes nothing and praises nobody twice.
    h.fake.callbackFromUser(mentor, approve?.callback_data ?? '', messageOf(atMentor));
    expect(textOf(await h.nextTo(mentor.id))).toBe('“Cook a healthy dinner” is not waiting for review any more.');
  });

  it('asks which task a photo shows when several are open, and passes a photo on as a message when none is', async () => {
    for (const title of ['Go for a walk', 'Fill in the worksheet']) {
      await h.api('POST', `/api/clients/${annaId}/tasks`, { title });
      await h.nextTo(anna.id);
    }
    h.fake.photoFromUser(anna, await photo('a park'));
    const question = await h.nextTo(anna.id);
    expect(textOf(question)).toBe('Which task does this photo show?');
    const choices = buttonsOf(question);
    expect(choices.map((c) => c.text)).toEqual(['Go for a walk', 'Fill in the worksheet', 'Just a photo for my mentor']);

    h.fake.callbackFromUser(anna, choices[0]?.callback_data ?? '', messageOf(question));
    await h.nextTo(anna.id);
    expect(textOf(await h.nextTo(mentor.id))).toBe('Anna did a task: “Go for a walk”');
    const tasks = await tasksOf(annaId);
    expect(tasks.find((t) => t.title === 'Go for a walk')?.status).toBe('submitted');
    expect(tasks.find((t) => t.title === 'Fill in the worksheet')?.status).toBe('assigned');

    // One open task left: the next photo is its evidence; after that, none is open.
    h.fake.photoFromUser(anna, await photo('a worksheet'));
    await h.nextTo(anna.id);
    expect(textOf(await h.nextTo(mentor.id))).toBe('Anna did a task: “Fill in the worksheet”');
    h.fake.photoFromUser(anna, await photo('a cat'), 'Look at my cat');
    expect(textOf(await h.nextTo(mentor.id))).toBe('Anna (Telegram):\nLook at my cat');
  });

  it('never loses a photo held for a choice the client does not make', async () => {
    for (const title of ['Read a chapter', 'Call the job centre']) {
      await h.api('POST', `/api/clients/${omarId}/tasks`, { title });
      await h.nextTo(omar.id);
    }
    h.fake.photoFromUser(omar, await photo('a book'), 'Глава 3');
    expect(textOf(await h.nextTo(omar.id))).toBe('Какое задание на этом фото?');
    h.fake.textFromUser(omar, 'Завтра позвоню');
    const held = await h.nextTo(mentor.id);
    expect(held.method).toBe('sendPhoto');
    expect(textOf(held)).toBe('Omar (Telegram):\nГлава 3');
    expect(textOf(await h.nextTo(mentor.id))).toBe('Omar (Telegram):\nЗавтра позвоню');
    expect((await tasksOf(omarId)).every((t) => t.status === 'assigned')).toBe(true);
  });

  it('lets a client mark a task done from /tasks, without a photo, and a mentor ask for a redo with a comment', async () => {
    h.fake.textFromUser(omar, '/tasks');
    const list = await h.nextTo(omar.id);
    const call = buttonsOf(list).find((b) => b.text.includes('Call the job centre'));
    expect(call?.text).toBe('✅ Call the job centre');
    h.fake.callbackFromUser(omar, call?.callback_data ?? '', messageOf(list));
    const ask = await h.nextTo(omar.id);
    expect(textOf(ask)).toBe('Отлично! Пришлите фото или выберите «Выполнено без фото».');
    h.fake.callbackFromUser(omar, buttonsOf(ask)[0]?.callback_data ?? '', messageOf(ask));
    await h.nextTo(omar.id);
    const atMentor = await h.nextTo(mentor.id);
    expect(textOf(atMentor)).toBe('Omar says this task is done (no photo): “Call the job centre”');

    h.fake.callbackFromUser(mentor, buttonsOf(atMentor)[1]?.callback_data ?? '', messageOf(atMentor));
    expect(textOf(await h.nextTo(mentor.id))).toBe('What should Omar do differently for “Call the job centre”? Write it in one message.');
    h.fake.textFromUser(mentor, 'Please ask them about the course dates too.');
    expect(textOf(await h.nextTo(omar.id))).toBe(
      'Ваш наставник Laura:\nПожалуйста, попробуйте ещё раз: «Call the job centre».\nPlease ask them about the course dates too.',
    );
    expect(textOf(await h.nextTo(mentor.id))).toBe('Sent to Omar: “Call the job centre” is to be done again.');
    const task = (await tasksOf(omarId)).find((t) => t.title === 'Call the job centre');
    expect(task?.status).toBe('assigned');
  });

  it('lets a mentor set a task from Telegram with a due date and a worksheet', async () => {
    h.fake.textFromUser(mentor, '/clients');
    const list = await h.nextTo(mentor.id);
    h.fake.callbackFromUser(mentor, `client:${annaId}`, messageOf(list));
    await h.nextTo(mentor.id);

    h.fake.textFromUser(mentor, '/task');
    expect(textOf(await h.nextTo(mentor.id))).toMatch(/^What is the task for Anna\?/);
    h.fake.textFromUser(mentor, 'Write a shopping list');
    const due = await h.nextTo(mentor.id);
    expect(textOf(due)).toMatch(/^Due date for “Write a shopping list”\?/);
    h.fake.textFromUser(mentor, '31.02');
    expect(textOf(await h.nextTo(mentor.id))).toMatch(/^I could not read that date/);
    h.fake.callbackFromUser(mentor, 'taskdue:tomorrow', messageOf(due));
    expect(textOf(await h.nextTo(mentor.id))).toMatch(/^Send a worksheet/);
    const worksheet = Buffer.from('%PDF-1.4 shopping list worksheet');
    h.fake.documentFromUser(mentor, worksheet, { fileName: 'list.pdf', mimeType: 'application/pdf' });
    expect(textOf(await h.nextTo(mentor.id))).toBe('Task sent to Anna: “Write a shopping list”.');

    expect(textOf(await h.nextTo(anna.id))).toMatch(/New task: “Write a shopping list”\nDue: /);
    const sheet = await h.nextTo(anna.id);
    expect(sheet.method).toBe('sendDocument');
    expect(textOf(sheet)).toBe('Worksheet for “Write a shopping list”');
    expect(Object.values(sheet.files)[0]?.bytes.equals(worksheet)).toBe(true);
    const task = (await tasksOf(annaId)).find((t) => t.title === 'Write a shopping list');
    expect(task).toMatchObject({ status: 'assigned' });
  });

  it('lets neither another mentor nor the client approve a task', async () => {
    h.fake.photoFromUser(anna, await photo('a list'));
    await h.nextTo(anna.id);
    const atMentor = await h.nextTo(mentor.id);
    const approve = buttonsOf(atMentor)[0]?.callback_data ?? '';
    expect(approve).toMatch(/^task:approve:/);

    h.fake.callbackFromUser(otherMentor, approve);
    expect(textOf(await h.nextTo(otherMentor.id))).toBe('This client is not assigned to you.');
    h.fake.callbackFromUser(anna, approve);
    expect(textOf(await h.nextTo(anna.id))).toMatch(/^This is the chat with your mentor/);
    const task = (await tasksOf(annaId)).find((t) => t.title === 'Write a shopping list');
    expect(task?.status).toBe('submitted');
  });

  it('lets the mentor cancel a task from /tasks, and tells the client', async () => {
    // Anna is the mentor's current client since the worksheet test.
    h.fake.textFromUser(mentor, '/tasks');
    const list = await h.nextTo(mentor.id);
    expect(textOf(list)).toMatch(/^Open tasks of Anna/);
    expect(textOf(list)).toContain('• Write a shopping list · due: ');
    const cancel = buttonsOf(list).find((b) => b.text === '✖ Write a shopping list');
    h.fake.callbackFromUser(mentor, cancel?.callback_data ?? '', messageOf(list));
    expect(textOf(await h.nextTo(mentor.id))).toBe('“Write a shopping list” is cancelled; the client has been told.');
    expect(textOf(await h.nextTo(anna.id))).toBe('Your mentor Laura:\n“Write a shopping list” has been taken off your list. No need to do it.');
    expect((await tasksOf(annaId)).find((t) => t.title === 'Write a shopping list')?.status).toBe('cancelled');
  });
});
