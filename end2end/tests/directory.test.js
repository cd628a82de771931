// The organisation list: search without accents, filters and pages in the URL.
// Every scenario runs with JavaScript on and with it off.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hydrated, launchBrowser, modes, openPage, startServer } from '../harness.js';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const plain = (text) => text.normalize('NFD').replace(/\p{M}/gu, '').replace(/ł/g, 'l').replace(/Ł/g, 'L');
const count = async (page) => Number((await page.locator('.result-count').innerText()).replace(/\D/g, ''));

for (const mode of modes) {
  describe(mode.name, () => {
    test('filters narrow the list and live in the URL', async () => {
      const { context, page, errors } = await openPage(browser, mode);
      await page.goto(`${server.base}/en/directory/organisations`);
      if (mode.javaScript) await hydrated(page);
      assert.equal(await count(page), server.counts.organisations);
      assert.equal(await page.getByLabel('Sort by').locator('option:checked').innerText(), 'Best match');
      assert.deepEqual(await page.getByLabel('Sort by').locator('option').allInnerTexts(), ['Best match', 'Name', 'Newest first', 'Country']);
      await page.getByLabel('Country').selectOption({ label: 'Poland' });
      await page.getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(/country=PL/);
      // With JavaScript the list is replaced in place: wait for the new results.
      await page.waitForFunction((all) => Number(document.querySelector('.result-count').innerText.replace(/\D/g, '')) !== all, server.counts.organisations);
      const polish = await count(page);
      assert.ok(polish > 0 && polish < server.counts.organisations);
      const places = await page.locator('.card__meta').allInnerTexts();
      assert.ok(places.every((p) => p.endsWith('Poland')), places.join(', '));

      const city = (await page.locator('.card__meta').first().innerText()).split(' · ')[0];
      await page.getByLabel('Name, city or description').fill(plain(city).toUpperCase());
      await page.getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(/q=/);
      await page.waitForFunction((n) => Number(document.querySelector('.result-count').innerText.replace(/\D/g, '')) < n, polish);
      const found = await page.locator('.card__meta').allInnerTexts();
      assert.ok(found.length > 0 && found.every((p) => p.startsWith(city)), `${city}: ${found.join(', ')}`);

      await page.goto(`${server.base}/en/directory/organisations?q=zzqx-nothing`);
      assert.match(await page.locator('.notice[role="status"]').innerText(), /No organisation matches/);
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('an organisation opens with its own language marked and links to its networks', async () => {
      const { context, page, errors } = await openPage(browser, mode);
      await page.goto(`${server.base}/en/directory/organisations?country=FI`);
      if (mode.javaScript) await hydrated(page);
      const name = await page.locator('.card__title').first().innerText();
      await page.locator('.card__title').first().click();
      await page.waitForURL(/\/en\/directory\/organisations\/[a-z0-9-]+$/);
      await page.locator('h1').waitFor();
      assert.equal(await page.locator('h1').innerText(), name);
      assert.equal(await page.locator('h1').getAttribute('lang'), 'fi', 'written in Finnish, shown on an English page');
      assert.match(await page.title(), new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      const network = page.locator('section[aria-labelledby="networks"] a').first();
      const networkName = await network.innerText();
      await network.click();
      await page.waitForURL(/\/en\/directory\/networks\/[a-z0-9-]+$/);
      await page.locator('h1').waitFor();
      assert.equal(await page.locator('h1').innerText(), networkName);
      const members = Number((await page.locator('[data-figure="figure-organisations"] dd').innerText()).replace(/\D/g, ''));
      const listed = (await page.locator('.network-level .card__title').allInnerTexts());
      assert.ok(listed.includes(name), `${name} is listed among its network's members`);
      await page.locator('a.button-link[href*="network="]').click();
      await page.waitForURL(/network=/);
      await page.locator('.result-count').waitFor();
      assert.equal(await count(page), members, 'the network page and its filtered list agree');
      assert.deepEqual(errors, []);
      // A missing organisation is a 404 page (the browser logs the status as an error).
      const missing = await page.goto(`${server.base}/en/directory/organisations/no-such-organisation`);
      assert.equal(missing.status(), 404);
      assert.match(await page.locator('h1').innerText(), /Page not found/);
      await context.close();
    });

    test('the map links each member country to its organisations, with a table beside it', async () => {
      const { context, page, errors } = await openPage(browser, mode);
      await page.goto(`${server.base}/en/directory`);
      if (mode.javaScript) await hydrated(page);
      await page.getByRole('link', { name: 'Map of member countries' }).click();
      await page.waitForURL(/\/en\/directory\/map$/);
      await page.locator('.map svg').waitFor();
      assert.equal(await page.locator('.map svg a[data-country]').count(), server.counts.countries);
      const poland = Number(await page.locator('tr[data-country="PL"] td').innerText());
      assert.ok(poland > 0);
      assert.match(await page.locator('.map svg a[data-country="PL"] title').textContent(), /^Poland: \d+ member organisations$/);
      await page.locator('.map svg a[data-country="PL"]').click();
      await page.waitForURL(/country=PL/);
      await page.locator('.result-count').waitFor();
      assert.equal(await count(page), poland, 'the map and the list agree');
      await page.goto(`${server.base}/de/directory/map`);
      await page.getByRole('link', { name: 'Finnland' }).click();
      await page.waitForURL(/\/de\/directory\/organisations\?country=FI/);
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('pages follow one another and a shared link opens the same page', async () => {
      const { context, page, errors } = await openPage(browser, mode);
      await page.goto(`${server.base}/de/directory/organisations?sort=name`);
      if (mode.javaScript) await hydrated(page);
      const pages = Math.ceil(server.counts.organisations / 20);
      assert.equal(await page.locator('.pager span').innerText(), `Seite 1 von ${pages}`);
      const first = await page.locator('.card__title').first().innerText();
      await page.getByRole('link', { name: 'Nächste Seite' }).click();
      await page.waitForURL(/page=2/);
      await page.waitForFunction(() => document.querySelector('.pager span')?.innerText.startsWith('Seite 2'));
      assert.ok(new URL(page.url()).search.includes('sort=name'), 'the sort is kept');
      assert.notEqual(await page.locator('.card__title').first().innerText(), first);
      const shared = page.url();
      const second = await openPage(browser, mode);
      await second.page.goto(shared);
      assert.equal(await second.page.locator('.pager span').innerText(), `Seite 2 von ${pages}`);
      await second.context.close();
      assert.deepEqual(errors, []);
      await context.close();
    });
  });
}
