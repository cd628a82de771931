// How long a facilitator's save takes to reach another facilitator's open
// page when the two are served by different instances on one PostgreSQL
// database (the change crosses through NOTIFY/LISTEN). The writer saves an
// activity's progress through the plain form on instance one; the reader
// has the activity open, hydrated, on instance two. Prints Markdown for
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
  await writer.page.goto(`${one.base}${activity}`);
  const samples = [];
  for (let i = 0; i < SAVES; i++) {
    const value = String(1 + (i % 99));
    await reader.page.evaluate((v) => { delete window.__shown[v]; }, value);
    await writer.page.locator('#activity-progress-field').fill(value);
    const clicked = Date.now();
    await writer.page.locator('#activity-form button[type="submit"]').click();
    await reader.page.waitForFunction((v) => v in window.__shown, value, { timeout: 10_000 });
    const seen = await reader.page.evaluate((v) => window.__shown[v], value);
    samples.push(seen - clicked);
    await writer.page.waitForURL(/done=activity-saved/);
  }
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)];
  console.log('| saves | p50 | p99 | max |');
  console.log('|---|---|---|---|');
  console.log(`| ${samples.length} | ${at(0.5)} ms | ${at(0.99)} ms | ${samples[samples.length - 1]} ms |`);
} finally {
  await browser.close();
  await one.stop();
  await two.stop();
  database.drop();
}
