// The library in the browser, with JavaScript on and off, in German and
// English: a member adds a resource with its PDF, finds it by a word inside
// the PDF, adds an English version and reads it in the other language,
// uploads a new file and downloads the earlier one (by range too); a
// program named .pdf is refused with a translated message and nothing is
// stored; a members-only file is refused to a visitor; the demo's ePub is
// found by a word of its text. The owner edits what describes it; a
// facilitator puts it into a toolbox with a note and orders the toolbox;
// a member attaches it to a reply by its address; a reported resource is
// hidden from the review page, and the log keeps the decision.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { hydrated, launchBrowser, message, modes, openPage, organisationSlugs, signedIn, startServer } from '../harness.js';

let server;
let browser;
let organisations;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  organisations = await organisationSlugs(server);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** A one-page PDF whose text is `text` (ASCII), with a valid cross-reference table. */
function pdf(text) {
  const stream = `BT /F1 12 Tf 56 780 Td (${text}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
  ];
  let out = '%PDF-1.4\n';
  const offsets = objects.map((object, i) => {
    const at = out.length;
    out += `${i + 1} 0 obj\n${object}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

/** Every file the server's file store holds (kept and incoming). */
function storedFiles() {
  const out = [];
  const walk = (dir) => {
    let entries = [];
    try { entries = readdirSync(dir); } catch { return; }
    for (const entry of entries) {
      const full = path.join(dir, entry);
      if (statSync(full).isDirectory()) walk(full); else out.push(full);
    }
  };
  walk(server.filesDir);
  return out.sort();
}

async function submitUpload(page, mode, form) {
  await page.locator(`#${form} button[type="submit"]`).click();
  if (!mode.javaScript) await page.waitForLoadState('load');
}

for (const mode of modes) {
  const suffix = mode.javaScript ? 'on' : 'off';
  describe(mode.name, () => {
    let member;
    let resourceUrl;
    const word = `Lernortzauber${suffix}`;

    test('a member adds a resource with its PDF and finds it by a word inside the PDF', async () => {
      const organisation = mode.javaScript ? organisations[0] : organisations[1];
      member = await signedIn(server, browser, mode, { email: `library.${suffix}@example.de`, organisation, locale: 'de', name: 'Lena' });
      const { page } = member;
      await page.goto(`${server.base}/de/library`);
      await page.locator('a.button[href$="/library/new"]').click();
      if (mode.javaScript) await hydrated(page);
      await page.locator('#resource-title').fill(`Leitfaden Lernortkooperation (${suffix})`);
      await page.locator('#resource-summary').fill('Wie **Berufsschule** und Betrieb den Ausbildungsplan abstimmen.');
      await page.locator('#resource-author').fill('Netzwerk Süd');
      await page.locator('input[name="topics[]"][value="work-based-learning"]').check();
      await page.locator('#resource-file').setInputFiles({ name: 'Leitfaden Lernort.pdf', mimeType: 'application/pdf', buffer: pdf(`Checkliste ${word} Ausbildung`) });
      await submitUpload(page, mode, 'resource-form');
      await page.waitForURL(/\/de\/library\/\d+\?done=resource-added/);
      resourceUrl = page.url().split('?')[0];
      assert.equal(await page.locator('h1').innerText(), `Leitfaden Lernortkooperation (${suffix})`);
      assert.equal(await page.locator('h1').getAttribute('lang'), 'de');
      assert.match(await page.locator('.data-table').innerText(), /Leitfaden Lernort\.pdf/);

      // Found by a word of its PDF, typed in lower case.
      await page.goto(`${server.base}/de/library?q=${word.toLowerCase()}`);
      const titles = await page.locator('.resource-line__title').allInnerTexts();
      assert.deepEqual(titles, [`Leitfaden Lernortkooperation (${suffix})`]);
    });

    test('an English version is added and each reader sees their language first', async () => {
      const { page } = member;
      await page.goto(resourceUrl);
      if (mode.javaScript) await hydrated(page);
      await page.locator('#version-lang').selectOption('en');
      await page.locator('#version-title').fill(`Guide to cooperation between places of learning (${suffix})`);
      await page.locator('#version-summary').fill('How the **VET school** and the company agree the training plan.');
      await page.locator('#version-link').fill('https://example.org/guide');
      await submitUpload(page, mode, 'translation-form');
      await page.waitForURL(/done=resource-version-added/);

      const visitor = await openPage(browser, mode);
      const id = resourceUrl.split('/').pop();
      await visitor.page.goto(`${server.base}/en/library/${id}`);
      assert.equal(await visitor.page.locator('h1').innerText(), `Guide to cooperation between places of learning (${suffix})`);
      assert.equal(await visitor.page.locator('h1').getAttribute('lang'), 'en');
      const other = visitor.page.locator('a[hreflang="de"]');
      assert.match(await other.innerText(), /^Deutsch: Leitfaden/);
      await other.click();
      assert.equal(await visitor.page.locator('h1').innerText(), `Leitfaden Lernortkooperation (${suffix})`);
      // A French reader: not yet in French, shown in the original.
      await visitor.page.goto(`${server.base}/fr/library/${id}`);
      assert.equal(await visitor.page.locator('h1').getAttribute('lang'), 'de');
      assert.ok(await visitor.page.locator('main .notice').first().isVisible());
      await visitor.context.close();
    });

    test('a new file keeps the earlier one, which still downloads, by range too', async () => {
      const { page } = member;
      await page.goto(resourceUrl);
      if (mode.javaScript) await hydrated(page);
      const first = await page.locator('.data-table a').first().getAttribute('href');
      await page.locator('#new-file').setInputFiles({ name: 'Leitfaden 2.pdf', mimeType: 'application/pdf', buffer: pdf('Zweite Fassung') });
      await submitUpload(page, mode, 'new-file-form');
      await page.waitForURL(/done=resource-file-added/);
      const links = await page.locator('.data-table a').allInnerTexts();
      assert.deepEqual(links, ['Leitfaden 2.pdf', 'Leitfaden Lernort.pdf']);
      const earlier = await page.locator('.data-table a').nth(1).getAttribute('href');
      assert.equal(earlier, first);
      const whole = await fetch(`${server.base}${earlier}`);
      assert.equal(whole.status, 200);
      assert.equal(whole.headers.get('content-type'), 'application/pdf');
      assert.match(whole.headers.get('content-disposition'), /^inline; filename="Leitfaden Lernort\.pdf"; filename\*=UTF-8''Leitfaden%20Lernort\.pdf$/);
      assert.equal(whole.headers.get('x-content-type-options'), 'nosniff');
      assert.match(Buffer.from(await whole.arrayBuffer()).toString('latin1'), new RegExp(word));
      const etag = whole.headers.get('etag');
      const part = await fetch(`${server.base}${earlier}`, { headers: { Range: 'bytes=0-3' } });
      assert.equal(part.status, 206);
      assert.equal(part.headers.get('content-range').split('/')[0], 'bytes 0-3');
      assert.equal(await part.text(), '%PDF');
      const again = await fetch(`${server.base}${earlier}`, { headers: { 'If-None-Match': etag } });
      assert.equal(again.status, 304);
    });

    test('a program named .pdf is refused in German and nothing is stored', async () => {
      const { page } = member;
      const before = storedFiles();
      await page.goto(`${server.base}/de/library/new`);
      if (mode.javaScript) await hydrated(page);
      await page.locator('#resource-title').fill('Werkzeug');
      await page.locator('#resource-summary').fill('Ein Programm.');
      await page.locator('#resource-author').fill('Niemand');
      await page.locator('#resource-file').setInputFiles({ name: 'werkzeug.pdf', mimeType: 'application/pdf', buffer: Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(2048)]) });
      await submitUpload(page, mode, 'resource-form');
      const alert = page.locator('.notice--error', { hasText: message('de', 'library', 'error-file-type-refused') });
      await alert.waitFor();
      assert.match(page.url(), /\/de\/library\/new/);
      assert.deepEqual(storedFiles(), before);
      const found = await (await fetch(`${server.base}/de/library?q=werkzeug`)).text();
      assert.doesNotMatch(found, /resource-line__title/);
    });

    test('a members-only file is refused to a visitor', async () => {
      const { page } = member;
      await page.goto(`${server.base}/en/library/new`);
      if (mode.javaScript) await hydrated(page);
      await page.locator('#resource-title').fill(`Internal checklist (${suffix})`);
      await page.locator('#resource-summary').fill('For members.');
      await page.locator('#resource-author').fill('Network South');
      await page.locator('#resource-visibility').selectOption('members');
      await page.locator('#resource-file').setInputFiles({ name: 'internal.pdf', mimeType: 'application/pdf', buffer: pdf(`Internal ${suffix}`) });
      await submitUpload(page, mode, 'resource-form');
      await page.waitForURL(/done=resource-added/);
      const file = await page.locator('.data-table a').first().getAttribute('href');
      const pageUrl = page.url().split('?')[0];
      const refused = await fetch(`${server.base}${file}`);
      assert.equal(refused.status, 401);
      assert.doesNotMatch(await refused.text(), /%PDF/);
      const visitor = await openPage(browser, mode);
      await visitor.page.goto(pageUrl);
      assert.equal(await visitor.page.locator('main a[href$="/account/sign-in"]').count(), 1);
      assert.doesNotMatch(await visitor.page.locator('main').innerText(), /Internal checklist/);
      await visitor.context.close();
    });

    test('its owner edits what describes the resource, and the search follows', async () => {
      const { page } = member;
      await page.goto(resourceUrl);
      await page.locator('main a.button[href*="/edit?version="]').click();
      await page.locator('#edit-title').fill(`Leitfaden Lernortkooperation, zweite Auflage (${suffix})`);
      await page.locator('#resource-kind').selectOption('presentation');
      await page.locator('input[name="countries[]"][value="AT"]').check();
      await page.locator('main form[action="/api/library/edit"] button[type="submit"]').click();
      await page.waitForURL(/done=resource-saved/);
      assert.equal(await page.locator('h1').innerText(), `Leitfaden Lernortkooperation, zweite Auflage (${suffix})`);
      assert.match(await page.locator('.facts').innerText(), /Österreich/);
      const found = await (await fetch(`${server.base}/de/library?q=auflage`)).text();
      assert.match(found, new RegExp(`zweite Auflage \\(${suffix}\\)`));
      // A member who did not add it has no form, and the server refuses them too.
      const other = await signedIn(server, browser, mode, { email: `reader.${suffix}@example.de`, organisation: organisations[2], locale: 'de', name: 'Rita' });
      await other.page.goto(resourceUrl);
      assert.equal(await other.page.locator('main a[href*="/edit?version="]').count(), 0);
      await other.page.goto(`${resourceUrl}/edit`);
      assert.match(await other.page.locator('main .notice--error').innerText(), new RegExp(message('de', 'account', 'error-forbidden')));
      await other.context.close();
    });

    test('a facilitator puts resources into a toolbox with notes and orders them; readers see where each is used', async () => {
      const facilitator = await signedIn(server, browser, mode, {
        email: `toolbox.${suffix}@example.eu`, organisation: organisations[mode.javaScript ? 6 : 7], role: 'facilitator', network: 'eurovet-network', locale: 'en', name: 'Tom',
      });
      const { page } = facilitator;
      await page.goto(`${server.base}/en/library/collections`);
      await page.locator('main a.button[href$="/library/collections/new"]').click();
      await page.locator('#collection-title').fill(`Toolbox for new mentors (${suffix})`);
      await page.locator('#collection-description').fill('What a **new mentor** reads first.');
      await page.locator('#collection-network').selectOption({ label: 'EuroVET – European Network of VET Networks' });
      await page.locator('main form button[type="submit"]').click();
      await page.waitForURL(/\/en\/library\/collections\/\d+\?done=collection-created/);
      const toolboxUrl = page.url().split('?')[0];
      assert.equal(await page.locator('h1').innerText(), `Toolbox for new mentors (${suffix})`);

      // From the resource pages: the member's guide, then the demo ePub.
      const id = resourceUrl.split('/').pop();
      const list = await (await fetch(`${server.base}/en/library?q=simulations`)).text();
      const epub = list.match(/href="\/en\/library\/(\d+)"/)[1];
      for (const [resource, note] of [[id, 'Start with the checklist.'], [epub, '']]) {
        await page.goto(`${server.base}/en/library/${resource}`);
        await page.locator('#collect-collection').selectOption({ label: `Toolbox for new mentors (${suffix})` });
        await page.locator('#collect-note').fill(note);
        await page.locator('#collect-title ~ form button[type="submit"]').click();
        await page.waitForURL(/done=collection-item-added/);
      }
      // The same resource twice is refused, with the message.
      await page.locator('#collect-collection').selectOption({ label: `Toolbox for new mentors (${suffix})` });
      await page.locator('#collect-title ~ form button[type="submit"]').click();
      await page.locator('.notice--error', { hasText: message('en', 'library', 'error-already-listed') }).waitFor();

      await page.goto(toolboxUrl);
      const titles = () => page.locator('.toolbox__item .resource-line__title').allInnerTexts();
      assert.deepEqual(await titles(), [`Guide to cooperation between places of learning (${suffix})`, 'Handbook: digital competences for trainers']);
      assert.equal(await page.locator('.toolbox__note').first().innerText(), 'Start with the checklist.');
      await page.locator('.toolbox__item').nth(1).locator('button[value="up"]').click();
      await page.waitForURL(/done=collection-saved/);
      assert.deepEqual(await titles(), ['Handbook: digital competences for trainers', `Guide to cooperation between places of learning (${suffix})`]);

      // A visitor reads the toolbox in German, and the guide says where it is used.
      const visitor = await openPage(browser, mode);
      await visitor.page.goto(toolboxUrl.replace('/en/', '/de/'));
      assert.deepEqual(await visitor.page.locator('.toolbox__item .resource-line__title').allInnerTexts(),
        ['Handbuch: Digitale Kompetenzen für Ausbilderinnen und Ausbilder', `Leitfaden Lernortkooperation, zweite Auflage (${suffix})`]);
      assert.equal(await visitor.page.locator('.toolbox__tools').count(), 0);
      await visitor.page.goto(`${server.base}/de/library/${id}`);
      assert.match(await visitor.page.locator('#used-in-title ~ ul').innerText(), new RegExp(`Toolbox for new mentors \\(${suffix}\\)`));
      await visitor.context.close();
      await facilitator.context.close();
    });

    test('a member attaches a resource to their reply by its address; a bad address gets a message', async () => {
      const { page } = member;
      await page.goto(`${server.base}/de/counselling`);
      await page.locator('.thread-line__title').first().click();
      await page.locator('#reply-body').fill(`Dazu passt unser Leitfaden (${suffix}).`);
      await page.locator('#reply button[type="submit"]').click();
      await page.waitForURL(/done=reply-posted/);
      const own = page.locator('article.post', { hasText: `Dazu passt unser Leitfaden (${suffix}).` });
      await own.locator('summary', { hasText: message('de', 'library', 'attached-add') }).click();
      await own.locator('input[name="resource"]').fill('https://irgendwo.example/de/library/new');
      await own.locator('form[action="/api/library/attach"] button[type="submit"]').click();
      await page.locator('.notice--error', { hasText: message('de', 'library', 'error-resource-unknown') }).waitFor();
      const again = page.locator('article.post', { hasText: `Dazu passt unser Leitfaden (${suffix}).` });
      await again.locator('summary', { hasText: message('de', 'library', 'attached-add') }).click();
      await again.locator('input[name="resource"]').fill(`${resourceUrl}?lang=en`);
      await again.locator('form[action="/api/library/attach"] button[type="submit"]').click();
      await page.waitForURL(/done=resource-attached/);
      const attached = page.locator('article.post', { hasText: `Dazu passt unser Leitfaden (${suffix}).` }).locator('.attached a');
      assert.equal(await attached.innerText(), `Leitfaden Lernortkooperation, zweite Auflage (${suffix})`);
      await page.goto(resourceUrl);
      assert.equal(await page.locator('#used-in-title ~ ul a[href*="/counselling/posts/"]').count(), 1);
    });

    test('a reported resource is hidden by a facilitator from the review page, with the log', async () => {
      const reporter = await signedIn(server, browser, mode, { email: `report.${suffix}@example.eu`, organisation: organisations[3], locale: 'en', name: 'Rob' });
      await reporter.page.goto(resourceUrl.replace('/de/', '/en/'));
      await reporter.page.locator('summary', { hasText: message('en', 'library', 'resource-flag') }).click();
      await reporter.page.locator('#flag-reason').fill('Advertising');
      await reporter.page.locator('form[action="/api/library/flag"] button[type="submit"]').click();
      await reporter.page.waitForURL(/done=resource-flagged/);
      await reporter.context.close();

      const facilitator = await signedIn(server, browser, mode, {
        email: `review.${suffix}@example.eu`, organisation: organisations[mode.javaScript ? 8 : 9], role: 'facilitator', network: 'eurovet-network', locale: 'en', name: 'Vera',
      });
      const { page } = facilitator;
      await page.goto(`${server.base}/en/library/review`);
      const item = page.locator('article.post', { hasText: 'Advertising' });
      await item.locator('summary').click();
      await item.locator('input[name="reason"]').fill('Not a resource');
      await item.locator('button[value="hide"]').click();
      await page.waitForURL(/\/en\/library\/review\?done=moderation-saved/);
      assert.match(await page.locator('#review-log ~ table').innerText(), /Not a resource/);
      const hidden = await fetch(resourceUrl);
      assert.equal(hidden.status, 404);
      await facilitator.context.close();
    });
  });
}

test('the demo ePub is found by a word of its text, with the metadata read from it', async () => {
  const list = await (await fetch(`${server.base}/en/library?q=simulations`)).text();
  const id = list.match(/href="\/en\/library\/(\d+)"/)[1];
  const page = await (await fetch(`${server.base}/en/library/${id}`)).text();
  assert.match(page, /Handbook: digital competences for trainers/);
  assert.match(page, /digital-competences\.epub/);
});
