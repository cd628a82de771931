// Editing the directory in the browser: an organisation's member edits its
// record and states offers and needs, which meet in suggestions and in the
// partner search; a coordinator imports a CSV file (a bad row shows its
// error and nothing lands; a good file lands whole); the filtered list
// downloads as CSV; typing in the search updates the results. Every scenario
// runs with JavaScript on and off, except typing, which needs it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hydrated, launchBrowser, message, modes, organisationSlugs, openPage, signedIn as signIn, startServer } from '../harness.js';

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

/** A new account, signed in by accepting its invitation in the browser. */
const signedIn = (mode, options) => signIn(server, browser, mode, options);

async function addPartnership(page, mode, { direction, kind, topic }) {
  if (mode.javaScript) await hydrated(page);
  await page.locator('#partnerships details summary').click();
  await page.locator('#partnership-direction').selectOption(direction);
  await page.locator('#partnership-kind').selectOption(kind);
  await page.locator(`#partnerships input[name="topics[]"][value="${topic}"]`).check();
  await page.locator('#partnerships form[action$="/partnership/add"] button[type="submit"]').click();
  await page.waitForURL(/done=partnership-added/);
}

for (const mode of modes) {
  const suffix = mode.javaScript ? 'on' : 'off';
  describe(mode.name, () => {
    test("an organisation's member edits its record; a bad web address is refused in German", async () => {
      const organisation = organisations[mode.javaScript ? 0 : 1];
      const { context, page, errors } = await signedIn(mode, { email: `editor.${suffix}@example.de`, organisation, locale: 'de' });
      await page.goto(`${server.base}/de/directory/organisations/${organisation}`);
      await page.locator(`a[href$="/${organisation}/edit"]`).click();
      await page.waitForURL(/\/edit$/);
      if (mode.javaScript) await hydrated(page);
      await page.locator('#org-city').fill('Neustadt an der Weinstraße');
      await page.locator('#org-website').fill('ftp://schule.example');
      await page.locator('main form button[type="submit"]').click();
      await page.waitForURL(/__err=/);
      assert.equal(await page.locator('[role="alert"]').innerText(), message('de', 'directory', 'error-website-invalid'));
      const unchanged = await (await fetch(`${server.base}/de/directory/organisations/${organisation}`)).text();
      assert.ok(!unchanged.includes('Neustadt an der Weinstraße'), 'a refused edit changes nothing');

      await page.locator('#org-city').fill('Neustadt an der Weinstraße');
      await page.locator('#org-website').fill('https://schule.example');
      await page.locator('main form button[type="submit"]').click();
      await page.waitForURL(/done=organisation-saved/);
      assert.equal(await page.locator('[role="status"]').first().innerText(), message('de', 'directory', 'organisation-saved'));
      assert.match(await page.locator('.organisation__meta').innerText(), /Neustadt an der Weinstraße/);

      // A visitor may not edit it.
      const visitor = await openPage(browser, mode);
      await visitor.page.goto(`${server.base}/de/directory/organisations/${organisation}/edit`);
      assert.equal(await visitor.page.locator('#org-name').count(), 0);
      await visitor.context.close();
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('an offer meets a need in the same topic; the partner search lists them', async () => {
      const [offering, seeking] = mode.javaScript ? [organisations[2], organisations[3]] : [organisations[4], organisations[5]];
      const kind = mode.javaScript ? 'staff-exchange' : 'job-shadowing';
      const a = await signedIn(mode, { email: `offer.${suffix}@example.fi`, organisation: offering });
      await a.page.goto(`${server.base}/en/directory/organisations/${offering}`);
      await addPartnership(a.page, mode, { direction: 'offer', kind, topic: 'inclusion' });
      assert.match(await a.page.locator('#partnerships').innerText(), new RegExp(message('en', 'vocabulary', `partnership-kind-${kind}`)));
      const offeringName = await a.page.locator('h1').innerText();
      assert.deepEqual(a.errors, []);
      await a.context.close();

      const b = await signedIn(mode, { email: `seek.${suffix}@example.pt`, organisation: seeking });
      await b.page.goto(`${server.base}/en/directory/organisations/${seeking}`);
      await addPartnership(b.page, mode, { direction: 'seek', kind, topic: 'inclusion' });
      assert.match(await b.page.locator('#suggestions').innerText(), new RegExp(offeringName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')),
        'the offer is suggested to the organisation that seeks it');

      await b.page.goto(`${server.base}/en/directory/partnerships?direction=offer&kind=${kind}&topic=inclusion`);
      assert.match(await b.page.locator('main').innerText(), new RegExp(offeringName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')));
      assert.equal(await b.page.locator('.partnership[data-direction="seek"]').count(), 0, 'only offers are listed');
      assert.deepEqual(b.errors, []);
      await b.context.close();
    });

    test('an import with a bad row shows its error and changes nothing; a good file lands whole', async () => {
      const networkPage = await (await fetch(`${server.base}/en/directory`)).text();
      const network = networkPage.match(/\/en\/directory\/networks\/(national-[a-z]{2})"/)[1];
      const { context, page, errors } = await signedIn(mode, { email: `coordinator.${suffix}@example.eu`, organisation: organisations[0], role: 'coordinator' });
      const header = 'name,type,country,city,description,description_language,topics,level';
      const good = `Ammattiopisto Import ${suffix},vet-school,FI,Espoo,Ammatillinen oppilaitos,fi,inclusion,core\n`
        + `Koulutuskeskus Import ${suffix},training-centre,FI,Oulu,Koulutuskeskus,fi,,\n`;
      const upload = async (content) => {
        await page.goto(`${server.base}/en/directory/import`);
        if (mode.javaScript) await hydrated(page);
        await page.locator('#import-network').selectOption(network);
        await page.locator('#import-file').setInputFiles({ name: 'organisations.csv', mimeType: 'text/csv', buffer: Buffer.from(content) });
        await page.locator('main form button[type="submit"]').click();
        await page.waitForURL(/\/en\/directory\/import\/\d+$/);
        if (mode.javaScript) await hydrated(page);
      };

      await upload(`${header}\n${good}Rikki ${suffix},castle,FI,Turku,Koulu,fi,,\n`);
      const problems = page.locator('.import-problems tbody tr');
      assert.equal(await problems.count(), 1);
      const cells = await problems.first().locator('td').allInnerTexts();
      assert.deepEqual(cells, ['4', 'type', message('en', 'directory', 'error-choice-unknown'), 'castle']);
      assert.equal(await page.locator('form[action$="/import/apply"]').count(), 0, 'no import while a row has a problem');
      const none = await (await fetch(`${server.base}/en/directory/organisations?q=Import%20${suffix}`)).text();
      assert.equal((none.match(/data-organisation="/g) ?? []).length, 0, 'nothing was imported');

      await upload(`${header}\n${good}`);
      await page.locator('form[action$="/import/apply"] button').click();
      await page.waitForURL(/done=import-applied/);
      assert.match(await page.locator('main').innerText(), /2 organisations were imported/);
      const found = await (await fetch(`${server.base}/en/directory/organisations?q=Import%20${suffix}`)).text();
      assert.equal((found.match(/data-organisation="/g) ?? []).length, 2);
      assert.deepEqual(errors, []);
      await context.close();
    });

    test("a member's profile shows their expertise; contact details stay private to visitors", async () => {
      const { context, page, errors } = await openPage(browser, mode);
      await page.goto(`${server.base}/en/directory/organisations/${organisations[6]}`);
      const name = await page.locator('.member__name').first().innerText();
      await page.locator('.member__name').first().click();
      await page.waitForURL(/\/en\/directory\/members\/\d+$/);
      assert.equal(await page.locator('h1').innerText(), name);
      assert.equal(await page.locator('a[href^="mailto:"]').count(), 0);
      assert.match(await page.locator('main').innerText(), new RegExp(message('en', 'main', 'organisation-contact-private')));
      assert.deepEqual(errors, []);
      await context.close();
    });
  });
}

test('the filtered list downloads as CSV, one row per organisation', async () => {
  const list = await (await fetch(`${server.base}/en/directory/organisations?country=AT`)).text();
  const count = Number(list.match(/class="result-count"[^>]*>(\d+)/)[1]);
  const page = await fetch(`${server.base}/api/directory/organisations.csv?country=AT`);
  assert.equal(page.headers.get('content-type'), 'text/csv; charset=utf-8');
  const csv = await page.text();
  assert.ok(csv.startsWith('name,type,country,city,description,description_language,website,sectors,topics,languages\n'));
  const rows = csv.trim().split('\n').slice(1);
  assert.equal(rows.length, count);
  assert.ok(rows.every((r) => r.includes(',AT,')));
});

test('typing in the search updates the results and keeps the focus', async () => {
  const { context, page, errors } = await openPage(browser, { javaScript: true });
  await page.goto(`${server.base}/en/directory/organisations`);
  await hydrated(page);
  const city = (await page.locator('.card__meta').first().innerText()).split(' · ')[0];
  await page.locator('#filter-q').click();
  await page.keyboard.type(city, { delay: 30 });
  await page.waitForURL((url) => url.searchParams.get('q') === city);
  await page.waitForFunction((c) => [...document.querySelectorAll('.card__meta')].every((e) => e.textContent.includes(c)), city);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'filter-q');
  assert.equal(await page.locator('#filter-q').inputValue(), city);
  assert.deepEqual(errors, []);
  await context.close();
});
