// Accounts in the browser: an invitation e-mail leads to a new account that
// signs out and in again; a wrong password is refused in the page's language.
// Every scenario runs with JavaScript on and with it off.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hydrated, launchBrowser, modes, openPage, startServer } from '../harness.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** One message of a locale's account.ftl, as written (single-line messages only). */
const message = (locale, id) =>
  readFileSync(path.join(root, `locales/${locale}/account.ftl`), 'utf8').match(new RegExp(`^${id} = (.*)$`, 'm'))[1];

let server;
let browser;
let organisation;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const list = await (await fetch(`${server.base}/en/directory/organisations`)).text();
  organisation = list.match(/\/en\/directory\/organisations\/([a-z0-9-]+)"/)[1];
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const password = 'Tri mosta 2026';

for (const mode of modes) {
  describe(mode.name, () => {
    test('an invitation e-mail leads to an account that signs out and in again', async () => {
      const email = `ana.${mode.javaScript ? 'on' : 'off'}@example.si`;
      server.invite({ email, organisation, role: 'coordinator', locale: 'sl' });
      const [mail] = server.mailTo(email);
      assert.ok(mail, 'the invitation was written to the mail folder');
      assert.match(mail, /^Subject: .+$/m);
      const link = mail.match(/^(http\S+\/sl\/account\/invitation\/\S+?)\r?$/m)[1];

      const { context, page, errors } = await openPage(browser, mode);
      await page.goto(link);
      if (mode.javaScript) await hydrated(page);
      assert.equal(await page.locator('html').getAttribute('lang'), 'sl');
      assert.match(await page.locator('main').innerText(), new RegExp(email.replace('.', '\\.')));
      await page.locator('#given_name').fill('Ana');
      await page.locator('#family_name').fill('Novak');
      await page.locator('#password').fill('password');
      await page.locator('main button[type="submit"]').click();
      await page.waitForURL(/__err=/);
      assert.equal(await page.locator('[role="alert"]').innerText(), message('sl', 'error-password-common'));

      await page.locator('#given_name').fill('Ana');
      await page.locator('#family_name').fill('Novak');
      await page.locator('#password').fill(password);
      await page.locator('main button[type="submit"]').click();
      await page.waitForURL(/\/sl\/account$/);
      assert.equal(await page.locator('h1').innerText(), message('sl', 'account-title'));
      assert.match(await page.locator('main').innerText(), new RegExp(message('sl', 'role-coordinator-held')));

      await page.locator('.account-links button').click();
      await page.waitForURL(/\/sl$/);
      assert.equal(await page.locator('.account-links a').innerText(), message('sl', 'nav-sign-in'));

      await page.locator('.account-links a').click();
      await page.waitForURL(/\/sl\/account\/sign-in$/);
      if (mode.javaScript) await hydrated(page);
      await page.locator('#email').fill(email.toUpperCase());
      await page.locator('#password').fill(password);
      await page.locator('main button[type="submit"]').click();
      await page.waitForURL(/\/sl\/account$/);
      assert.equal(await page.locator('.account-links a').innerText(), message('sl', 'nav-account'));

      // Signed in, a member sees contact details on an organisation's page; a visitor does not.
      await page.goto(`${server.base}/sl/directory/organisations/${organisation}`);
      assert.equal(await page.locator(`a[href="mailto:${email}"]`).count(), 1);
      const visitor = await openPage(browser, mode);
      await visitor.page.goto(`${server.base}/sl/directory/organisations/${organisation}`);
      const seen = await visitor.page.locator('main').innerText();
      assert.match(seen, /Ana Novak/, 'the visitor sees the member');
      assert.ok(!seen.includes(email), 'but not their address');
      assert.equal(await visitor.page.locator('a[href^="mailto:"]').count(), 0);
      await visitor.context.close();
      assert.deepEqual(errors, []);
      await context.close();
    });

    test('a wrong password is refused with a translated message', async () => {
      const email = `jonas.${mode.javaScript ? 'on' : 'off'}@example.de`;
      const link = server.invite({ email, organisation, role: 'member', locale: 'de' });
      const { context, page, errors } = await openPage(browser, mode);
      await page.goto(link);
      await page.locator('#given_name').fill('Jonas');
      await page.locator('#family_name').fill('Weber');
      await page.locator('#password').fill(password);
      await page.locator('main button[type="submit"]').click();
      await page.waitForURL(/\/de\/account$/);
      await page.locator('.account-links button').click();
      await page.waitForURL(/\/de$/);

      await page.goto(`${server.base}/de/account/sign-in`);
      if (mode.javaScript) await hydrated(page);
      await page.locator('#email').fill(email);
      await page.locator('#password').fill('nicht mein Passwort');
      await page.locator('main button[type="submit"]').click();
      await page.waitForURL(/__err=/);
      if (mode.javaScript) await hydrated(page);
      assert.equal(await page.locator('[role="alert"]').innerText(), message('de', 'error-wrong-credentials'));
      assert.equal(await page.locator('.account-links a').innerText(), message('de', 'nav-sign-in'), 'still signed out');
      assert.deepEqual(errors, []);
      await context.close();
    });
    test('a visitor asks to join a network; its facilitator approves and the invitation goes out', async () => {
      const suffix = mode.javaScript ? 'on' : 'off';
      const directory = await (await fetch(`${server.base}/en/directory`)).text();
      const network = directory.match(/\/en\/directory\/networks\/(national-[a-z]{2})"/)[1];
      const networkPage = await (await fetch(`${server.base}/en/directory/networks/${network}`)).text();
      const memberOrganisation = networkPage.match(/\/en\/directory\/organisations\/([a-z0-9-]+)"/)[1];
      const facilitatorLink = server.invite({ email: `fac.${suffix}@example.eu`, organisation: memberOrganisation, role: 'facilitator', network });

      // The visitor asks, in Italian.
      const visitorEmail = `giulia.${suffix}@example.it`;
      const visitor = await openPage(browser, mode);
      await visitor.page.goto(`${server.base}/it/directory/networks/${network}`);
      if (mode.javaScript) await hydrated(visitor.page);
      await visitor.page.locator('#join-given').fill('Giulia');
      await visitor.page.locator('#join-family').fill('Rossi');
      await visitor.page.locator('#join-email').fill(visitorEmail);
      await visitor.page.locator('#join-message').fill('Vorremmo partecipare.');
      await visitor.page.locator('#join button[type="submit"]').click();
      await visitor.page.waitForURL(/done=join-sent/);
      assert.equal(await visitor.page.locator('[role="status"]').innerText(), message('it', 'join-sent'));
      assert.deepEqual(visitor.errors, []);
      await visitor.context.close();

      // The facilitator creates their account and decides.
      const { context, page, errors } = await openPage(browser, mode);
      await page.goto(facilitatorLink);
      await page.locator('#given_name').fill('Fabio');
      await page.locator('#family_name').fill('Facilitatore');
      await page.locator('#password').fill(password);
      await page.locator('main button[type="submit"]').click();
      await page.waitForURL(/\/en\/account$/);
      await page.goto(`${server.base}/en/directory/networks/${network}`);
      if (mode.javaScript) await hydrated(page);
      const request = page.locator('.request', { hasText: visitorEmail });
      assert.match(await request.innerText(), /Giulia Rossi/);
      assert.match(await request.innerText(), /Vorremmo partecipare\./);
      assert.equal(await page.locator('#join').count(), 0, 'no request form for a member');
      await request.getByRole('button', { name: message('en', 'request-approve') }).click();
      await page.waitForURL(/done=request-approved/);
      assert.match(await page.locator('[role="status"]').innerText(), new RegExp(visitorEmail.replace(/\./g, '\\.')));
      assert.equal(await page.locator('.request', { hasText: visitorEmail }).count(), 0, 'decided requests leave the list');

      const [invitation] = server.mailTo(visitorEmail);
      assert.ok(invitation, 'the approved visitor is invited by e-mail');
      assert.match(invitation, /\/it\/account\/invitation\//, 'in the language they asked in');
      assert.deepEqual(errors, []);
      await context.close();
    });
    test('a member changes the password, then deletes the account after reading what happens', async () => {
      const email = `lena.${mode.javaScript ? 'on' : 'off'}@example.at`;
      const link = server.invite({ email, organisation, locale: 'de' });
      const { context, page, errors } = await openPage(browser, mode);
      await page.goto(link);
      await page.locator('#given_name').fill('Lena');
      await page.locator('#family_name').fill('Huber');
      await page.locator('#password').fill(password);
      await page.locator('main button[type="submit"]').click();
      await page.waitForURL(/\/de\/account$/);
      if (mode.javaScript) await hydrated(page);

      await page.locator('#current').fill('falsches Passwort');
      await page.locator('#password').fill('Neues Passwort 2027');
      await page.locator('#password').press('Enter');
      await page.waitForURL(/__err=/);
      assert.equal(await page.locator('[role="alert"]').innerText(), message('de', 'error-current-password-wrong'));
      await page.locator('#current').fill(password);
      await page.locator('#password').fill('Neues Passwort 2027');
      await page.locator('#password').press('Enter');
      await page.waitForURL(/done=account-password-changed/);
      assert.equal(await page.locator('[role="status"]').innerText(), message('de', 'account-password-changed'));

      assert.equal(await page.locator('main').getByText(message('de', 'account-delete-explain')).count(), 1);
      await page.locator('#delete-current').fill('Neues Passwort 2027');
      await page.getByRole('button', { name: message('de', 'account-delete-submit') }).click();
      await page.waitForURL(/\/de\/account\/sign-in\?done=account-deleted/);
      assert.equal(await page.locator('[role="status"]').innerText(), message('de', 'account-deleted'));
      assert.equal(await page.locator('.account-links a').innerText(), message('de', 'nav-sign-in'));

      // The session went with the account (the store tests check that the
      // account itself is gone; another sign-in here would meet the limit of
      // five a minute per address that this server's scenarios share).
      await page.goto(`${server.base}/de/account`);
      await page.waitForURL(/\/de\/account\/sign-in$/);
      assert.deepEqual(errors, []);
      await context.close();
    });

  });
}
