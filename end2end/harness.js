// Starts the built server on a throwaway SQLite database and a free port,
// and opens Chromium with JavaScript on or off.
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const binary = process.env.SERVER_BIN ?? path.join(root, 'target/release/server');
const chromiumPath = process.env.CHROMIUM ?? '/usr/bin/chromium';

async function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/**
 * Seeds a fresh database (or `databaseUrl`, another instance's), starts the
 * server and waits for /readyz.
 */
export async function startServer({ databaseUrl } = {}) {
  const dir = mkdtempSync(path.join(tmpdir(), 'vetnet-e2e-'));
  const port = await freePort();
  const env = {
    ...process.env,
    DATABASE_URL: databaseUrl ?? `sqlite://${dir}/e2e.db?mode=rwc`,
    BIND: `127.0.0.1:${port}`,
    SITE_URL: `http://127.0.0.1:${port}`,
    SITE_ROOT: path.join(root, 'target/site'),
    MAIL_DIR: path.join(dir, 'mail'),
    FILE_STORE: path.join(dir, 'files'),
    LOG: 'warn',
  };
  const seeded = execFileSync(binary, ['seed'], { env, encoding: 'utf8' });
  const match = seeded.match(/seeded: (\d+) networks, (\d+) organisations, (\d+) members/);
  if (!match) throw new Error(`unexpected seed output: ${seeded}`);
  const countries = JSON.parse(readFileSync(path.join(root, 'store/seed/countries.json'), 'utf8')).length;
  const counts = { networks: +match[1], organisations: +match[2], members: +match[3], countries };
  const child = spawn(binary, ['serve'], { env, stdio: ['ignore', 'inherit', 'inherit'] });
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 20_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${base}/readyz`)).ok) break;
    } catch {}
    if (Date.now() > deadline) throw new Error('server not ready within 20 s');
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    base,
    counts,
    pid: child.pid,
    /** Where the library's files are stored. */
    filesDir: env.FILE_STORE,
    /** Invites a person from the command line; returns the link it prints. */
    invite({ email, organisation, role = 'member', network, locale = 'en' }) {
      const args = ['invite', '--email', email, '--organisation', organisation, '--role', role, '--locale', locale, '--site-url', base];
      if (network) args.push('--network', network);
      const out = execFileSync(binary, args, { env, encoding: 'utf8' });
      const link = out.match(/invitation: (\S+)/);
      if (!link) throw new Error(`unexpected invite output: ${out}`);
      return link[1];
    },
    /** A new thread with `replies` replies ("Reply 1: …" on); returns its id. */
    longThread(replies) {
      const out = execFileSync(binary, ['seed', '--thread-replies', String(replies)], { env, encoding: 'utf8' });
      const id = out.match(/^thread: (\d+)$/m);
      if (!id) throw new Error(`unexpected seed output: ${out}`);
      return +id[1];
    },
    /** The e-mails written so far to `to`, oldest first, as raw text. */
    mailTo(to) {
      let files = [];
      try { files = readdirSync(env.MAIL_DIR).sort(); } catch {}
      return files
        .map((f) => readFileSync(path.join(env.MAIL_DIR, f), 'utf8'))
        .filter((m) => m.match(/^To: (.*?)\r?$/m)?.[1] === to);
    },
    async stop() {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: chromiumPath,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * A page in a fresh context, with JavaScript on or off (and the clocks of
 * `timezoneId`, when given). Console errors and
 * page errors are collected so a scenario can assert there were none.
 */
export async function openPage(browser, { javaScript, locale = 'en-GB', timezoneId }) {
  const context = await browser.newContext({ javaScriptEnabled: javaScript, locale, timezoneId });
  const page = await context.newPage();
  const errors = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  return { context, page, errors };
}

/** With JavaScript on, waits until the WASM has hydrated the page. */
export async function hydrated(page) {
  await page.waitForFunction(() => document.documentElement.dataset.hydrated === 'true', null, { timeout: 15_000 });
}

export const modes = [
  { name: 'JavaScript on', javaScript: true },
  { name: 'JavaScript off', javaScript: false },
];

/** One single-line message of a locale's file, as written. */
export const message = (locale, file, id) =>
  readFileSync(path.join(root, `locales/${locale}/${file}.ftl`), 'utf8').match(new RegExp(`^${id} = (.*)$`, 'm'))[1];

/** A new account, signed in by accepting its invitation in a fresh browser context. */
export async function signedIn(server, browser, mode, { email, organisation, role = 'member', network, locale = 'en', name = 'Eva' }) {
  const link = server.invite({ email, organisation, role, network, locale });
  const opened = await openPage(browser, mode);
  await opened.page.goto(link);
  await opened.page.locator('#given_name').fill(name);
  await opened.page.locator('#family_name').fill(email.split('@')[0]);
  await opened.page.locator('#password').fill('Vier Brücken 2026');
  await opened.page.locator('main button[type="submit"]').click();
  await opened.page.waitForURL(new RegExp(`/${locale}/account$`));
  return opened;
}

/** The slugs of the organisations on the first page of the list, in its order. */
export async function organisationSlugs(server) {
  const list = await (await fetch(`${server.base}/en/directory/organisations`)).text();
  return [...new Set([...list.matchAll(/\/en\/directory\/organisations\/([a-z0-9-]+)"/g)].map((m) => m[1]))];
}

/**
 * A fresh PostgreSQL database for several instances, when TEST_POSTGRES_URL
 * names a server; its URL and how to drop it. `null` without one.
 */
export function postgresDatabase() {
  const admin = process.env.TEST_POSTGRES_URL;
  if (!admin) return null;
  const name = `vetnet_e2e_${process.pid}_${Date.now()}`;
  execFileSync('psql', [admin, '-qtAc', `CREATE DATABASE ${name}`]);
  return {
    url: `${admin.slice(0, admin.lastIndexOf('/'))}/${name}`,
    drop() {
      execFileSync('psql', [admin, '-qtAc', `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`]);
    },
  };
}
