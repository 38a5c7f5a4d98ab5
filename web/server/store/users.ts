/** Accounts (name, role, scrypt hash) and their sessions; a session cookie carries a random token, the table only its SHA-256. */
import { createHash, randomBytes } from 'node:crypto';
import { hashPassword, verifyPassword } from '../auth/passwords.ts';
import { now, type Db } from './database.ts';

export const ROLES = ['viewer', 'planner', 'admin'] as const;
export type Role = (typeof ROLES)[number];

export interface User { id: number; name: string; role: Role; createdAt: string }

interface UserRow { id: number; name: string; role: Role; salt: string; hash: string; created_at: string }

/** Sessions last 12 hours (a working day), then the user signs in again. */
export const SESSION_HOURS = 12;

const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');
const user = (row: UserRow): User => ({ id: row.id, name: row.name, role: row.role, createdAt: row.created_at });

export class UserStore {
  constructor(private readonly db: Db) {}

  count(): number {
    return (this.db.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n;
  }

  list(): User[] {
    return (this.db.prepare('SELECT * FROM users ORDER BY name').all() as UserRow[]).map(user);
  }

  byName(name: string): User | undefined {
    const row = this.db.prepare('SELECT * FROM users WHERE name = ?').get(name) as UserRow | undefined;
    return row && user(row);
  }

  async add(name: string, role: Role, password: string): Promise<User> {
    const { salt, hash } = await hashPassword(password);
    this.db.prepare('INSERT INTO users (name, role, salt, hash, created_at) VALUES (?, ?, ?, ?, ?)').run(name, role, salt, hash, now());
    return this.byName(name)!;
  }

  /** A new password also ends the user's sessions. False when there is no such user. */
  async setPassword(name: string, password: string): Promise<boolean> {
    const { salt, hash } = await hashPassword(password);
    return this.db.transaction(() => {
      const changed = this.db.prepare('UPDATE users SET salt = ?, hash = ? WHERE name = ?').run(salt, hash, name).changes === 1;
      this.db.prepare('DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE name = ?)').run(name);
      return changed;
    })();
  }

  remove(name: string): boolean {
    return this.db.transaction(() => {
      this.db.prepare('DELETE FROM sessions WHERE user_id IN (SELECT id FROM users WHERE name = ?)').run(name);
      return this.db.prepare('DELETE FROM users WHERE name = ?').run(name).changes === 1;
    })();
  }

  /** The user when name and password match; the hash is computed even for an unknown name, so timing does not tell. */
  async check(name: string, password: string): Promise<User | undefined> {
    const row = this.db.prepare('SELECT * FROM users WHERE name = ?').get(name) as UserRow | undefined;
    const ok = await verifyPassword(password, row ?? { salt: 'AAAAAAAAAAAAAAAAAAAAAA==', hash: 'AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=' });
    return ok && row ? user(row) : undefined;
  }

  /** A new session token for the user (returned once; only its hash is stored). */
  openSession(userId: number): string {
    const token = randomBytes(32).toString('base64url');
    const expires = new Date(Date.now() + SESSION_HOURS * 3600_000).toISOString();
    this.db.prepare('DELETE FROM sessions WHERE expires_at < ?').run(now());
    this.db.prepare('INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(tokenHash(token), userId, now(), expires);
    return token;
  }

  session(token: string): User | undefined {
    const row = this.db.prepare('SELECT users.* FROM sessions JOIN users ON users.id = sessions.user_id WHERE token_hash = ? AND expires_at > ?')
      .get(tokenHash(token), now()) as UserRow | undefined;
    return row && user(row);
  }

  closeSession(token: string): void {
    this.db.prepare('DELETE FROM sessions WHERE token_hash = ?').run(tokenHash(token));
  }
}
