import { hydrated, launchBrowser, openPage, signedIn, startServer } from './harness.js';
const server = await startServer(); const browser = await launchBrowser();
try {
  const orgs = await (await fetch(`${server.base}/en/directory/organisations`)).text();
  const organisation = orgs.match(/\/en\/directory\/organisations\/([a-z0-9-]+)"/)[1];
  const list = await (await fetch(`${server.base}/en/counselling`)).text();
  const threads = [...list.matchAll(/href="(\/en\/counselling\/threads\/\d+)"/g)].map((m) => m[1]);
  const visitor = await openPage(browser, { javaScript: false });
  await visitor.page.setViewportSize({ width: 1100, height: 1400 });
  await visitor.page.goto(`${server.base}/fr/counselling`);
  await visitor.page.screenshot({ path: '/tmp/shot-list-fr.png', fullPage: false });
  await visitor.page.goto(`${server.base}${threads.at(-1).replace('/en/', '/de/')}`);
  await visitor.page.screenshot({ path: '/tmp/shot-thread-de.png', fullPage: true });
  const { page } = await signedIn(server, browser, { javaScript: true }, { email: 'shot@example.eu', organisation, locale: 'pl', name: 'Anna' });
  await page.setViewportSize({ width: 1100, height: 1400 });
  await page.goto(`${server.base}/pl/counselling/ask`); await hydrated(page);
  await page.locator('#ask-title').fill('Jak oceniać praktyki zawodowe?');
  await page.locator('#ask-body').fill('Szukamy **kryteriów** oceny.\n\n- w firmie\n- w szkole');
  await page.locator('.markdown-preview strong').waitFor();
  await page.screenshot({ path: '/tmp/shot-ask-pl.png', fullPage: true });
  await page.goto(`${server.base}${threads[0].replace('/en/', '/pl/')}`); await hydrated(page);
  await page.screenshot({ path: '/tmp/shot-thread-pl.png', fullPage: true });
  await page.goto(`${server.base}/pl/counselling/notifications`);
  await page.screenshot({ path: '/tmp/shot-notifications-pl.png', fullPage: true });
} finally { await browser.close(); await server.stop(); }
