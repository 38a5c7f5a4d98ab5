/**
 * Issue 16 through the real commands: `junheng user …` on JUNHENG_DB, a server that will not open the network
 * without accounts, one server per database, and CLI refusals (devices, FIFOs, --out) that come at once.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../web/server/store/index.ts';
import { tempDbPath } from './helpers.ts';

interface Done { code: number | null; stdout: string; stderr: string }

function run(args: string[], env: Record<string, string> = {}, input = '', killAfterMs = 40_000): Promise<Done> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, ...env }, stdio: ['pipe', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => { stdout += b.toString(); });
    child.stderr.on('data', (b: Buffer) => { stderr += b.toString(); });
    const timer = setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code) => { clearTimeout(timer); resolve({ code, stdout, stderr }); });
    child.stdin.end(input);
  });
}
const junheng = (args: string[], env: Record<string, string> = {}, input = '') => run(['bin/junheng.js', ...args], env, input);
const server = (env: Record<string, string>) => run(['--import', 'tsx', 'web/server/server.ts'], { PORT: '0', ...env }, '', 60_000);

describe('junheng user', () => {
  it('adds, lists, changes and removes accounts in JUNHENG_DB, reading passwords from standard input', async () => {
    const env = { JUNHENG_DB: tempDbPath() };
    const added = await junheng(['user', 'add', 'li', '--role', 'admin'], env, 'a long password\n');
    expect(added.code, added.stderr).toBe(0);
    const store = openStore(env.JUNHENG_DB);
    expect(await store.users.check('li', 'a long password')).toMatchObject({ name: 'li', role: 'admin' });
    store.close();
    expect((await junheng(['user', 'list'], env)).stdout).toMatch(/^li\tadmin\t/m);
    const short = await junheng(['user', 'passwd', 'li'], env, 'short\n');
    expect(short.code).toBe(2);
    expect(short.stderr).toContain('at least 8');
    const bad = await junheng(['user', 'add', 'x', '--role', 'root'], env, 'a long password\n');
    expect(bad.code).toBe(2);
    expect((await junheng(['user', 'remove', 'li'], env)).code).toBe(0);
    expect((await junheng(['user', 'list'], env)).stdout).toContain('no users');
  }, 90_000);
});

describe('the server process', () => {
  it('refuses to open a non-loopback HOST while the database has no users, and says how to add one', async () => {
    const dbPath = tempDbPath();
    const done = await server({ HOST: '0.0.0.0', JUNHENG_DB: dbPath });
    expect(done.code).toBe(1);
    expect(done.stderr).toContain('junheng user add');
    expect(done.stderr).toContain(dbPath);
  }, 70_000);

  it('refuses a second server on the same database at once, naming the file and the other process', async () => {
    const dbPath = tempDbPath();
    const first = spawn(process.execPath, ['--import', 'tsx', 'web/server/server.ts'], { env: { ...process.env, PORT: '0', HOST: '127.0.0.1', JUNHENG_DB: dbPath }, stdio: ['ignore', 'pipe', 'pipe'] });
    try {
      await new Promise<void>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`first server did not start: ${out}`)), 50_000);
        first.stdout.on('data', (b: Buffer) => { out += b.toString(); if (out.includes('listening on')) { clearTimeout(timer); resolve(); } });
      });
      const second = await server({ HOST: '127.0.0.1', JUNHENG_DB: dbPath });
      expect(second.code).toBe(1);
      expect(second.stderr).toContain(`${dbPath}.lock`);
      expect(second.stderr).toContain(`process ${first.pid}`);
    } finally {
      const exited = new Promise((resolve) => first.once('exit', resolve));
      first.kill('SIGTERM');
      await exited;
    }
  }, 120_000);
});

describe('the CLI with odd paths', () => {
  it('refuses a device and a FIFO with exit 2 at once, checks --out before solving, and prints its version', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'junheng-odd-'));
    execFileSync('mkfifo', [join(dir, 'fifo')]);
    for (const path of ['/dev/zero', join(dir, 'fifo')]) {
      const done = await junheng(['evaluate', path]);
      expect(done.code, path).toBe(2);
      expect(done.stderr, path).toContain('not a regular file');
    }
    const out = await junheng(['solve', 'data/sample-county.csv', 'scenarios/baseline.yaml', '--out', '/no/such/dir/plan.json']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('does not exist; nothing was solved');
    expect(out.stderr).not.toMatch(/\n\s+at /);
    expect((await junheng(['--version'])).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  }, 120_000);
});
