// Peer counselling in the browser: a member asks (a blank reply is refused
// in German and changes nothing), a peer replies quoting the question and
// edits the reply (its versions stay readable), the asker accepts the reply
// and the peer is told; a reply from another browser appears live, and a reconnecting stream gets what it missed; 126 script
// payloads through the Markdown path stay inert in the preview, the page and
// a live reply; a reported post is hidden by a facilitator and shows as
// hidden to its author only; a visitor cannot post, and a member posting too
// often is refused and nothing lands; a long thread opens on its latest
// replies, pages back, and a link to a post lands on the page that shows it.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { hydrated, launchBrowser, message, modes, openPage, organisationSlugs, signedIn, startServer } from '../harness.js';
import { payloads } from '../xss-payloads.js';

let server;
let browser;
let organisations;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  organisations = await organisationSlugs(server);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

/** Opens a thread's page, hydrated when JavaScript is on. */
async function openThread(page, mode, url) {
  await page.goto(url);
  if (mode.javaScript) await hydrated(page);
}

async function postReply(page, text) {
  await page.locator('#reply-body').fill(text);
  await page.locator('#reply button[type="submit"]').click();
  await page.waitForURL(/done=reply-posted/);
}

/** Whatever the page holds of posts: no live script, handler or script URL. */
async function assertInert(page, where) {
  const found = await page.evaluate(() => {
    const bodies = [...document.querySelectorAll('.post__body')];
    const bad = [];
    for (const body of bodies) {
      for (const el of body.querySelectorAll('*')) {
        const tag = el.tagName.toLowerCase();
        if (['script', 'iframe', 'object', 'embed', 'svg', 'math', 'img', 'style', 'form', 'input', 'base', 'meta', 'link', 'video', 'audio', 'template', 'textarea'].includes(tag)) bad.push(`<${tag}>`);
        for (const attr of el.attributes) {
          const value = attr.value.replace(/[\s\u0000-\u001f]/g, '').toLowerCase();
          if (attr.name.startsWith('on') || attr.name === 'style' || attr.name === 'srcdoc') bad.push(`${tag}[${attr.name}]`);
          if (/^(javascript|vbscript|data):/.test(value)) bad.push(`${tag}[${attr.name}=${attr.value}]`);
        }
      }
    }
    return { bodies: bodies.length, bad, xss: window.__xss ?? null };
  });
  assert.ok(found.bodies > 0, `${where}: posts are on the page`);
  assert.deepEqual(found.bad, [], `${where}: nothing live in the posts`);
  assert.equal(found.xss, null, `${where}: no payload ran`);
}

for (const mode of modes) {
  const suffix = mode.javaScript ? 'on' : 'off';
  describe(mode.name, () => {
    let asker;
    let peer;
    let thread;

    test('a member asks, a peer replies with a quote, the asker accepts it and the peer is told', async () => {
      const [askerOrg, peerOrg] = mode.javaScript ? organisations.slice(0, 2) : organisations.slice(2, 4);
      asker = await signedIn(server, browser, mode, { email: `asker.${suffix}@example.de`, organisation: askerOrg, locale: 'de', name: 'Greta' });
      peer = await signedIn(server, browser, mode, { email: `peer.${suffix}@example.fr`, organisation: peerOrg, name: 'Paul' });
      const title = `Wie bewerten Sie Praktika im Betrieb (${suffix})?`;

      const { page } = asker;
      await page.goto(`${server.base}/de/counselling`);
      await page.locator('a.button[href$="/counselling/ask"]').click();
      await page.waitForURL(/\/counselling\/ask$/);
      if (mode.javaScript) await hydrated(page);
      await page.locator('#ask-title').fill(title);
      await page.locator('#ask-body').fill('Wir suchen **Kriterien** für die Bewertung von Praktika.');
      if (mode.javaScript) {
        await page.locator('.markdown-preview strong').waitFor();
        assert.equal(await page.locator('.markdown-preview strong').innerText(), 'Kriterien', 'the preview shows the Markdown as it will read');
      }
      await page.locator('#ask-topic').selectOption('work-based-learning');
      await page.locator('main form button[type="submit"]').click();
      await page.waitForURL(/\/counselling\/threads\/\d+\?done=thread-asked/);
      thread = page.url().split('?')[0];
      assert.equal(await page.locator('h1').innerText(), title);
      assert.equal(await page.locator('.post__body strong').innerText(), 'Kriterien');
      assert.equal(await page.locator('.post__body').first().getAttribute('lang'), 'de', 'written in the asker\'s language by default');
      assert.equal(await page.locator('.main-nav a[href$="/counselling"]').getAttribute('aria-current'), 'true', 'the menu shows the section one is in');

      // A blank reply is refused with a German message, and nothing is posted.
      if (mode.javaScript) await hydrated(page);
      await page.locator('#reply-body').fill('   ');
      await page.locator('#reply button[type="submit"]').click();
      await page.waitForURL(/__err=/);
      assert.equal(await page.locator('[role="alert"]').innerText(), message('de', 'directory', 'error-text-missing'));
      assert.equal(await page.locator('.replies .post').count(), 0);

      // The peer quotes the question in their reply.
      await openThread(peer.page, mode, thread.replace('/de/', '/en/'));
      await peer.page.locator('.post').first().locator('a[href*="?quote="]').click();
      await peer.page.waitForURL(/quote=/);
      await peer.page.waitForFunction(() => document.querySelector('#reply-body')?.value.startsWith('>'));
      const quoted = await peer.page.locator('#reply-body').inputValue();
      assert.match(quoted, /^> \*\*Greta asker\.\w+\*\*:/, 'the reply starts with the quoted question');
      await postReply(peer.page, `${quoted}We grade each placement with a rubric of five criteria.`);
      assert.equal(await peer.page.locator('.replies .post blockquote strong').first().innerText(), `Greta asker.${suffix}`);
      assert.match(await peer.page.locator('.replies .post').last().innerText(), /rubric of five criteria/);

      // The peer edits the reply; the earlier text stays readable in its versions.
      await peer.page.locator('.replies .post').last().locator('a[href$="/edit"]').click();
      await peer.page.waitForURL(/\/counselling\/posts\/\d+\/edit$/);
      if (mode.javaScript) await hydrated(peer.page);
      const before = await peer.page.locator('#edit-body').inputValue();
      assert.match(before, /rubric of five criteria/, 'the form holds the current text');
      await peer.page.locator('#edit-body').fill(before.replace('five criteria', 'five weighted criteria'));
      await peer.page.locator('main form button[type="submit"]').click();
      await peer.page.waitForURL(/done=post-edited/);
      await peer.page.locator('.replies .post').last().locator('a.post__edited').click();
      await peer.page.waitForURL(/\/history$/);
      const versions = await peer.page.locator('.versions .post__body').allInnerTexts();
      assert.equal(versions.length, 2);
      assert.match(versions[0], /five weighted criteria/, 'the current version first');
      assert.match(versions[1], /rubric of five criteria/, 'then the earlier one');

      // The asker accepts the reply; it is shown first, as the answer.
      await openThread(page, mode, thread);
      await page.locator('.replies form[action$="/counselling/accept"] button').click();
      await page.waitForURL(/done=answer-accepted/);
      assert.match(await page.locator('.accepted-answer .post__body').innerText(), /rubric of five weighted criteria/);
      const solved = await (await fetch(`${server.base}/en/counselling?solved=yes&q=Praktika`)).text();
      assert.ok(solved.includes(title), 'the answered filter finds it');
      const unsolved = await (await fetch(`${server.base}/en/counselling?solved=no&q=Praktika`)).text();
      assert.ok(!unsolved.includes(title));

      // The asker stops following the thread, and can follow it again.
      await page.locator('form[action$="/counselling/follow-thread"] button').click();
      await page.waitForURL(/done=thread-unfollowed/);
      assert.equal(await page.locator('form[action$="/counselling/follow-thread"] button').innerText(), message('de', 'counselling', 'thread-follow'));
      const followed = await page.locator('form[action$="/counselling/follow-thread"] input[name="on"]').getAttribute('value');
      assert.equal(followed, 'true', 'the button now follows');

      // The peer is told their reply was accepted; the asker, of the reply.
      await peer.page.goto(`${server.base}/en/counselling/notifications`);
      assert.match(await peer.page.locator('.notification-list').innerText(), /accepted your reply/);
      await page.goto(`${server.base}/de/account`);
      await page.locator('a[href$="/counselling/notifications"]').click();
      await page.waitForURL(/\/de\/counselling\/notifications$/);
      assert.ok((await page.locator('.notification-list a').first().innerText()).includes('Praktika'));
      // The e-mail summary: weekly from now on.
      if (mode.javaScript) await hydrated(page);
      await page.locator('input[name="digest"][value="weekly"]').check();
      await page.locator('form[action$="/counselling/digest"] button').click();
      await page.waitForURL(/done=digest-saved/);
      assert.equal(await page.locator('input[name="digest"][value="weekly"]').isChecked(), true);
    });

    if (mode.javaScript) {
      test('a reply posted in another browser appears on the open page without a reload', async () => {
        const { page } = asker;
        await openThread(page, mode, thread);
        await page.evaluate(() => { window.__stayed = true; });
        const before = await page.locator('.replies .post').count();
        await openThread(peer.page, mode, thread.replace('/de/', '/en/'));
        const posted = Date.now();
        await postReply(peer.page, 'A second thought: ask the company mentor to co-sign the rubric.');
        await page.locator('.replies .post').nth(before).waitFor({ timeout: 5_000 });
        const waited = Date.now() - posted;
        assert.match(await page.locator('.replies .post').nth(before).innerText(), /co-sign the rubric/);
        assert.equal(await page.evaluate(() => window.__stayed), true, 'the page was not reloaded');
        assert.ok(waited < 5_000, `arrived after ${waited} ms`);

        // A page reconnecting after the question gets every reply it missed, in order.
        const shown = await page.locator('.replies .post').evaluateAll((posts) => posts.map((p) => p.id.replace('post-', '')));
        const question = (await page.locator('.post').first().getAttribute('id')).replace('post-', '');
        const id = thread.match(/threads\/(\d+)/)[1];
        const abort = new AbortController();
        const response = await fetch(`${server.base}/api/counselling/threads/${id}/events`, {
          headers: { 'Last-Event-ID': question }, signal: abort.signal,
        });
        assert.equal(response.headers.get('content-type'), 'text/event-stream');
        const reader = response.body.getReader();
        let text = '';
        while ((text.match(/^id: /gm) ?? []).length < shown.length) {
          const { value } = await reader.read();
          text += new TextDecoder().decode(value);
        }
        abort.abort();
        assert.deepEqual([...text.matchAll(/^id: (\d+)$/gm)].map((m) => m[1]), shown);
      });

      test('126 script payloads stay inert in the preview, on the page and in a live reply', async () => {
        const { page } = asker;
        const dialogs = [];
        page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
        const half = Math.ceil(payloads.length / 2);
        await page.goto(`${server.base}/de/counselling/ask`);
        await hydrated(page);
        await page.locator('#ask-title').fill('<script>window.__xss=1</script> Sicherheit');
        await page.locator('#ask-body').fill(payloads.slice(0, half).join('\n\n'));
        await page.locator('.markdown-preview:not([hidden]) .post__body *').first().waitFor();
        await assertInert(page, 'preview');
        await page.locator('#ask-topic').selectOption('digitalisation');
        await page.locator('main form button[type="submit"]').click();
        await page.waitForURL(/done=thread-asked/);
        await hydrated(page);
        assert.equal(await page.locator('h1').innerText(), '<script>window.__xss=1</script> Sicherheit', 'the title is text');
        await assertInert(page, 'question');

        await openThread(peer.page, mode, page.url().split('?')[0].replace('/de/', '/en/'));
        await postReply(peer.page, payloads.slice(half).join('\n\n'));
        await page.locator('.replies .post').first().waitFor({ timeout: 5_000 });
        await assertInert(page, 'live reply');
        await page.reload();
        await hydrated(page);
        await assertInert(page, 'page with the reply');
        assert.deepEqual(dialogs, []);
      });
    }

    test('a reported reply is hidden by a facilitator and shows as hidden only to its author', async () => {
      const network = (await (await fetch(`${server.base}/en/directory`)).text()).match(/\/en\/directory\/networks\/(national-[a-z]+)"/)[1];
      const moderator = await signedIn(server, browser, mode, {
        email: `facilitator.${suffix}@example.eu`, organisation: organisations[mode.javaScript ? 4 : 5], role: 'facilitator', network, name: 'Mia',
      });
      await openThread(peer.page, mode, thread.replace('/de/', '/en/'));
      await postReply(peer.page, 'Cheap certificates for sale, write to me.');
      const spam = peer.page.locator('.replies .post').last();
      const id = await spam.getAttribute('id');

      await openThread(asker.page, mode, thread);
      await asker.page.locator(`#${id} .post__tool summary`).first().click();
      await asker.page.locator(`#${id} form[action$="/counselling/flag"] input[name="reason"]`).fill('Werbung');
      await asker.page.locator(`#${id} form[action$="/counselling/flag"] button`).click();
      await asker.page.waitForURL(/done=post-flagged/);

      const { page } = moderator;
      await page.goto(`${server.base}/en/counselling/moderation`);
      if (mode.javaScript) await hydrated(page);
      const flagged = page.locator('.flagged').filter({ hasText: 'Cheap certificates' });
      assert.match(await flagged.innerText(), /Werbung/);
      await flagged.locator('form:has(input[value="hide"]) input[name="reason"]').fill('Advertising is not allowed');
      await flagged.locator('form:has(input[value="hide"]) button').click();
      await page.waitForURL(/done=moderation-saved/);
      assert.match(await page.locator('.data-table').innerText(), /Advertising is not allowed/, 'the decision is in the log');

      await openThread(asker.page, mode, thread);
      assert.equal(await asker.page.locator(`#${id}`).count(), 0, 'others no longer see it');
      await openThread(peer.page, mode, thread.replace('/de/', '/en/'));
      assert.match(await peer.page.locator(`#${id} .post__hidden`).innerText(), /Advertising is not allowed/, 'its author sees it hidden, with the reason');
      await moderator.context.close();
    });

    if (!mode.javaScript) {
      test('a visitor cannot post, and a member posting too often is refused and nothing lands', async () => {
        const id = thread.match(/threads\/(\d+)/)[1];
        const post = (body, cookie) => fetch(`${server.base}/api/counselling/reply`, {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', ...(cookie ? { cookie } : {}) },
          body: new URLSearchParams({ locale: 'en', thread: id, body, lang: 'en' }).toString(),
        });
        const visitor = await post('A visitor tries to reply.');
        assert.equal(visitor.status, 401);
        assert.deepEqual(await visitor.json(), { Refused: 'error-sign-in-required' });

        const cookie = (await peer.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
        const statuses = [];
        for (let i = 1; i <= 11; i++) statuses.push((await post(`Flood ${i}`, cookie)).status);
        const refused = statuses.indexOf(429);
        assert.ok(refused > 0 && refused <= 10, `refused after at most ten posts: ${statuses}`);
        assert.ok(statuses.slice(refused).every((s) => s === 429), `${statuses}`);
        const page = await (await fetch(thread.replace('/de/', '/en/'), { headers: { 'cache-control': 'no-cache' } })).text();
        assert.ok(!page.includes('A visitor tries to reply.'));
        assert.ok(page.includes(`Flood ${refused}`) && !page.includes(`Flood ${refused + 1}<`), 'the refused posts did not land');
      });
    }
  });
}

for (const mode of modes) {
  test(`${mode.name}: a long thread opens on its latest replies, pages back, and a link to a post lands on its page`, async () => {
    const id = server.longThread(120);
    const { context, page, errors } = await openPage(browser, mode);
    const replyNumbers = async () => page.locator('.replies .post .post__body').evaluateAll(
      (bodies) => bodies.map((b) => +b.innerText.match(/^Reply (\d+):/)[1]));
    const range = (from, to) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

    await page.goto(`${server.base}/en/counselling/threads/${id}`);
    if (mode.javaScript) await hydrated(page);
    assert.deepEqual(await replyNumbers(), range(101, 120), 'the last page first: the latest 20 replies');
    assert.match(await page.locator('#replies-title').innerText(), /120/, 'the count is of every page');
    assert.match(await page.locator('.post').first().innerText(), /final examination/, 'the question heads the page');
    if (mode.javaScript) {
      assert.equal(await page.locator('leptos-island[data-component^="LiveReplies"]').count(), 1, 'new replies arrive on the last page');
    }

    await page.locator('.pager a[rel="prev"]').first().click();
    await page.waitForURL(/page=2/);
    assert.deepEqual(await replyNumbers(), range(51, 100));
    assert.match(await page.locator('.post').first().innerText(), /final examination/);
    if (mode.javaScript) {
      await hydrated(page);
      assert.equal(await page.locator('leptos-island[data-component^="LiveReplies"]').count(), 0, 'an earlier page does not follow new replies');
    }

    // A link to reply 7 (as notices and mails give it) lands on page 1, at the post.
    await page.goto(`${server.base}/en/counselling/threads/${id}?page=1`);
    assert.deepEqual(await replyNumbers(), range(1, 50));
    const post = (await page.locator('.replies .post').nth(6).getAttribute('id')).replace('post-', '');
    await page.goto(`${server.base}/en/counselling/threads/${id}`);
    await page.goto(`${server.base}/en/counselling/posts/${post}`);
    await page.waitForURL(new RegExp(`/en/counselling/threads/${id}\\?page=1#post-${post}$`));
    assert.match(await page.locator(`#post-${post}`).innerText(), /^[\s\S]*Reply 7:/);
    assert.deepEqual(errors, []);
    await context.close();
  });
}
