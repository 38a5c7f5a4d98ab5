/**
 * Issue 16 in a real browser (Debian chromium via playwright-core) against the real server: a page served from
 * another loopback port tries the cross-site writes a browser sends without asking (text/plain and no-cors
 * multipart) and nothing is stored; on a server with accounts the sign-in page shows, signs in, and names the user.
 */
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore } from '../../web/server/store/index.ts';
import { buildApp, CHROMIUM, CHROMIUM_ARGS, startServer, type RunningServer } from './server.ts';

let browser: Browser | undefined;
let appDir: string;
const servers: RunningServer[] = [];
let attacker: Server | undefined;

beforeAll(async () => {
  if (!existsSync(CHROMIUM)) throw new Error(`chromium not found at ${CHROMIUM}`);
  appDir = await buildApp();
  browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  attacker?.close();
  for (const s of servers) await s.stop();
});

/** A page on another loopback port that, once loaded, sends the two cross-site writes to `target` and reports back. */
function attackerPage(target: string): Promise<string> {
  const scenario = readFileSync('scenarios/baseline.yaml', 'utf8').replace(/^name: .*$/m, 'name: planted by another site');
  const csv = readFileSync('data/sample-county.csv', 'utf8');
  const html = `<!doctype html><meta charset="utf-8"><title>another site</title><script>
    (async () => {
      const results = [];
      try {
        await fetch(${JSON.stringify(`${target}/api/scenarios`)}, { method: 'POST', mode: 'no-cors', headers: { 'content-type': 'text/plain' }, body: ${JSON.stringify(scenario)} });
        results.push('text/plain sent');
      } catch (e) { results.push('text/plain failed: ' + e); }
      try {
        const form = new FormData();
        form.append('name', 'planted by another site');
        form.append('file', new Blob([${JSON.stringify(csv)}], { type: 'text/csv' }), 'county.csv');
        await fetch(${JSON.stringify(`${target}/api/datasets`)}, { method: 'POST', mode: 'no-cors', body: form });
        results.push('multipart sent');
      } catch (e) { results.push('multipart failed: ' + e); }
      document.title = 'done: ' + results.join('; ');
    })();
  </script>`;
  return new Promise((done) => {
    attacker = createServer((_req, res) => { res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }); res.end(html); });
    attacker.listen(0, '127.0.0.1', () => {
      const address = attacker!.address();
      done(`http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
    });
  });
}

describe('cross-site writes from a page on another port', () => {
  it('are refused: nothing is stored, and the server says why', async () => {
    const server = await startServer(appDir);
    servers.push(server);
    const before = await (await fetch(`${server.url}/api/scenarios`)).json() as unknown[];
    const url = await attackerPage(server.url);
    const page = await browser!.newPage();
    await page.goto(url);
    await page.waitForFunction(() => document.title.startsWith('done:'), undefined, { timeout: 30_000 });
    // Both requests left the browser (no-cors hides the answers from the page, not from the server).
    expect(await page.title()).toBe('done: text/plain sent; multipart sent');
    await page.close();
    const after = await (await fetch(`${server.url}/api/scenarios`)).json() as { name: string }[];
    expect(after.length).toBe(before.length);
    expect(after.map((s) => s.name)).not.toContain('planted by another site');
    const datasets = await (await fetch(`${server.url}/api/datasets`)).json() as { name: string }[];
    expect(datasets.map((d) => d.name)).not.toContain('planted by another site');
    // The same writes from the server's own origin go through: the refusal is about where they came from.
    const own = await browser!.newPage();
    await own.goto(server.url);
    const status = await own.evaluate(async () => {
      const form = new FormData();
      form.append('name', 'from its own page');
      form.append('file', new Blob(['学校代码,学校名称\n'], { type: 'text/csv' }), 'c.csv');
      return (await fetch('/api/datasets', { method: 'POST', body: form })).status;
    });
    await own.close();
    expect(status).not.toBe(403); // reaches the importer (which refuses this tiny file on its merits)
  }, 120_000);
});

describe('the sign-in page', () => {
  it('shows on a server with accounts, signs in, and names who is signed in', async () => {
    const dbPath = join(mkdtempSync(join(tmpdir(), 'junheng-e2e-db-')), 'junheng.db');
    const store = openStore(dbPath);
    await store.users.add('li.ming', 'planner', 'a long enough password');
    store.close();
    const server = await startServer(appDir, dbPath);
    servers.push(server);
    const page = await browser!.newPage();
    await page.goto(server.url);
    await page.waitForSelector('[data-testid="sign-in"]');
    await page.fill('input[name="name"]', 'li.ming');
    await page.fill('input[name="password"]', 'wrong password');
    await page.click('button[type="submit"]');
    await page.waitForSelector('[role="alert"]');
    await page.fill('input[name="password"]', 'a long enough password');
    await page.click('button[type="submit"]');
    const badge = await page.waitForSelector('[data-testid="account-badge"]');
    expect(await badge.textContent()).toContain('li.ming');
    // The session cookie is HttpOnly: scripts on the page cannot read it.
    expect(await page.evaluate(() => document.cookie)).toBe('');
    await page.click('[data-testid="account-badge"] button');
    await page.waitForSelector('[data-testid="sign-in"]');
    await page.close();
  }, 120_000);
});
