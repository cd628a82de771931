// The memory of one instance holding many live viewers of a plan (each an
// open event stream of a signed-in member, so each is also a presence), and
// how long one change takes to reach all of them. Prints Markdown for
// BENCHMARKS.md. VIEWERS (default 1000) streams, SQLite.
import { launchBrowser, organisationSlugs, signedIn, startServer } from '../harness.js';
import { readFileSync } from 'node:fs';

const VIEWERS = Number(process.env.VIEWERS ?? 1000);
const rss = (pid) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/)[1]) / 1024;

const server = await startServer();
const browser = await launchBrowser();
const streams = [];
try {
  const list = await (await fetch(`${server.base}/en/plans`)).text();
  const id = list.match(/href="\/en\/plans\/(\d+)"/)[1];
  const slugs = await organisationSlugs(server);
  const member = await signedIn(server, browser, { javaScript: false }, {
    email: 'bench.viewer@example.eu', organisation: slugs[0], role: 'facilitator', network: 'eurovet-network', name: 'Viewer',
  });
  const cookie = (await member.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  const idle = rss(server.pid);
  const seen = new Array(VIEWERS).fill(0);
  // Each stream starts after the plan's latest revision, as an open page's does.
  const last = (await (await fetch(`${server.base}/api/plans/plan?id=${id}&locale=en`)).json()).last_revision;
  let target = Infinity;
  const opened = [];
  for (let i = 0; i < VIEWERS; i++) {
    const controller = new AbortController();
    const response = await fetch(`${server.base}/api/plans/${id}/events?after=${last}`, { headers: { cookie }, signal: controller.signal });
    streams.push(controller);
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    opened.push(new Promise((resolve) => {
      let text = '';
      (async () => {
        for (;;) {
          let chunk;
          try { chunk = await reader.read(); } catch { return; }
          if (chunk.done) return;
          text += decoder.decode(chunk.value);
          if (text.includes('event: presence')) resolve();
          const ids = [...text.matchAll(/^id: ?(\d+)$/gm)].map((m) => +m[1]);
          if (ids.some((n) => n >= target) && !seen[i]) seen[i] = Date.now();
          if (text.length > 100_000) text = text.slice(-1000);
        }
      })();
    }));
  }
  await Promise.all(opened);
  await new Promise((r) => setTimeout(r, 2000));
  const holding = rss(server.pid);
  // One change, through the plain form, to all of them.
  await member.page.goto(`${server.base}/en/plans/${id}`);
  const activity = await member.page.locator('li.activity h3 a').first().getAttribute('href');
  await member.page.goto(`${server.base}${activity}`);
  await member.page.locator('#activity-progress-field').fill('33');
  // Every stream started after all history: the next id any of them sees is this change.
  target = 0;
  const before = Date.now();
  await member.page.locator('#activity-form button[type="submit"]').click();
  await member.page.waitForURL(/done=activity-saved/);
  const deadline = Date.now() + 20_000;
  while (seen.some((s) => s === 0) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
  const reached = seen.filter((s) => s > 0).map((s) => s - before).sort((a, b) => a - b);
  const peak = rss(server.pid);
  console.log('| viewers | RSS idle | RSS holding them | RSS after one change | change reached all | p50 | max |');
  console.log('|---|---|---|---|---|---|---|');
  console.log(`| ${VIEWERS} | ${idle.toFixed(0)} MB | ${holding.toFixed(0)} MB | ${peak.toFixed(0)} MB | ${reached.length}/${VIEWERS} | ${reached[Math.floor(reached.length / 2)] ?? '-'} ms | ${reached[reached.length - 1] ?? '-'} ms |`);
  await member.context.close();
} finally {
  for (const s of streams) s.abort();
  await browser.close();
  await server.stop();
}
