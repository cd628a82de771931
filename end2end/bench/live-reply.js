// How long a reply takes from the poster's click to its appearance on another
// open page of the thread (a visitor's, hydrated, following the live stream).
// Three members post ten replies each (the posting limit), one at a time.
// Prints Markdown for BENCHMARKS.md.
import { hydrated, launchBrowser, openPage, organisationSlugs, signedIn, startServer } from '../harness.js';

const POSTERS = 3;
const REPLIES_EACH = 10;

const server = await startServer();
const browser = await launchBrowser();
try {
  const organisations = await organisationSlugs(server);
  const threads = await (await fetch(`${server.base}/en/counselling`)).text();
  const thread = `${server.base}${threads.match(/href="(\/en\/counselling\/threads\/\d+)"/)[1]}`;

  const viewer = await openPage(browser, { javaScript: true });
  await viewer.page.goto(thread);
  await hydrated(viewer.page);
  await viewer.page.evaluate(() => {
    window.__seen = [];
    const list = document.querySelector('.replies');
    new MutationObserver(() => {
      const now = Date.now();
      const count = list.querySelectorAll('.post').length;
      while (window.__seen.length < count) window.__seen.push(now);
    }).observe(list, { childList: true, subtree: true });
    window.__start = list.querySelectorAll('.post').length;
    window.__seen = Array(window.__start).fill(0);
  });

  const samples = [];
  for (let p = 0; p < POSTERS; p++) {
    const poster = await signedIn(server, browser, { javaScript: false }, {
      email: `bench.poster${p}@example.eu`, organisation: organisations[p], name: `Poster${p}`,
    });
    await poster.page.goto(thread);
    for (let r = 0; r < REPLIES_EACH; r++) {
      const expected = await viewer.page.evaluate(() => window.__seen.length + 1);
      await poster.page.locator('#reply-body').fill(`Benchmark reply ${p}.${r}: what worked for us was a shared calendar.`);
      const clicked = Date.now();
      await poster.page.locator('#reply button[type="submit"]').click();
      await viewer.page.waitForFunction((n) => window.__seen.length >= n, expected, { timeout: 10_000 });
      const seen = await viewer.page.evaluate((n) => window.__seen[n - 1], expected);
      samples.push(seen - clicked);
      await poster.page.waitForURL(/done=reply-posted/);
    }
    await poster.context.close();
  }
  samples.sort((a, b) => a - b);
  const at = (q) => samples[Math.min(samples.length - 1, Math.ceil(q * samples.length) - 1)];
  console.log(`| replies | p50 | p99 | max |`);
  console.log(`|---|---|---|---|`);
  console.log(`| ${samples.length} | ${at(0.5)} ms | ${at(0.99)} ms | ${samples[samples.length - 1]} ms |`);
} finally {
  await browser.close();
  await server.stop();
}
