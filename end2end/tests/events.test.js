// Events' calendar files as calendar programs fetch them from the seeded
// demo: the annual meeting's file with its zone and no meeting link for a
// visitor, the monthly series with its moved occurrence, the network's
// feed answering 304 while nothing changed, and a personal address that
// never was (404). In the browser, with JavaScript on and off, in German,
// Finnish and English: a facilitator announces a webinar of one place on
// Lisbon's clocks (a reversed time is refused and nothing is announced); a
// member registers with access needs and gets the meeting link, a second
// one lands on the waiting list and gets the place when the first
// withdraws (each gets the event, or its cancellation, by e-mail for their
// calendar program); the organiser sees the access needs and downloads
// them as CSV, and moves the event (the place holder's calendar is told);
// a peer-learning session's organiser puts a question and records a
// group's answer (an empty one is refused); a reader in Helsinki sees the Brussels webinars on their own clocks
// too; a member joins a working group and leaves it; a member makes their
// calendar address, which a calendar program then reads, and revokes it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hydrated, launchBrowser, message, modes, openPage, organisationSlugs, signedIn, startServer } from '../harness.js';

let server;
let browser;
let organisations;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  organisations = await organisationSlugs(server);
});

/**
 * A few accounts per mode, made once and shared by the scenarios (accepting
 * an invitation is limited to ten a minute from one address).
 */
const accounts = new Map();
async function account(mode, key, details) {
  const id = `${mode.name}/${key}`;
  if (!accounts.has(id)) accounts.set(id, await signedIn(server, browser, mode, details));
  return accounts.get(id);
}

after(async () => {
  for (const opened of accounts.values()) await opened.context.close();
  await browser?.close();
  await server?.stop();
});

/** A day a month from now, as a form's date (`YYYY-MM-DD`). */
function nextMonth() {
  const d = new Date(Date.now() + 31 * 24 * 3600 * 1000);
  return d.toISOString().slice(0, 10);
}

/**
 * The newest e-mail to `to` that matches `pattern`, once it is written (the
 * server sends event mail in the background): polled for up to 10 s.
 */
async function mailed(to, pattern) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    // Unfolded: a calendar's long lines continue after CRLF and a space.
    const found = server.mailTo(to).map((m) => m.replace(/\r\n[ \t]/g, '')).filter((m) => pattern.test(m)).at(-1);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`no mail to ${to} matching ${pattern}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The first e-mail to `to` after the `seen` ones, once it is written. */
async function nextMail(to, seen) {
  const deadline = Date.now() + 10_000;
  for (;;) {
    const all = server.mailTo(to);
    if (all.length > seen) return all[seen].replace(/\r\n[ \t]/g, '');
    if (Date.now() > deadline) throw new Error(`no new mail to ${to}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** The form's button that says `id` of `file` in `locale`. */
const button = (page, locale, file, id) =>
  page.locator('main button[type="submit"]', { hasText: message(locale, file, id) });

describe('events in the browser', () => {
  for (const [i, mode] of modes.entries()) {
    const suffix = mode.javaScript ? 'js' : 'nojs';
    test(`a webinar of one place: register, waiting list, withdraw, promotion, participants (${mode.name})`, async () => {
      const title = `Apprenticeship webinar ${suffix} ${Date.now()}`;
      const day = nextMonth();
      const organiser = await account(mode, 'organiser', {
        email: `organiser.${suffix}@example.eu`, organisation: organisations[10 + i], role: 'facilitator', network: 'eurovet-network', locale: 'de', name: 'Olga',
      });
      const { page } = organiser;
      await page.goto(`${server.base}/de/events/new`);
      if (mode.javaScript) await hydrated(page);
      // The network they facilitate comes first, and is chosen.
      await page.locator('#event-kind').selectOption('webinar');
      await page.locator('#event-title').fill(title);
      await page.locator('#event-description').fill('How *small companies* keep their apprentices.');
      await page.locator('#event-zone').selectOption('Europe/Lisbon');
      await page.locator('#event-starts').fill(`${day}T10:00`);
      await page.locator('#event-ends').fill(`${day}T09:00`);
      await page.locator('#event-online').fill('https://meet.example.eu/apprentices');
      await page.locator('#event-capacity').fill('1');
      await button(page, 'de', 'events', 'event-create').click();
      await page.waitForURL(/__err=/);
      await assert.doesNotReject(page.locator('.notice--error', { hasText: message('de', 'plans', 'error-dates-reversed').slice(0, 20) }).first().waitFor());
      const list = await (await fetch(`${server.base}/en/events`)).text();
      assert.ok(!list.includes(title), 'a refused event is not announced');

      await page.locator('#event-starts').fill(`${day}T10:00`);
      await page.locator('#event-ends').fill(`${day}T11:30`);
      await page.locator('#event-title').fill(title);
      await page.locator('#event-description').fill('How *small companies* keep their apprentices.');
      await page.locator('#event-online').fill('https://meet.example.eu/apprentices');
      await page.locator('#event-capacity').fill('1');
      await page.locator('#event-zone').selectOption('Europe/Lisbon');
      await page.locator('#event-kind').selectOption('webinar');
      await button(page, 'de', 'events', 'event-create').click();
      await page.waitForURL(/\/de\/events\/\d+\?done=event-created$/);
      const eventUrl = page.url().replace(/\?.*$/, '');
      const id = eventUrl.match(/(\d+)$/)[1];
      await assert.doesNotReject(page.locator('h1', { hasText: title }).waitFor());
      const when = await page.locator('.facts .event-time').first().textContent();
      assert.match(when, new RegExp(`${day} 10:00\u201311:30`));
      assert.match(when, /Europe\/Lisbon \(UTC(\+01:00)?\)/);

      // A first member takes the place, telling the organisers what they need.
      const first = await signedIn(server, browser, mode, { email: `first.${suffix}@example.fi`, organisation: organisations[12 + i], locale: 'fi', name: 'Aino' });
      await first.page.goto(`${server.base}/fi/events/${id}`);
      await first.page.locator('#event-access-needs').fill('Viittomakielen tulkkaus');
      await button(first.page, 'fi', 'events', 'event-register').click();
      await first.page.waitForURL(/done=event-registered/);
      assert.match(await first.page.locator('main').textContent(), /meet\.example\.eu\/apprentices/);
      assert.match(await first.page.locator('main').textContent(), new RegExp(message('fi', 'events', 'attendance-registered')));
      // Their calendar program gets the event by e-mail, to file in place.
      const invitation = await mailed(`first.${suffix}@example.fi`, /method=REQUEST/);
      assert.match(invitation, /Content-Type: text\/calendar; charset=utf-8; method=REQUEST/);
      assert.match(invitation, /METHOD:REQUEST\r\n/);
      assert.match(invitation, new RegExp(`ATTENDEE;CN="Aino first\\.${suffix}";ROLE=REQ-PARTICIPANT;PARTSTAT=ACCEPTED;RSVP=FALSE:mailto:`));
      assert.match(invitation, /DTSTART;TZID=Europe\/Lisbon:\d{8}T100000\r\n/);
      assert.match(invitation, new RegExp(`Hei Aino`), 'in Finnish');

      // A second one waits; the first withdraws and the place passes on.
      const second = await signedIn(server, browser, mode, { email: `second.${suffix}@example.eu`, organisation: organisations[14 + i], locale: 'en', name: 'Ben' });
      await second.page.goto(`${server.base}/en/events/${id}`);
      await button(second.page, 'en', 'events', 'event-join-waiting-list').click();
      await second.page.waitForURL(/done=event-waiting/);
      assert.doesNotMatch(await second.page.locator('main').textContent(), /meet\.example\.eu/, 'no link while waiting');
      // The organiser sees who comes and what they need.
      await page.goto(eventUrl);
      let table = await page.locator('.organisers table').textContent();
      assert.match(table, /Aino first/);
      assert.match(table, /Viittomakielen tulkkaus/);
      assert.match(table, /Ben second/);
      await button(first.page, 'fi', 'events', 'event-withdraw').click();
      await first.page.waitForURL(/done=event-withdrawn/);
      assert.match(await mailed(`first.${suffix}@example.fi`, /method=CANCEL/), /METHOD:CANCEL\r\n[\s\S]*STATUS:CANCELLED/);
      assert.match(await mailed(`second.${suffix}@example.eu`, /method=REQUEST/), /meet\.example\.eu\/apprentices/, 'the promoted get the link');
      await second.page.reload();
      assert.match(await second.page.locator('main').textContent(), /meet\.example\.eu\/apprentices/, 'promoted: the link is there');
      assert.match(await second.page.locator('main').textContent(), new RegExp(message('en', 'events', 'attendance-registered')));
      await page.reload();
      table = await page.locator('.organisers table').textContent();
      assert.doesNotMatch(table, /Aino first/, 'who withdrew is no longer listed, nor their needs');
      assert.match(table, /Ben second/);
      // The organiser moves it by half an hour: the place holder's calendar gets the change.
      await page.locator('.organisers a.button', { hasText: message('de', 'events', 'event-edit') }).click();
      await page.waitForURL(new RegExp(`/de/events/${id}/edit$`));
      assert.equal(await page.locator('#event-starts').inputValue(), `${day}T10:00`, 'the form holds the event as it is');
      assert.equal(await page.locator('#event-zone').inputValue(), 'Europe/Lisbon');
      await page.locator('#event-starts').fill(`${day}T10:30`);
      await page.locator('#event-ends').fill(`${day}T12:00`);
      await button(page, 'de', 'events', 'event-edit-save').click();
      await page.waitForURL(/done=event-saved/);
      assert.match(await page.locator('.facts .event-time').first().textContent(), new RegExp(`${day} 10:30\u201312:00`));
      const change = await mailed(`second.${suffix}@example.eu`, /DTSTART;TZID=Europe\/Lisbon:\d{8}T103000/);
      assert.match(change, /METHOD:REQUEST\r\n/);
      assert.match(change, /SEQUENCE:[1-9]/, 'a raised sequence, so the calendar updates in place');
      // The organiser invites: an address no member has is refused; a member is told.
      await page.locator('summary', { hasText: message('de', 'events', 'event-invite') }).click();
      await page.locator('#invite-email').fill('niemand@example.org');
      await page.locator('form[action="/api/events/invite"] button[type="submit"]').click();
      await page.waitForURL(/__err=/);
      assert.match(await page.locator('.notice--error').first().textContent(), new RegExp(message('de', 'events', 'error-member-unknown')));
      await page.locator('summary', { hasText: message('de', 'events', 'event-invite') }).click();
      await page.locator('#invite-email').fill(`first.${suffix}@example.fi`);
      // Their place freed, their cancellation and the promotion mailed: wait for those first.
      await mailed(`first.${suffix}@example.fi`, /method=CANCEL/);
      const seen = server.mailTo(`first.${suffix}@example.fi`).length;
      await page.locator('form[action="/api/events/invite"] button[type="submit"]').click();
      await page.waitForURL(/done=event-invited/);
      const invited = await nextMail(`first.${suffix}@example.fi`, seen);
      assert.match(invited, new RegExp(`/fi/events/${id}\r?\n`), 'the way to take the place, in Finnish');
      assert.doesNotMatch(invited, /text\/calendar/, 'no place yet: nothing for the calendar');
      const csv = await page.request.get(`${server.base}/events/${id}/participants.csv`);
      assert.equal(csv.status(), 200);
      const text = await csv.text();
      assert.match(text, /^name,organisation,country,attendance,access_needs,since\r?\n/);
      assert.match(text, /\nBen second[^,]*,[^\n]*,registered,/);
      // Access needs are the organisers' alone.
      assert.equal((await second.page.request.get(`${server.base}/events/${id}/participants.csv`)).status(), 403);
      assert.equal((await fetch(`${server.base}/events/${id}/participants.csv`)).status, 401);
      assert.doesNotMatch(await second.page.locator('main').textContent(), /Viittomakielen/);
      for (const opened of [first, second]) await opened.context.close();
    });

    test(`a peer-learning session's organiser puts a question and records a group's answer (${mode.name})`, async () => {
      const organiser = await account(mode, 'organiser', {
        email: `organiser.${suffix}@example.eu`, organisation: organisations[10 + i], role: 'facilitator', network: 'eurovet-network', locale: 'de', name: 'Olga',
      });
      const { page } = organiser;
      await page.goto(`${server.base}/en/events?when=past&kind=peer-learning`);
      await page.locator('.event-line a', { hasText: 'keeping apprentices' }).click();
      const question = `What keeps apprentices in micro-companies? (${suffix})`;
      const open = (id) => page.locator('summary', { hasText: message('en', 'events', id) }).click();
      await open('event-add-question');
      await page.locator('#question-text').fill(question);
      await page.locator('form[action="/api/events/question"] button[type="submit"]').click();
      await page.waitForURL(/done=event-question-added/);
      await open('event-record-answer');
      await page.locator('#answer-question').selectOption({ label: question });
      await page.locator('#answer-group').fill(`Group ${suffix}`);
      await page.locator('#answer-text').fill('A mentor in the company, named from the first day.');
      await page.locator('#answer-conclusions').fill('Train the mentors.');
      await page.locator('form[action="/api/events/answer"] button[type="submit"]').click();
      await page.waitForURL(/done=event-answer-recorded/);
      const report = await page.locator('.questions').textContent();
      assert.match(report, new RegExp(question.replace(/[()?]/g, '\\$&')));
      assert.match(report, new RegExp(`Group ${suffix}A mentor in the company`));
      assert.match(report, /Train the mentors\./);
      // An empty answer is refused, and nothing is recorded.
      const before = await page.locator('.questions .answer').count();
      await open('event-record-answer');
      await page.locator('#answer-group').fill(' ');
      await page.locator('#answer-text').fill(' ');
      await page.locator('form[action="/api/events/answer"] button[type="submit"]').click();
      await page.waitForURL(/__err=/);
      assert.equal(await page.locator('.questions .answer').count(), before);
    });

    test(`a reader in Helsinki sees the Brussels webinars on their own clocks too (${mode.name})`, async () => {
      const { context, page, errors } = await openPage(browser, { ...mode, timezoneId: 'Europe/Helsinki' });
      await page.goto(`${server.base}/en/events`);
      if (mode.javaScript) {
        await hydrated(page);
        await page.reload();
      }
      const line = page.locator('.event-line', { hasText: 'EU funding clinic' }).first();
      const time = await line.locator('.event-time').textContent();
      assert.match(time, /Europe\/Brussels \(UTC\+0[12]:00\)/);
      if (mode.javaScript) {
        assert.match(time, /Your time: \d{4}-\d\d-\d\d 1[67]:00\u2013\d\d:\d\d \(Europe\/Helsinki\)/);
      } else {
        assert.doesNotMatch(time, /Helsinki/, 'without a script, the server cannot know the zone');
      }
      assert.deepEqual(errors, []);
      await context.close();
    });

    test(`a member joins a working group and leaves it (${mode.name})`, async () => {
      const member = await account(mode, 'member', { email: `member.${suffix}@example.de`, organisation: organisations[16 + i], locale: 'de', name: 'Gerd' });
      const { page } = member;
      await page.goto(`${server.base}/de/groups`);
      await page.locator('.group-line a', { hasText: 'Green skills in VET' }).click();
      await page.waitForURL(/\/de\/groups\/green-skills-in-vet$/);
      await button(page, 'de', 'groups', 'group-join').click();
      await page.waitForURL(/done=group-joined/);
      assert.match(await page.locator('main').textContent(), new RegExp(message('de', 'groups', 'group-you-member')));
      assert.match(await page.locator('#group-members-title + ul').textContent(), /Gerd member/);
      await button(page, 'de', 'groups', 'group-leave').click();
      await page.waitForURL(/done=group-left/);
      assert.doesNotMatch(await page.locator('#group-members-title + ul').textContent(), /Gerd member/);
    });

    test(`a member makes a calendar address that a program reads, then revokes it (${mode.name})`, async () => {
      const member = await account(mode, 'member', { email: `member.${suffix}@example.de`, organisation: organisations[16 + i], locale: 'de', name: 'Gerd' });
      const { page } = member;
      await page.goto(`${server.base}/de/events/1`);
      await button(page, 'de', 'events', 'event-register').click();
      await page.waitForURL(/done=event-registered/);
      await page.goto(`${server.base}/de/events/calendar`);
      await button(page, 'de', 'events', 'calendar-make').click();
      await page.waitForURL(/done=calendar-address-made/);
      const address = await page.locator('#calendar-address').inputValue();
      assert.match(address, /\/calendars\/members\/[A-Za-z0-9_-]+\/events\.ics$/);
      const feed = await fetch(address);
      assert.equal(feed.status, 200);
      assert.match(await feed.text(), /SUMMARY;LANGUAGE=en:EuroVET Annual Meeting/);
      // The address is shown once: the page does not show another's.
      await page.goto(`${server.base}/de/events/calendar`);
      assert.equal(await page.locator('#calendar-address').count(), 0);
      await button(page, 'de', 'events', 'calendar-revoke').click();
      await page.waitForURL(/done=calendar-address-revoked/);
      assert.equal((await fetch(address)).status, 410);
    });
  }
});

describe('calendar files', () => {
  test("the annual meeting's file is a calendar in its own zone, without the meeting link", async () => {
    // The demo's first event is the annual meeting.
    const response = await fetch(`${server.base}/events/1/event.ics`);
    assert.equal(response.status, 200);
    assert.match(response.headers.get('content-type'), /^text\/calendar/);
    const text = await response.text();
    assert.match(text, /^BEGIN:VCALENDAR\r\n/);
    assert.match(text, /BEGIN:VTIMEZONE\r\nTZID:Europe\/Rome\r\n/);
    assert.match(text, /DTSTART;TZID=Europe\/Rome:\d{8}T090000\r\n/);
    assert.match(text, /SUMMARY;LANGUAGE=en:EuroVET Annual Meeting/);
    assert.doesNotMatch(text, /meet\.eurovet\.example/, 'the link is for participants');
    assert.doesNotMatch(text, /mailto:|@example\./i, "no one's address");
  });

  test('the series keeps its rule and the occurrence moved alone', async () => {
    const text = await (await fetch(`${server.base}/events/series/1/series.ics`)).text();
    assert.match(text, /RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=\d{8}T\d{6}Z\r\n/);
    assert.match(text, /RECURRENCE-ID;TZID=Europe\/Brussels:\d{8}T150000\r\n/);
    assert.equal(text.match(/BEGIN:VEVENT/g).length, 2);
  });

  test("the network's feed answers 304 to a program that has it already", async () => {
    const url = `${server.base}/calendars/networks/eurovet-network/events.ics`;
    const first = await fetch(url);
    assert.equal(first.status, 200);
    const tag = first.headers.get('etag');
    assert.ok(tag, 'an ETag');
    const text = await first.text();
    assert.match(text, /X-WR-CALNAME:EuroVET/);
    assert.ok(text.match(/BEGIN:VEVENT/g).length >= 5);
    const again = await fetch(url, { headers: { 'If-None-Match': tag } });
    assert.equal(again.status, 304);
  });

  test('unknown calendars are 404, in the language asked for', async () => {
    const missing = await fetch(`${server.base}/calendars/members/${'x'.repeat(43)}/events.ics`, {
      headers: { Cookie: 'locale=de' },
    });
    assert.equal(missing.status, 404);
    assert.match(await missing.text(), /<html lang="de"/);
    assert.equal((await fetch(`${server.base}/events/99999/event.ics`)).status, 404);
    assert.equal((await fetch(`${server.base}/calendars/networks/nowhere/events.ics`)).status, 404);
  });
});
