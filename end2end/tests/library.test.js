// The library in the browser, with JavaScript on and off, in German and
// English: a member adds a resource with its PDF, finds it by a word inside
// the PDF, adds an English version and reads it in the other language,
// uploads a new file and downloads the earlier one (by range too); a
// program named .pdf is refused with a translated message and nothing is
// stored; a members-only file is refused to a visitor; the demo's ePub is
// found by a word of its text.
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
  });
}

test('the demo ePub is found by a word of its text, with the metadata read from it', async () => {
  const list = await (await fetch(`${server.base}/en/library?q=simulations`)).text();
  const id = list.match(/href="\/en\/library\/(\d+)"/)[1];
  const page = await (await fetch(`${server.base}/en/library/${id}`)).text();
  assert.match(page, /Handbook: digital competences for trainers/);
  assert.match(page, /digital-competences\.epub/);
});
