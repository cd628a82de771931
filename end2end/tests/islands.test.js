// The islands design: pages are the server's HTML; only the parts that react
// are islands, woken by one WASM that a page without an island never loads.
// No page carries the message catalogue, and the first visit of every page
// stays within its budget (sizes of the built, precompressed files). The Nu
// HTML checker finds no error on a page of each kind.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { hydrated, launchBrowser, modes, openPage, startServer } from '../harness.js';

const site = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../target/site');
const KiB = 1024;
const WASM_BUDGET = 150 * KiB;
const FIRST_VISIT_BUDGET = 160 * KiB;
/** Serialised data (island props, resources) at most this share of a page's HTML. */
const DATA_SHARE = 0.10;

let server;
let browser;
/** One page of each kind, by name. */
let pages;

const link = async (base, from, pattern) => {
  const html = await (await fetch(`${base}${from}`)).text();
  return html.match(pattern)[1];
};

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  const plan = await link(server.base, '/en/plans', /href="(\/en\/plans\/\d+)"/);
  pages = {
    home: '/en',
    directory: '/en/directory',
    organisations: '/en/directory/organisations',
    organisation: await link(server.base, '/en/directory/organisations', /href="(\/en\/directory\/organisations\/[a-z0-9-]+)"/),
    network: await link(server.base, '/en/directory', /href="(\/en\/directory\/networks\/[a-z0-9-]+)"/),
    map: '/en/directory/map',
    partnerships: '/en/directory/partnerships',
    counselling: '/en/counselling',
    thread: await link(server.base, '/en/counselling', /href="(\/en\/counselling\/threads\/\d+)"/),
    plans: '/en/plans',
    plan,
    activity: await link(server.base, plan, /href="(\/en\/plans\/\d+\/activities\/\d+)"/),
    language: '/de/language?from=/de',
    'sign-in': '/fr/account/sign-in',
  };
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const unescape = (text) => text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

/** The islands a page's HTML names, with their props. */
const islandsOf = (html) => [...html.matchAll(/<leptos-island data-component="([^"]+)"(?: data-props="([^"]*)")?/g)]
  .map((m) => ({ name: m[1], props: m[2] ? JSON.parse(unescape(m[2])) : {}, size: (m[2] ?? '').length }));

const brotli = (file) => statSync(path.join(site, `${file}.br`)).size;

test('no page carries the message catalogue or more serialised data than a tenth of its HTML', async () => {
  for (const [name, address] of Object.entries(pages)) {
    const html = await (await fetch(`${server.base}${address}`)).text();
    assert.doesNotMatch(html, /(__RESOLVED_RESOURCES|__SERIALIZED_ERRORS)\s*(=|\[)/, `${name}: no resources serialised`);
    const outside = html.replace(/<leptos-island[\s\S]*?<\/leptos-island>/g, '');
    assert.doesNotMatch(outside, /<!>/, `${name}: no hydration marker outside the islands`);
    assert.match(html, /<\/html>$/, `${name}: nothing after the document`);
    const islands = islandsOf(html);
    for (const island of islands) {
      const messages = Object.keys(island.props.messages?.messages ?? {});
      assert.ok(messages.length <= 10, `${name}: ${island.name} carries ${messages.length} messages`);
    }
    const data = islands.reduce((sum, i) => sum + i.size, 0);
    assert.ok(data <= DATA_SHARE * html.length, `${name}: ${data} B of props in ${html.length} B of HTML`);
  }
});

/** The page less the `<!>` markers inside islands (their children hold none). */
const withoutIslandMarkers = (html) =>
  html.replace(/<leptos-island[\s\S]*?<\/leptos-island>/g, (island) => island.replace(/<!>/g, ''));

test('the Nu HTML checker finds no error on a page of each kind', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'vetnet-nu-'));
  try {
    const files = [];
    for (const [name, address] of Object.entries(pages)) {
      const file = path.join(dir, `${name}.html`);
      const html = await (await fetch(`${server.base}${address}`)).text();
      // The `<!>` markers that hydration needs in an island's own view are the
      // one thing taken out before checking (a parser reads each as an empty
      // bogus comment); the server leaves none anywhere else.
      writeFileSync(file, withoutIslandMarkers(html));
      files.push(file);
    }
    const vnu = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../node_modules/vnu-jar/build/dist/vnu.jar');
    // vnu writes its JSON report to standard error, and nothing when all is valid.
    const run = spawnSync('java', ['-jar', vnu, '--errors-only', '--format', 'json', ...files], { encoding: 'utf8' });
    assert.ok(run.status === 0 || run.status === 1, `vnu ran: ${run.error ?? run.stderr}`);
    const report = run.stderr.trim();
    const errors = (report ? JSON.parse(report).messages : [])
      .map((m) => `${path.basename(m.url ?? '')}: ${m.message} (${m.extract ?? ''})`);
    assert.deepEqual(errors, []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('the WASM and every first visit stay within their budgets', () => {
  const wasm = brotli('pkg/vetnet.wasm');
  assert.ok(wasm <= WASM_BUDGET, `WASM ${(wasm / KiB).toFixed(1)} KiB brotli`);
  const withIslands = wasm + brotli('pkg/vetnet.js') + brotli('pkg/vetnet.css');
  assert.ok(withIslands <= FIRST_VISIT_BUDGET, `first visit ${(withIslands / KiB).toFixed(1)} KiB brotli`);
});

describe('JavaScript on', () => {
  const mode = modes.find((m) => m.javaScript);

  /** Opens `address`; the WASM requests it made and the islands it woke. */
  const visit = async (address) => {
    const opened = await openPage(browser, mode);
    const wasm = [];
    opened.page.on('request', (r) => { if (r.url().endsWith('.wasm')) wasm.push(r.url()); });
    await opened.page.goto(`${server.base}${address}`);
    await hydrated(opened.page);
    return { ...opened, wasm };
  };

  test('a page without an island loads no WASM', async () => {
    for (const address of [pages.home, pages.map, pages.plans]) {
      const { context, page, errors, wasm } = await visit(address);
      assert.equal(await page.locator('leptos-island').count(), 0, `${address} has no island`);
      assert.deepEqual(wasm, [], `${address} loaded no WASM`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });

  test('a page with islands loads the WASM once and names only its islands', async () => {
    const expected = {
      organisations: ['LiveForm'],
      thread: ['LiveReplies'],
      plan: ['PlanLive'],
      activity: ['PlanLive'],
    };
    for (const [name, islands] of Object.entries(expected)) {
      const { context, page, errors, wasm } = await visit(pages[name]);
      const found = await page.locator('leptos-island').evaluateAll((els) => els.map((e) => e.dataset.component.replace(/_\d+$/, '')));
      assert.deepEqual([...new Set(found)].sort(), islands, `${name}: its islands`);
      assert.equal(wasm.length, 1, `${name} loaded the WASM once`);
      assert.deepEqual(errors, []);
      await context.close();
    }
  });
});
