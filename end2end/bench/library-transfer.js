// A large upload and download through the library, by curl as a member's
// browser sends them: one multipart form streamed over HTTP (never held whole), a
// video of SIZE_MB (default 500) of incompressible bytes. Prints Markdown for
// BENCHMARKS.md: the server's RSS growth during the upload, and the upload's
// and the download's throughput beside `cp` of the same file on the same disk.
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, openSync, readFileSync, rmSync, statSync, writeSync, closeSync } from 'node:fs';
import { randomFillSync } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { launchBrowser, organisationSlugs, signedIn, startServer } from '../harness.js';

const SIZE_MB = Number(process.env.SIZE_MB ?? 500);
process.env.UPLOAD_LIMIT_MB = String(SIZE_MB + 10);
process.env.VIDEO_UPLOAD_LIMIT_MB = String(SIZE_MB + 10);
const rss = (pid) => Number(readFileSync(`/proc/${pid}/status`, 'utf8').match(/VmRSS:\s+(\d+) kB/)[1]) / 1024;
const run = promisify(execFile);
const seconds = (start) => Number(process.hrtime.bigint() - start) / 1e9;

const dir = mkdtempSync(path.join(tmpdir(), 'vetnet-transfer-'));
const source = path.join(dir, 'lecture.mp4');
{
  // An MP4's first box, then random bytes: a video by its content, incompressible.
  const fd = openSync(source, 'w');
  const chunk = Buffer.alloc(1024 * 1024);
  for (let i = 0; i < SIZE_MB; i++) {
    randomFillSync(chunk);
    if (i === 0) Buffer.from('00000018667479706d703432000000006d70343269736f6d', 'hex').copy(chunk);
    writeSync(fd, chunk);
  }
  closeSync(fd);
}
const bytes = statSync(source).size;

const server = await startServer();
const browser = await launchBrowser();
try {
  // `cp` of the same file on the same disk, as the reference (the page cache warm, as for the upload).
  execFileSync('cat', [source], { stdio: ['ignore', 'ignore', 'inherit'] });
  let start = process.hrtime.bigint();
  execFileSync('cp', [source, path.join(dir, 'copy.mp4')]);
  const cp = seconds(start);
  start = process.hrtime.bigint();
  execFileSync('cp', [source, path.join(dir, 'copy-synced.mp4')]);
  execFileSync('sync', ['-f', path.join(dir, 'copy-synced.mp4')]);
  const cpSynced = seconds(start);

  const slugs = await organisationSlugs(server);
  const member = await signedIn(server, browser, { javaScript: false }, { email: 'bench.library@example.eu', organisation: slugs[0], name: 'Uploader' });
  const cookie = (await member.context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');

  // The upload by curl, a multipart form as a browser builds it, the file
  // streamed from the disk (the client must not be what is measured).
  const fields = { locale: 'en', title: 'Lecture recording', summary: 'A long lecture.', kind: 'video', audience: 'trainers', licence: 'cc-by', author: 'Bench', visibility: 'everyone', lang: 'en' };
  const form = Object.entries(fields).flatMap(([k, v]) => ['--form-string', `${k}=${v}`]);
  const idle = rss(server.pid);
  let peak = idle;
  const sampler = setInterval(() => { peak = Math.max(peak, rss(server.pid)); }, 20);
  start = process.hrtime.bigint();
  const { stdout } = await run('curl', [
    '--silent', '--fail-with-body', '--header', `cookie: ${cookie}`, '--header', 'accept: application/json', '--header', 'expect:',
    ...form, '--form', `file=@${source};type=video/mp4;filename=lecture.mp4`, `${server.base}/api/library/resources`,
  ], { maxBuffer: 1 << 20 });
  const answered = JSON.parse(stdout);
  const upload = seconds(start);
  clearInterval(sampler);
  if (!answered.redirect) throw new Error(`upload refused: ${JSON.stringify(answered)}`);
  const pageUrl = `${server.base}${answered.redirect.split('?')[0]}`;
  const page = await (await fetch(pageUrl, { headers: { cookie } })).text();
  const file = page.match(/href="(\/library\/files\/\d+\/[^"]+)"/)[1];

  // The download by curl into a file on the same disk, as cp writes its copy.
  const downloaded = path.join(dir, 'downloaded.mp4');
  start = process.hrtime.bigint();
  execFileSync('curl', ['--silent', '--fail', '--output', downloaded, '--header', `cookie: ${cookie}`, `${server.base}${file}`]);
  const down = seconds(start);
  const received = statSync(downloaded).size;
  if (received !== bytes) throw new Error(`downloaded ${received} of ${bytes} bytes`);

  const mbps = (s) => (bytes / 1024 / 1024 / s).toFixed(0);
  console.log(`| measure | ${SIZE_MB} MB video |`);
  console.log('|---|---|');
  console.log(`| cp (page cache) | ${cp.toFixed(2)} s, ${mbps(cp)} MB/s |`);
  console.log(`| cp + sync | ${cpSynced.toFixed(2)} s, ${mbps(cpSynced)} MB/s |`);
  console.log(`| upload (multipart over HTTP, hashed, fsync'ed, recorded) | ${upload.toFixed(2)} s, ${mbps(upload)} MB/s = ${(cp / upload * 100).toFixed(0)} % of cp, ${(cpSynced / upload * 100).toFixed(0)} % of cp + sync |`);
  console.log(`| server RSS during the upload | ${idle.toFixed(0)} MB before, ${peak.toFixed(0)} MB at most: +${(peak - idle).toFixed(1)} MB |`);
  console.log(`| download (curl into a file) | ${down.toFixed(2)} s, ${mbps(down)} MB/s = ${(cp / down * 100).toFixed(0)} % of cp |`);
} finally {
  await browser.close();
  await server.stop();
  rmSync(dir, { recursive: true, force: true });
}
