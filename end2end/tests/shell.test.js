// The foundation: real figures on the home page, the islands, locale switching.
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

const figure = (page, id) =>
  page.locator(`[data-figure="${id}"] .figure__value`).innerText().then((t) => Number(t.replace(/\D/g, '')));

for (const mode of modes) {
  describe(mode.name, () => {
    test('the home page shows the real figures of the database', async () => {
      const { context, page, errors } = await openPage(browser, mode);
      await page.goto(`${server.base}/en`);
      if (mode.javaScript) await hydrated(page);
      assert.equal(await figure(page, 'figure-organisations'), server.counts.organisations);
      assert.equal(await figure(page, 'figure-networks'), server.counts.networks);
      assert.equal(await figure(page, 'figure-members'), server.counts.members);
      assert.ok(await figure(page, 'figure-countries') >= 30, 'at least 30 member countries');
      assert.equal(await page.locator('html').getAttribute('lang'), 'en');
      assert.match(await page.title(), /EuroVET Commons/);
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('/ sends a first visit to the language of its browser', async () => {
      const { context, page } = await openPage(browser, { ...mode, locale: 'de-AT' });
      await page.goto(`${server.base}/`);
      assert.equal(new URL(page.url()).pathname, '/de');
      assert.equal(await page.locator('html').getAttribute('lang'), 'de');
      await context.close();
    });

    test('picking a country and a language changes the text, lang and URL, and is remembered', async () => {
      const { context, page, errors } = await openPage(browser, mode);
      await page.goto(`${server.base}/en/directory`);
      if (mode.javaScript) {
        await hydrated(page);
        await page.evaluate(() => { window.sameDocument = true; });
      }
      assert.equal(await page.locator('h1').innerText(), 'Member directory');
      await page.getByRole('link', { name: 'Country and language' }).click();
      await page.waitForURL(/\/en\/language\?from=\/en\/directory$/);
      const belgium = page.locator('[data-country="BE"]');
      assert.match(await belgium.innerText(), /Belgium/);
      assert.deepEqual(await belgium.locator('a').evaluateAll((as) => as.map((a) => a.hreflang)), ['nl', 'fr', 'de']);
      await belgium.getByRole('link', { name: /Français/ }).click();
      await page.waitForURL('**/fr/directory');
      await page.waitForFunction(() => document.documentElement.lang === 'fr');
      assert.equal(await page.locator('h1').innerText(), 'Annuaire des membres');
      await page.getByRole('link', { name: 'Stratégie et plans' }).click();
      await page.waitForURL('**/fr/plans');
      assert.equal(await page.locator('h1').innerText(), 'Stratégie et plans d’action');
      assert.equal(await page.locator('html').getAttribute('lang'), 'fr');
      if (mode.javaScript) {
        assert.equal(await page.evaluate(() => window.sameDocument), undefined, 'a plain link: the other language is a page of its own');
      }
      await page.goto(`${server.base}/`);
      assert.equal(new URL(page.url()).pathname, '/fr', 'the choice is remembered on a new visit');
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('the picker names countries in the page language and in their own', async () => {
      const { context, page, errors } = await openPage(browser, mode);
      await page.goto(`${server.base}/de/language?from=/de`);
      if (mode.javaScript) await hydrated(page);
      const countries = await page.locator('[data-country]').count();
      assert.equal(countries, server.counts.countries, 'every member country');
      const ukraine = page.locator('[data-country="UA"]');
      assert.match(await ukraine.locator('h2').innerText(), /^Ukraine\s+Україна$/);
      await ukraine.getByRole('link', { name: /Українська/ }).click();
      await page.waitForURL(/\/uk$/);
      await page.waitForFunction(() => document.documentElement.lang === 'uk');
      assert.match(await page.locator('h1').innerText(), /[А-Яа-яІіЇїЄє]/, 'the home page speaks Ukrainian');
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('searching the directory narrows the network tree', async () => {
      const { context, page, errors } = await openPage(browser, mode);
      await page.goto(`${server.base}/en/directory`);
      if (mode.javaScript) await hydrated(page);
      const all = await page.locator('.network').count();
      const first = await page.locator('.network[data-kind="national"] .network__name').first().innerText();
      await page.getByLabel('Search networks by name or city').fill(first);
      await page.getByRole('button', { name: 'Search' }).click();
      await page.waitForURL(/q=/);
      await page.waitForFunction((n) => document.querySelectorAll('.network').length < n, all);
      const names = await page.locator('.network__name').allInnerTexts();
      assert.ok(names.includes(first), `${first} is still listed`);
      assert.ok(names.length < all);
      await page.getByLabel('Search networks by name or city').fill('zzzz-no-such-network');
      await page.getByRole('button', { name: 'Search' }).click();
      await page.getByRole('status').waitFor();
      assert.match(await page.getByRole('status').innerText(), /No network matches/);
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('an unknown address answers 404 with a page in the right language', async () => {
      const { context, page } = await openPage(browser, mode);
      const response = await page.goto(`${server.base}/de/nirgendwo`);
      assert.equal(response.status(), 404);
      assert.equal(await page.locator('h1').innerText(), 'Seite nicht gefunden');
      assert.equal(await page.locator('html').getAttribute('lang'), 'de');
      await context.close();
    });
  });
}

test('pages carry the security headers', async () => {
  const response = await fetch(`${server.base}/en`);
  const csp = response.headers.get('content-security-policy');
  assert.match(csp, /object-src 'none'/);
  assert.match(csp, /base-uri 'none'/);
  assert.match(csp, /script-src 'self' 'nonce-/);
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.ok(response.headers.get('referrer-policy'));
  assert.ok(response.headers.get('x-request-id'));
});
