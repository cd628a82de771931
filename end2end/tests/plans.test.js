// Strategy and action plans in the browser. A visitor reads the demo plan
// (aspirations, progress, timeline, filters, print view, CSV), with
// JavaScript on and off and in German. Without JavaScript, two facilitators
// change different fields of one activity and both land; the second of two
// changing the same field is refused with the other's value shown and
// replaces it by choice; a bad date changes nothing. With JavaScript, two
// facilitators see each other on the page, a change to a field one has not
// touched appears in their form, a change to a field being edited warns and
// ends in the choice; a save made offline is kept and sent on reconnection;
// a reconnecting stream gets every missed change in order. A feedback round:
// a member comments, a facilitator resolves and closes it, the version is
// kept and compared word by word. A follower is told of a status change.
// On PostgreSQL, a change saved through one instance reaches a page served
// by another.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  hydrated, launchBrowser, message, modes, openPage, organisationSlugs, postgresDatabase, signedIn, startServer,
} from '../harness.js';

const NETWORK = 'eurovet-network';
let server;
let browser;
let organisations;
let plan;
let activities;

/** The paths of the plan and of its activities, as the plans list and plan page link them. */
async function planPaths(base) {
  const list = await (await fetch(`${base}/en/plans`)).text();
  const planPath = list.match(/href="(\/en\/plans\/\d+)"/)[1];
  const page = await (await fetch(`${base}${planPath}`)).text();
  const found = [...new Set([...page.matchAll(/href="(\/en\/plans\/\d+\/activities\/\d+)"/g)].map((m) => m[1]))];
  return { planPath, activityPaths: found };
}

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  organisations = await organisationSlugs(server);
  const paths = await planPaths(server.base);
  plan = paths.planPath;
  activities = paths.activityPaths;
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const facilitator = (mode, n, name) => signedIn(server, browser, mode, {
  email: `facilitator${n}.${mode.javaScript ? 'js' : 'plain'}@example.eu`,
  organisation: organisations[n], role: 'facilitator', network: NETWORK, name,
});

async function open(page, mode, url) {
  await page.goto(url);
  if (mode.javaScript) await hydrated(page);
}

for (const mode of modes) {
  describe(`reading a plan, ${mode.name}`, () => {
    test('a visitor reads aspirations, progress, timeline, filters, the print view and the CSV', async () => {
      const { context, page, errors } = await openPage(browser, mode);
      await open(page, mode, `${server.base}${plan}`);
      assert.match(await page.locator('h1').innerText(), /EuroVET Strategy 2026/);
      assert.equal(await page.locator('section.aspiration').count(), 4, 'four aspirations');
      assert.equal(await page.locator('svg.timeline').count(), 1, 'the timeline is drawn');
      assert.ok(await page.locator('svg.timeline .timeline__activity').count() >= 8, 'a bar per dated activity');
      assert.ok(await page.locator('progress').count() >= 5, 'progress of the plan and each aspiration');
      await page.locator('#filter-status').selectOption('blocked');
      await page.locator('form.filters button').click();
      await page.waitForURL(/status=blocked/);
      const statuses = await page.locator('li.activity').evaluateAll((cards) => cards.map((c) => c.dataset.status));
      assert.ok(statuses.length >= 1 && statuses.every((s) => s === 'blocked'), `only blocked activities: ${statuses}`);
      assert.equal(await page.locator('#activity-form').count(), 0, 'a visitor has no form');
      await open(page, mode, `${server.base}${plan}/print`);
      assert.ok(await page.locator('.print-table tbody tr').count() >= 8, 'every activity on paper');
      assert.equal(await page.locator('main form').count(), 0, 'nothing to fill in');
      const german = `${server.base}${plan.replace('/en/', '/de/')}`;
      await open(page, mode, german);
      assert.ok((await page.locator('main').innerText()).includes(message('de', 'plans', 'activity-status-blocked')), 'German status names');
      const csv = await (await fetch(`${server.base}${plan.replace('/en/plans/', '/api/plans/')}/activities.csv`)).text();
      const lines = csv.trim().split('\n');
      assert.equal(lines[0], 'id,aspirations,title,description,owner,contributors,start_on,due_on,status,progress,indicators');
      assert.equal(lines.length, 9, 'a line per activity');
      assert.deepEqual(errors, []);
      await context.close();
    });
  });
}

describe('editing without JavaScript', () => {
  test('different fields both land; the same field is refused with the other value shown, then replaced by choice', async () => {
    const off = modes[1];
    const anna = await facilitator(off, 0, 'Anna');
    const ben = await facilitator(off, 1, 'Ben');
    const url = `${server.base}${activities[0]}`;
    await anna.page.goto(url);
    await ben.page.goto(url);
    // Both opened the same form. Anna rewrites the description.
    await anna.page.locator('#activity-description-field').fill('Monthly online meetings of the mobility coordinators.');
    await anna.page.locator('#activity-form button[type="submit"]').click();
    await anna.page.waitForURL(/done=activity-saved/);
    // Ben, from the form as it was, sets the progress and rewrites the description too.
    await ben.page.locator('#activity-progress-field').fill('65');
    await ben.page.locator('#activity-description-field').fill('Two meetings a year in a member country.');
    await ben.page.locator('#activity-form button[type="submit"]').click();
    await ben.page.waitForURL(/conflict=1/);
    const conflict = ben.page.locator('.conflict[data-field="description"]');
    assert.equal(await conflict.locator('.conflict__theirs').innerText(), 'Monthly online meetings of the mobility coordinators.');
    assert.equal(await conflict.locator('.conflict__mine').innerText(), 'Two meetings a year in a member country.');
    assert.match(await conflict.innerText(), /Anna/);
    assert.equal(await ben.page.locator('.conflict').count(), 1, 'only the description is in conflict');
    assert.match(await ben.page.locator('.thread__meta .progress__text').innerText(), /65/, 'the progress landed');
    assert.equal(await ben.page.locator('#activity-description').innerText(), 'Monthly online meetings of the mobility coordinators.', 'nothing overwritten');
    // Ben merges both texts.
    await conflict.locator('textarea').fill('Monthly online meetings of the mobility coordinators, and two meetings a year in a member country.');
    await conflict.locator('button[value="merge"]').click();
    await ben.page.waitForURL(/done=activity-saved/);
    assert.equal(await ben.page.locator('#activity-description').innerText(), 'Monthly online meetings of the mobility coordinators, and two meetings a year in a member country.');
    const history = await ben.page.locator('#history .revision').allInnerTexts();
    assert.ok(history.filter((h) => h.includes('Description')).length >= 2, 'both descriptions are in the history');
    // A due date before the start is refused and changes nothing.
    await ben.page.locator('#activity-due-field').fill('2020-01-01');
    await ben.page.locator('#activity-progress-field').fill('90');
    await ben.page.locator('#activity-form button[type="submit"]').click();
    await ben.page.waitForURL(/__err=/);
    assert.equal(await ben.page.locator('.notice--error[role="alert"]').first().innerText(), message('en', 'plans', 'error-dates-reversed'));
    assert.match(await ben.page.locator('.thread__meta .progress__text').innerText(), /65/, 'the progress did not change either');
    // Restore the first description, as a new revision.
    const first = ben.page.locator('#history .revision', { hasText: 'Monthly online meetings of the mobility coordinators.' }).last();
    await first.locator('button').click();
    await ben.page.waitForURL(/done=value-restored/);
    assert.equal(await ben.page.locator('#activity-description').innerText(), 'Monthly online meetings of the mobility coordinators.');
    await anna.context.close();
    await ben.context.close();
  });
});

describe('editing together, with JavaScript', () => {
  test('each sees the other; an untouched field follows, an edited one warns and ends in a choice; an offline save is sent on reconnection', async () => {
    const on = modes[0];
    const cara = await facilitator(on, 2, 'Cara');
    const dan = await facilitator(on, 3, 'Dan');
    const url = `${server.base}${activities[1]}`;
    await open(cara.page, on, url);
    await open(dan.page, on, url);
    await cara.page.locator('.presence__names', { hasText: 'Dan' }).waitFor({ timeout: 5000 });
    assert.match(await cara.page.locator('.presence').innerText(), /Dan/, 'Cara sees Dan editing');

    // Dan starts typing a description; Cara changes the status and the description.
    await dan.page.locator('#activity-description-field').fill('Dan is writing this.');
    await cara.page.locator('#activity-status-field').selectOption('blocked');
    await cara.page.locator('#activity-description-field').fill('Cara wrote this first.');
    await cara.page.locator('#activity-form button[type="submit"]').click();
    await cara.page.waitForURL(/done=activity-saved/);
    await dan.page.waitForFunction(() => document.querySelector('#activity-status-field').value === 'blocked', null, { timeout: 5000 });
    await dan.page.locator('#changed-description:not([hidden])').waitFor({ timeout: 5000 });
    assert.equal(await dan.page.locator('#activity-description-field').inputValue(), 'Dan is writing this.', 'what Dan typed stays');
    assert.equal(await dan.page.locator('#activity-status').innerText(), message('en', 'plans', 'activity-status-blocked'), 'the page shows the new status');
    await dan.page.locator('#activity-form button[type="submit"]').click();
    await dan.page.waitForURL(/conflict=1/);
    await hydrated(dan.page);
    assert.equal(await dan.page.locator('.conflict[data-field="description"] .conflict__theirs').innerText(), 'Cara wrote this first.');
    assert.equal(await dan.page.locator('.conflict').count(), 1, 'the status Dan had not touched is no conflict');
    await dan.page.locator('.conflict[data-field="description"] button[value="replace"]').click();
    await dan.page.waitForURL(/done=activity-saved/);
    await hydrated(dan.page);
    assert.equal(await dan.page.locator('#activity-description').innerText(), 'Dan is writing this.');

    // Dan loses the connection and saves; Cara changes the title meanwhile.
    await dan.context.setOffline(true);
    await dan.page.locator('#activity-progress-field').fill('42');
    await dan.page.locator('#activity-form button[type="submit"]').click();
    await dan.page.locator('#offline-notice:not([hidden])').waitFor({ timeout: 5000 });
    const before = await (await fetch(url)).text();
    assert.doesNotMatch(before, /42 %/, 'nothing arrived while offline');
    await open(cara.page, on, url);
    await cara.page.locator('#activity-title-field').fill('Shared placement register (pilot)');
    await cara.page.locator('#activity-form button[type="submit"]').click();
    await cara.page.waitForURL(/done=activity-saved/);
    await dan.context.setOffline(false);
    await dan.page.locator('.thread__meta .progress__text', { hasText: '42' }).waitFor({ timeout: 10_000 });
    await dan.page.waitForFunction(() => localStorage.getItem('vetnet-plan-queue') === null, null, { timeout: 10_000 });
    assert.match(await (await fetch(url)).text(), /progress__text">42 %</, 'the kept save is stored');
    assert.equal(await dan.page.locator('#activity-title').innerText(), 'Shared placement register (pilot)', "and Cara's title stands");
    await cara.context.close();
    await dan.context.close();
  });

  test('a reconnecting stream gets every change it missed, in order', async () => {
    const id = plan.match(/\d+$/)[0];
    const events = `${server.base}/api/plans/${id}/events`;
    const read = async (headers, count) => {
      const controller = new AbortController();
      const response = await fetch(events, { headers, signal: controller.signal });
      const reader = response.body.getReader();
      const decoder = new TextDecoder();
      let text = '';
      const ids = [];
      const deadline = Date.now() + 5000;
      while (ids.length < count && Date.now() < deadline) {
        const { value, done } = await reader.read();
        if (done) break;
        text += decoder.decode(value);
        ids.splice(0, ids.length, ...[...text.matchAll(/^id: ?(\d+)$/gm)].map((m) => +m[1]));
      }
      controller.abort();
      return ids;
    };
    const all = await read({}, 40);
    assert.ok(all.length >= 40, `the history streams from the start (${all.length})`);
    const from = all[all.length - 11];
    const missed = await read({ 'Last-Event-ID': String(from) }, 10);
    assert.deepEqual(missed.slice(0, 10), all.slice(all.length - 10), 'the ten after the last one seen, in order');
  });
});

describe('a feedback round and following', () => {
  test('members comment, a facilitator resolves and closes the round, the version is kept and compared', async () => {
    const off = modes[1];
    const eva = await facilitator(off, 4, 'Eva');
    const member = await signedIn(server, browser, off, { email: 'member.round@example.eu', organisation: organisations[5], name: 'Mia' });
    const strategy = `${server.base}${plan}/strategy`;
    await member.page.goto(strategy);
    assert.equal(await member.page.locator('.notice--error').innerText(), message('en', 'account', 'error-forbidden'), 'members do not edit the strategy');

    await eva.page.goto(strategy);
    await eva.page.locator('form:has(input[value="reopen"]) button').click();
    await eva.page.waitForURL(/done=stage-reopen/);
    const inAWeek = new Date(Date.now() + 7 * 86400_000).toISOString().slice(0, 10);
    await eva.page.locator('input[name="closes_on"]').fill(inAWeek);
    await eva.page.locator('form:has(input[value="open"]) button').click();
    await eva.page.waitForURL(/done=stage-open/);

    await member.page.goto(`${server.base}${plan}`);
    await member.page.locator('#comment-about').selectOption({ index: 1 });
    await member.page.locator('#comment-body').fill('Name apprentices explicitly in this aspiration.');
    await member.page.locator('#comment-body').press('Tab');
    await member.page.locator('form:has(#comment-body) button[type="submit"]').click();
    await member.page.waitForURL(/done=comment-posted/);
    assert.match(await member.page.locator('#comments').innerText(), /Name apprentices explicitly/);

    await eva.page.goto(strategy);
    const comment = eva.page.locator('.comment', { hasText: 'Name apprentices explicitly' });
    await comment.locator('input[name="reason"]').fill('Added to the aspiration.');
    await comment.locator('button').click();
    await eva.page.waitForURL(/done=comment-resolved/);
    await eva.page.locator('#strategy-vision').fill('By 2030, every apprentice and VET learner in our member networks can learn part of their programme abroad.');
    await eva.page.locator('form:has(#strategy-vision) button[type="submit"]').click();
    await eva.page.waitForURL(/done=strategy-saved/);
    await eva.page.locator('form:has(input[value="close"]) button').click();
    await eva.page.waitForURL(/done=stage-close/);

    await member.page.goto(`${server.base}${plan}`);
    assert.match(await member.page.locator('#comments').innerText(), new RegExp(`${message('en', 'plans', 'comment-taken-up')}: Added to the aspiration.`));
    await member.page.goto(`${server.base}${plan}/versions?from=1&to=2`);
    assert.equal(await member.page.locator('ol.versions li').count(), 2, 'adopted, then after the round');
    assert.match(await member.page.locator('.diff ins').allInnerTexts().then((t) => t.join(' ')), /apprentice/);
    await eva.context.close();
    await member.context.close();
  });

  test('a follower is told when the status of an activity changes; aspirations are followed from the plan', async () => {
    const off = modes[1];
    const follower = await signedIn(server, browser, off, { email: 'follower@example.eu', organisation: organisations[6], name: 'Femi' });
    const url = `${server.base}${activities[2]}`;
    await follower.page.goto(url);
    await follower.page.locator('form:has(input[name="target"]) button').click();
    await follower.page.waitForURL(/done=followed/);
    const gus = await facilitator(off, 7, 'Gus');
    await gus.page.goto(url);
    await gus.page.locator('#activity-status-field').selectOption('blocked');
    await gus.page.locator('#activity-form button[type="submit"]').click();
    await gus.page.waitForURL(/done=activity-saved/);
    await follower.page.goto(`${server.base}/en/counselling/notifications`);
    const told = await follower.page.locator('.notification-list').last().innerText();
    assert.match(told, /Gus/);
    assert.match(told, new RegExp(message('en', 'plans', 'activity-status-blocked')));
    // An aspiration is followed from the plan, and can be left again.
    await follower.page.goto(`${server.base}${plan}`);
    await follower.page.locator('#aspiration-1 .aspiration-follow button').click();
    await follower.page.waitForURL(/done=followed/);
    assert.equal(await follower.page.locator('#aspiration-1 .aspiration-follow button').innerText(), message('en', 'plans', 'aspiration-unfollow'));
    await follower.page.locator('#aspiration-1 .aspiration-follow button').click();
    await follower.page.waitForURL(/done=unfollowed/);
    assert.equal(await follower.page.locator('#aspiration-1 .aspiration-follow button').innerText(), message('en', 'plans', 'aspiration-follow'));
    await follower.context.close();
    await gus.context.close();
  });
});

describe('two instances on PostgreSQL', { skip: !process.env.TEST_POSTGRES_URL && 'no PostgreSQL (TEST_POSTGRES_URL)' }, () => {
  test('a change saved through one instance reaches a page served by the other', async () => {
    const database = postgresDatabase();
    const one = await startServer({ databaseUrl: database.url });
    const two = await startServer({ databaseUrl: database.url });
    try {
      const { activityPaths } = await planPaths(one.base);
      const slugs = await organisationSlugs(one);
      const viewer = await openPage(browser, modes[0]);
      await open(viewer.page, modes[0], `${two.base}${activityPaths[3]}`);
      const writer = await signedIn(one, browser, modes[1], {
        email: 'two.instances@example.eu', organisation: slugs[0], role: 'facilitator', network: NETWORK, name: 'Ines',
      });
      await writer.page.goto(`${one.base}${activityPaths[3]}`);
      await writer.page.locator('#activity-title-field').fill('Summer academy, saved on instance one');
      await writer.page.locator('#activity-form button[type="submit"]').click();
      await writer.page.waitForURL(/done=activity-saved/);
      await viewer.page.locator('#activity-title', { hasText: 'Summer academy, saved on instance one' }).waitFor({ timeout: 5000 });
      await viewer.context.close();
      await writer.context.close();
    } finally {
      await one.stop();
      await two.stop();
      database.drop();
    }
  });
});
