/** The audit trail: who did what, when, to which record. Written in the same process as the change it records. */
import { now, type Db } from './database.ts';

export interface AuditEntry { id: number; at: string; user: string | null; action: string; target: string | null; detail: string | null }

interface AuditRow { id: number; at: string; user_name: string | null; action: string; target: string | null; detail: string | null }

export class AuditStore {
  constructor(private readonly db: Db) {}

  record(user: string | null, action: string, target?: string, detail?: string): void {
    this.db.prepare('INSERT INTO audit (at, user_name, action, target, detail) VALUES (?, ?, ?, ?, ?)')
      .run(now(), user, action, target ?? null, detail?.slice(0, 500) ?? null);
  }

  /** Newest first; `before` pages back by id. */
  list(limit: number, before?: number): AuditEntry[] {
    const rows = this.db.prepare(`SELECT * FROM audit${before ? ' WHERE id < ?' : ''} ORDER BY id DESC LIMIT ?`)
      .all(...(before ? [before, limit] : [limit])) as AuditRow[];
    return rows.map((r) => ({ id: r.id, at: r.at, user: r.user_name, action: r.action, target: r.target, detail: r.detail }));
  }
}
