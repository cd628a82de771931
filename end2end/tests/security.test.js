// The security baseline over plain HTTP: cross-site posts are refused, sign-in
// is throttled with Retry-After, and no answer tells whether an account exists.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../harness.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const message = (locale, id) =>
  readFileSync(path.join(root, `locales/${locale}/account.ftl`), 'utf8').match(new RegExp(`^${id} = (.*)$`, 'm'))[1];

let server;

before(async () => {
  server = await startServer();
});

after(async () => {
  await server?.stop();
});

const form = (fields) => new URLSearchParams(fields).toString();

async function post(path, fields, headers = {}) {
  return fetch(`${server.base}${path}`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'text/html', referer: `${server.base}/en/account/sign-in`, ...headers },
    body: form(fields),
  });
}

test('a post from another site is refused, translated, and changes nothing', async () => {
  const list = await (await fetch(`${server.base}/en/directory/organisations`)).text();
  const organisation = list.match(/\/en\/directory\/organisations\/([a-z0-9-]+)"/)[1];
  server.invite({ email: 'x-site@example.fr', organisation, locale: 'fr' });
  const [mail] = server.mailTo('x-site@example.fr');
  const token = mail.match(/\/account\/invitation\/(\S+?)\r?$/m)[1];
  const fields = { locale: 'fr', token, given_name: 'Eve', family_name: 'Malin', password: 'Un mot de passe sûr' };
  for (const headers of [{ origin: 'https://evil.example' }, { 'sec-fetch-site': 'cross-site' }]) {
    const refused = await post('/api/account/invitation/accept', fields, { ...headers, referer: `${server.base}/fr/account/invitation/${token}` });
    assert.equal(refused.status, 403);
    assert.equal(refused.headers.get('set-cookie'), null);
    assert.equal(await refused.text(), message('fr', 'error-cross-site'));
  }
  // The invitation is still unused: the same post from the site itself works.
  const accepted = await post('/api/account/invitation/accept', fields, { origin: server.base, referer: `${server.base}/fr/account/invitation/${token}` });
  assert.equal(accepted.status, 302);
  assert.match(accepted.headers.get('set-cookie'), /^session=[\w-]{43}; Path=\/; HttpOnly; SameSite=Lax$/);
});

test('the sixth sign-in of a minute from one address gets 429 with Retry-After', async () => {
  const statuses = [];
  let last;
  for (let i = 0; i < 6; i++) {
    last = await fetch(`${server.base}/api/account/sign-in`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
      body: form({ locale: 'en', email: `guess${i}@example.org`, password: 'wrong wrong' }),
    });
    statuses.push(last.status);
  }
  assert.deepEqual(statuses.slice(0, 5), [422, 422, 422, 422, 422], 'a wrong password is refused, not an error');
  assert.equal(statuses[5], 429);
  const wait = Number(last.headers.get('retry-after'));
  assert.ok(wait >= 1 && wait <= 60, `Retry-After ${wait}`);
  assert.deepEqual(await last.json(), { TooMany: wait });
});

test('a reset request answers the same for an unknown and a known address', async () => {
  const list = await (await fetch(`${server.base}/en/directory/organisations`)).text();
  const organisation = list.match(/\/en\/directory\/organisations\/([a-z0-9-]+)"/)[1];
  server.invite({ email: 'known@example.org', organisation });
  const token = server.mailTo('known@example.org')[0].match(/\/account\/invitation\/(\S+?)\r?$/m)[1];
  const created = await post(
    '/api/account/invitation/accept',
    { locale: 'en', token, given_name: 'Kim', family_name: 'Known', password: 'Known and safe 1' },
    { origin: server.base, referer: `${server.base}/en/account/invitation/${token}` },
  );
  assert.equal(created.status, 302);
  const answer = async (email) => {
    const r = await post('/api/account/reset', { locale: 'en', email }, { origin: server.base, referer: `${server.base}/en/account/reset` });
    return [r.status, r.headers.get('location').replace(encodeURIComponent(email), 'EMAIL').replace(email, 'EMAIL')];
  };
  assert.deepEqual(await answer('nobody@example.org'), await answer('known@example.org'));
  assert.equal(server.mailTo('nobody@example.org').length, 0);
  assert.equal(server.mailTo('known@example.org').length, 2, 'the invitation, then the reset link');
});
