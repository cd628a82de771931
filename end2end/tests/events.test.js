// Events' calendar files as calendar programs fetch them from the seeded
// demo: the annual meeting's file with its zone and no meeting link for a
// visitor, the monthly series with its moved occurrence, the network's
// feed answering 304 while nothing changed, and a personal address that
// never was (404). The events' pages and their scenarios come with them.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { startServer } from '../harness.js';

let server;

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.stop();
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
