import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ConsoleSession } from '../support/console-session.js';
import { createTestApp, type TestApp } from '../support/test-app.js';
import { daysAgo, minutesAgo, now, password, programme } from './clients-fixture.js';

let t: TestApp;
let p: ReturnType<typeof programme>;

beforeEach(async () => {
  t = await createTestApp({ clock: () => now });
  p = programme(t.database.db);
});
afterEach(async () => {
  await t.close();
});

async function signedIn(email: string): Promise<ConsoleSession> {
  const session = new ConsoleSession(t.app);
  expect((await session.signIn(email, password)).statusCode).toBe(303);
  return session;
}

/** The names of the clients the list shows, in its order. */
const namesIn = (html: string) => [...html.matchAll(/<td class="client-name"[^>]*><a href="\/console\/clients\/[^"]+">([^<]+)<\/a>/g)].map((m) => m[1]);
/** The words of the filters the list says are on. */
const filtersOn = (html: string) => [...(/<ul class="chips">(.*?)<\/ul>/s.exec(html)?.[1] ?? '').matchAll(/<li><span>([^<]+)<\/span>/g)].map((m) => m[1]?.replace(/&quot;/g, '"'));

describe('the clients list', () => {
  it('shows a coordinator every current client with mentor, chats, last contact, mood, open tasks and whether they wait', async () => {
    const laura = await p.mentor('Laura', 'laura@example.org');
    const peteris = await p.mentor('Pēteris', 'peteris@example.org');
    const ilze = await p.coordinator();
    const anna = await p.client('Anna', laura.id, { chats: ['telegram', 'whatsapp'] });
    await p.client('Omar', peteris.id, { chats: [] });
    await p.client('Taras', laura.id, { status: 'ended' });
    await p.message(anna, { mentorId: laura.id }, 'How was the interview?', minutesAgo(300));
    await p.message(anna, 'client', 'It went well!', minutesAgo(120));
    await p.checkin(anna, daysAgo(2), 2);
    await p.checkin(anna, daysAgo(0), 4);
    await p.task(anna, 'Call the job centre');
    await p.task(anna, 'Old task', { status: 'approved' });

    const browser = await signedIn(ilze.email);
    const page = await browser.get('/console/clients');
    expect(page.statusCode).toBe(200);
    expect(page.headers['content-security-policy']).toContain("script-src 'self'");
    expect(namesIn(page.body)).toEqual(['Anna', 'Omar']);
    expect(page.body).toContain('2 clients');
    const annaRow = /<tr><td class="client-name"[^>]*><a href="\/console\/clients\/[^"]+">Anna<\/a>.*?<\/tr>/s.exec(page.body)?.[0] ?? '';
    expect(annaRow).toContain('Laura');
    expect(annaRow).toContain('Telegram');
    expect(annaRow).toContain('WhatsApp');
    expect(annaRow).toContain('2 hours ago');
    expect(annaRow).toContain('4/5');
    expect(annaRow).toContain('Mood over the last 14 days: 2 answers');
    expect(annaRow).toMatch(/<td class="number" data-label="Open tasks"><a href="[^"]+#tasks">1<\/a><\/td>/);
    expect(annaRow).toContain('waiting 2 hours ago');
    const omarRow = /<a href="\/console\/clients\/[^"]+">Omar<\/a>.*?<\/tr>/s.exec(page.body)?.[0] ?? '';
    expect(omarRow).toContain('No chat yet');
    expect(omarRow).toContain('Never');

    const ended = await browser.get('/console/clients?status=ended');
    expect(namesIn(ended.body)).toEqual(['Taras']);
    expect(filtersOn(ended.body)).toEqual(['Ended']);
  });

  it('searches by name and narrows by mentor, programme, language and chat, saying which filters are on', async () => {
    const laura = await p.mentor('Laura', 'laura@example.org');
    const peteris = await p.mentor('Pēteris', 'peteris@example.org');
    const ilze = await p.coordinator();
    await p.client('Anna Kalniņa', laura.id, { programme: 'Housing', language: 'lv' });
    await p.client('Annija', peteris.id, { programme: 'Work', language: 'ru', chats: ['whatsapp'] });
    await p.client('Omar', peteris.id, { programme: 'Work' });
    const browser = await signedIn(ilze.email);

    const form = await browser.get('/console/clients');
    expect(form.body).toContain('<option value="Housing"');
    expect(form.body).toContain(`<option value="${peteris.id}"`);
    expect(form.body).toContain('>Latvian</option>');

    expect(namesIn((await browser.get('/console/clients?q=ann')).body)).toEqual(['Anna Kalniņa', 'Annija']);
    // A search is words, not a pattern: % and _ match only themselves.
    expect(namesIn((await browser.get('/console/clients?q=%25')).body)).toEqual([]);
    expect(namesIn((await browser.get(`/console/clients?mentor=${peteris.id}`)).body)).toEqual(['Annija', 'Omar']);
    expect(namesIn((await browser.get('/console/clients?programme=Work&channel=telegram')).body)).toEqual(['Omar']);
    const both = await browser.get(`/console/clients?q=ann&language=ru&mentor=${peteris.id}`);
    expect(namesIn(both.body)).toEqual(['Annija']);
    expect(filtersOn(both.body)).toEqual(['name contains “ann”', 'mentor Pēteris', 'speaks Russian']);
    // Each filter can be taken off alone, and all of them at once.
    expect(both.body).toContain(`href="/console/clients?q=ann&amp;mentor=${peteris.id}" aria-label="Remove the filter “speaks Russian”"`);
    expect(both.body).toContain('<a href="/console/clients" class="clear">Show all clients</a>');
    expect(filtersOn((await browser.get('/console/clients')).body)).toEqual([]);
  });

  it('takes the filters the Today page links to, and keeps them when the form is sent', async () => {
    const laura = await p.mentor('Laura', 'laura@example.org');
    const ilze = await p.coordinator();
    const anna = await p.client('Anna', laura.id);
    const omar = await p.client('Omar', laura.id);
    const mila = await p.client('Mila', laura.id);
    await p.client('Taras', laura.id);
    await p.checkin(anna, daysAgo(0), 4);
    await p.checkin(omar, daysAgo(0), 2);
    await p.checkin(mila, daysAgo(0), 'missed');
    await p.message(omar, 'client', 'Can we talk?', minutesAgo(30));
    await p.task(mila, 'Write a CV', { dueDate: daysAgo(1) });
    await p.task(anna, 'Not due yet', { dueDate: daysAgo(-3) });
    const browser = await signedIn(ilze.email);

    const cases: Array<[string, string[], string[]]> = [
      ['checkin=asked', ['Anna', 'Mila', 'Omar'], ['asked today']],
      ['checkin=answered', ['Anna', 'Omar'], ['answered today']],
      ['checkin=answered&mood=4', ['Anna'], ['answered today', 'feeling “Good” today']],
      ['checkin=missed', ['Mila'], ["missed today's check-in"]],
      ['checkin=not-yet', [], ['not answered yet today']],
      ['waiting=yes', ['Omar'], ['waiting for a reply']],
      ['overdue=yes', ['Mila'], ['with an overdue task']],
    ];
    for (const [query, names, on] of cases) {
      const page = await browser.get(`/console/clients?${query}`);
      expect(namesIn(page.body), query).toEqual(names);
      expect(filtersOn(page.body).map((words) => words?.replace(/&#39;/g, "'")), query).toEqual(on);
    }
    const linked = await browser.get('/console/clients?checkin=answered&mood=4');
    expect(linked.body).toContain('<input type="hidden" name="checkin" value="answered"/>');
    expect(linked.body).toContain('<input type="hidden" name="mood" value="4"/>');
    expect(linked.body).toContain('href="/console/clients?checkin=answered" aria-label="Remove the filter “feeling “Good” today”"');
    expect(namesIn(linked.body)).toEqual(['Anna']);
    expect((await browser.get('/console/clients?checkin=answered&mood=4')).body).not.toContain('No client matches');
    expect((await browser.get('/console/clients?overdue=yes&q=Anna')).body).toContain('No client matches these filters.');
  });

  it('shows a mentor their own current clients only, with no other mentor to choose', async () => {
    const laura = await p.mentor('Laura', 'laura@example.org');
    const peteris = await p.mentor('Pēteris', 'peteris@example.org');
    await p.client('Anna', laura.id);
    await p.client('Omar', peteris.id);
    const browser = await signedIn(laura.email);
    const page = await browser.get('/console/clients');
    expect(namesIn(page.body)).toEqual(['Anna']);
    expect(page.body).not.toContain('name="mentor"');
    expect(page.body).not.toContain('Omar');
    // Asking for another mentor's clients by the address changes nothing.
    expect(namesIn((await browser.get(`/console/clients?mentor=${peteris.id}`)).body)).toEqual(['Anna']);
    expect(namesIn((await browser.get('/console/clients?q=Omar')).body)).toEqual([]);
  });

  it('pages through a long list by name, keeping the filters, and refuses a cursor it did not hand out', async () => {
    const laura = await p.mentor('Laura', 'laura@example.org');
    const ilze = await p.coordinator();
    for (let i = 1; i <= 30; i++) await p.client(`Client ${String(i).padStart(2, '0')}`, laura.id, { programme: 'Work' });
    await p.client('Other programme', laura.id, { programme: 'Housing' });
    const browser = await signedIn(ilze.email);
    const first = await browser.get('/console/clients?programme=Work');
    expect(namesIn(first.body)).toHaveLength(25);
    expect(namesIn(first.body)[0]).toBe('Client 01');
    expect(first.body).toContain('30 clients');
    const next = /<a href="(\/console\/clients\?[^"]+)" rel="next">/.exec(first.body)?.[1]?.replace(/&amp;/g, '&');
    expect(next).toContain('programme=Work');
    const second = await browser.get(next ?? '');
    expect(namesIn(second.body)).toEqual(['Client 26', 'Client 27', 'Client 28', 'Client 29', 'Client 30']);
    expect(second.body).not.toContain('rel="next"');
    expect(second.body).toContain('href="/console/clients?programme=Work">← First page</a>');

    const forged = await browser.get('/console/clients?cursor=bm90LWEtY3Vyc29y');
    expect(forged.statusCode).toBe(400);
    expect(forged.body).toContain('That did not work');
    // A value no filter has is no filter, as an empty choice is.
    const odd = await browser.get('/console/clients?status=sleeping&mood=9&mentor=nobody');
    expect(odd.statusCode).toBe(200);
    expect(namesIn(odd.body)).toHaveLength(25);
    expect(filtersOn(odd.body)).toEqual([]);
  });
});
