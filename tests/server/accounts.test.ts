/** Accounts, roles, sessions, the sign-in throttle, the audit trail and the trash (issue 16 parts 1 and 3). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createScenario, quickScenarioText, testApp, testPool, type TestApp } from './helpers.ts';

const pool = testPool();
let t: TestApp;
beforeAll(async () => {
  t = await testApp(pool);
});
afterAll(async () => {
  await t.close();
  await pool.close();
});

const PASSWORD = 'correct horse battery';

async function signIn(name: string, password = PASSWORD): Promise<{ status: number; cookie?: string; setCookie: string }> {
  const res = await t.app.inject({ method: 'POST', url: '/api/session', payload: { name, password } });
  const setCookie = String(res.headers['set-cookie'] ?? '');
  return { status: res.statusCode, setCookie, ...(res.statusCode === 200 ? { cookie: setCookie.split(';')[0] } : {}) };
}

describe('with no users (single-user on loopback)', () => {
  it('answers every route without a session and says sign-in is not required', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/scenarios' })).statusCode).toBe(200);
    const session = await t.app.inject({ method: 'GET', url: '/api/session' });
    expect(session.json()).toEqual({ user: null, authRequired: false });
  });
});

describe('once users exist', () => {
  beforeAll(async () => {
    await t.store.users.add('vera', 'viewer', PASSWORD);
    await t.store.users.add('pan', 'planner', PASSWORD);
    await t.store.users.add('ada', 'admin', PASSWORD);
  });

  it('stores scrypt hashes with a salt per user, never the password', () => {
    const rows = t.store.db.prepare('SELECT name, salt, hash FROM users').all() as { name: string; salt: string; hash: string }[];
    expect(new Set(rows.map((r) => r.salt)).size).toBe(rows.length);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(rows.length);
    for (const r of rows) expect(r.hash).not.toContain(PASSWORD);
  });

  it('needs a session on every /api route but health and sign-in: 401 without one', async () => {
    expect((await t.app.inject({ method: 'GET', url: '/api/health' })).statusCode).toBe(200);
    for (const [method, url] of [['GET', '/api/scenarios'], ['GET', '/api/datasets'], ['GET', '/api/session'], ['POST', '/api/runs'], ['DELETE', '/api/scenarios/1'], ['GET', '/api/audit']] as const) {
      const res = await t.app.inject({ method, url, ...(method === 'POST' ? { payload: {} } : {}) });
      expect(res.statusCode, `${method} ${url}`).toBe(401);
      expect(res.json().error).toBe('sign-in-required');
    }
  });

  it('signs in with an HttpOnly, SameSite=Strict cookie, says who is signed in, and signs out', async () => {
    const wrong = await signIn('pan', 'not the password');
    expect(wrong.status).toBe(401);
    const ok = await signIn('pan');
    expect(ok.status).toBe(200);
    expect(ok.setCookie).toMatch(/HttpOnly/);
    expect(ok.setCookie).toMatch(/SameSite=Strict/);
    const me = await t.app.inject({ method: 'GET', url: '/api/session', headers: { cookie: ok.cookie! } });
    expect(me.json()).toEqual({ user: { name: 'pan', role: 'planner' }, authRequired: true });
    expect((await t.app.inject({ method: 'DELETE', url: '/api/session', headers: { cookie: ok.cookie! } })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: '/api/scenarios', headers: { cookie: ok.cookie! } })).statusCode).toBe(401);
  });

  it('lets viewers read, planners also write, and only admins delete: 403 otherwise', async () => {
    const viewer = (await signIn('vera')).cookie!;
    const planner = (await signIn('pan')).cookie!;
    const admin = (await signIn('ada')).cookie!;
    const yaml = (cookie: string) => ({ 'content-type': 'application/yaml', cookie });
    expect((await t.app.inject({ method: 'GET', url: '/api/scenarios', headers: { cookie: viewer } })).statusCode).toBe(200);
    const refused = await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: yaml(viewer), payload: quickScenarioText('by viewer') });
    expect(refused.statusCode).toBe(403);
    expect(refused.json().message).toContain('planner');
    const created = await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: yaml(planner), payload: quickScenarioText('by planner') });
    expect(created.statusCode).toBe(201);
    const id = created.json().id as number;
    expect((await t.app.inject({ method: 'DELETE', url: `/api/scenarios/${id}`, headers: { cookie: planner } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/audit', headers: { cookie: planner } })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'DELETE', url: `/api/scenarios/${id}`, headers: { cookie: admin } })).statusCode).toBe(204);

    // The trash: the deleted scenario can be restored by an admin.
    const trash = (await t.app.inject({ method: 'GET', url: '/api/trash', headers: { cookie: admin } })).json() as { kind: string; id: number }[];
    expect(trash).toContainEqual(expect.objectContaining({ kind: 'scenario', id }));
    expect((await t.app.inject({ method: 'POST', url: `/api/trash/scenarios/${id}/restore`, headers: { cookie: admin } })).statusCode).toBe(204);
    expect((await t.app.inject({ method: 'GET', url: `/api/scenarios/${id}`, headers: { cookie: viewer } })).statusCode).toBe(200);

    // The audit trail names who did what.
    const entries = (await t.app.inject({ method: 'GET', url: '/api/audit', headers: { cookie: admin } })).json() as { user: string; action: string; target: string }[];
    expect(entries).toContainEqual(expect.objectContaining({ user: 'pan', action: 'scenario-create', target: `scenario:${id}` }));
    expect(entries).toContainEqual(expect.objectContaining({ user: 'ada', action: 'scenario-delete', target: `scenario:${id}` }));
    expect(entries).toContainEqual(expect.objectContaining({ user: 'ada', action: 'scenario-restore', target: `scenario:${id}` }));
    expect(entries).toContainEqual(expect.objectContaining({ user: 'pan', action: 'sign-in' }));
  });

  it('empties the trash only for admins; an emptied item cannot be restored', async () => {
    const admin = (await signIn('ada')).cookie!;
    const id = (await t.app.inject({ method: 'POST', url: '/api/scenarios', headers: { 'content-type': 'application/yaml', cookie: admin }, payload: quickScenarioText('to empty') })).json().id as number;
    await t.app.inject({ method: 'DELETE', url: `/api/scenarios/${id}`, headers: { cookie: admin } });
    expect((await t.app.inject({ method: 'DELETE', url: '/api/trash', headers: { cookie: admin } })).json().removed).toBeGreaterThanOrEqual(1);
    expect((await t.app.inject({ method: 'POST', url: `/api/trash/scenarios/${id}/restore`, headers: { cookie: admin } })).statusCode).toBe(404);
  });

  it('slows down repeated failed sign-ins for a name: 429 with Retry-After, even with the right password', async () => {
    let last = 0;
    for (let i = 0; i < 7; i++) last = (await signIn('vera', `wrong ${i}`)).status;
    expect(last).toBe(429);
    const res = await t.app.inject({ method: 'POST', url: '/api/session', payload: { name: 'vera', password: PASSWORD } });
    expect(res.statusCode).toBe(429);
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('the first scenario helper still works for the other suites', () => {
  it('creates a scenario on an app without users', async () => {
    const other = await testApp(pool);
    try {
      expect(await createScenario(other.app, quickScenarioText('plain'))).toBeGreaterThan(0);
    } finally {
      await other.close();
    }
  });
});
