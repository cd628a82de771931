// How long a facilitator's save takes to reach another facilitator's open
// page when the two are served by different instances on one PostgreSQL
// database (the change crosses through NOTIFY/LISTEN). The writer saves an
// activity's progress through the plain form on instance one (timed from the
// moment the form is sent); the reader has the activity open, hydrated, on
// instance two (timed when the new value is on the screen). Prints Markdown for
// BENCHMARKS.md. Needs TEST_POSTGRES_URL (default: the local server).
import {
  hydrated, launchBrowser, openPage, organisationSlugs, postgresDatabase, signedIn, startServer,
} from '../harness.js';

const SAVES = Number(process.env.SAVES ?? 100);
process.env.TEST_POSTGRES_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';

const database = postgresDatabase();
const one = await startServer({ databaseUrl: database.url });
const two = await startServer({ databaseUrl: database.url });
const browser = await launchBrowser();
try {
  const list = await (await fetch(`${one.base}/en/plans`)).text();
  const plan = list.match(/href="(\/en\/plans\/\d+)"/)[1];
  const page = await (await fetch(`${one.base}${plan}`)).text();
  const activity = page.match(/href="(\/en\/plans\/\d+\/activities\/\d+)"/)[1];
  const slugs = await organisationSlugs(one);
  const network = 'eurovet-network';
  const writer = await signedIn(one, browser, { javaScript: false }, {
    email: 'bench.writer@example.eu', organisation: slugs[0], role: 'facilitator', network, name: 'Writer',
  });
  const reader = await signedIn(two, browser, { javaScript: true }, {
    email: 'bench.reader@example.eu', organisation: slugs[1], role: 'facilitator', network, name: 'Reader',
  });
  await reader.page.goto(`${two.base}${activity}`);
  await hydrated(reader.page);
  // The reader's page notes when each progress value first shows.
  await reader.page.evaluate(() => {
    window.__shown = {};
    const note = () => {
      const text = document.querySelector('.thread__meta .progress__text')?.textContent ?? '';
      const value = text.match(/\d+/)?.[0];
      if (value && !(value in window.__shown)) window.__shown[value] = Date.now();
    };
    new MutationObserver(note).observe(document.querySelector('main'), { childList: true, subtree: true, characterData: true });
  });
  // Beside the page, a bare stream of instance two notes when each change arrives there.
  const planId = plan.match(/\d+$/)[0];
  const arrived = new Map();
  const stream = new AbortController();
  const last = (await (await fetch(`${two.base}/api/plans/plan?id=${planId}&locale=en`)).json()).last_revision;
  const events = await fetch(`${two.base}/api/plans/${planId}/events?after=${last}`, { signal: stream.signal });
  (async () => {
    const reader = events.body.getReader();
    const decoder = new TextDecoder();
    let text = '';
    for (;;) {
      let chunk;
      try { chunk = await reader.read(); } catch { return; }
      if (chunk.done) return;
      text += decoder.decode(chunk.value);
      for (const m of text.matchAll(/"field":"progress","after":"(\d+)"/g)) {
        if (!arrived.has(m[1])) arrived.set(m[1], Date.now());
      }
      text = text.slice(-500);
    }
  })();
  await writer.page.goto(`${one.base}${activity}`);
  const samples = [];
  const streamed = [];
  for (let i = 0; i < SAVES; i++) {
    const value = String(1 + (i % 99));
    await reader.page.evaluate((v) => { delete window.__shown[v]; }, value);
    arrived.delete(value);
    await writer.page.locator('#activity-progress-field').fill(value);
    // The save starts when the form is sent (the browser's clock: the same machine's).
    const clicked = await writer.page.evaluate(() => {
      const at = Date.now();
      document.querySelector('#activity-form').requestSubmit();
      return at;
    });
    await reader.page.waitForFunction((v) => v in window.__shown, value, { timeout: 10_000 });
    const seen = await reader.page.evaluate((v) => window.__shown[v], value);
    samples.push(seen - clicked);
    if (arrived.has(value)) streamed.push(arrived.get(value) - clicked);
    await writer.page.waitForURL(/done=activity-saved/);
  }
  stream.abort();
  const at = (list, q) => {
    const sorted = [...list].sort((a, b) => a - b);
    return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)];
  };
  console.log('| saves | on the other page: p50 | p99 | max | in instance two\'s stream: p50 | p99 |');
  console.log('|---|---|---|---|---|---|');
  console.log(`| ${samples.length} | ${at(samples, 0.5)} ms | ${at(samples, 0.99)} ms | ${at(samples, 1)} ms | ${at(streamed, 0.5)} ms | ${at(streamed, 0.99)} ms |`);
} finally {
  await browser.close();
  await one.stop();
  await two.stop();
  database.drop();
}
