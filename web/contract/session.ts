/** Accounts, sessions, the audit trail and the trash. */
import { Type, type Static } from '@sinclair/typebox';
import { Nullable, Timestamp } from './common.ts';

export const RoleName = Type.Union([Type.Literal('viewer'), Type.Literal('planner'), Type.Literal('admin')], {
  description: 'viewer: read and export; planner: also upload, edit scenarios and run; admin: also delete, restore and see the audit trail',
});
export type RoleName = Static<typeof RoleName>;

export const SignIn = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200 }),
  password: Type.String({ minLength: 1, maxLength: 1024 }),
}, { additionalProperties: false });
export type SignIn = Static<typeof SignIn>;

export const SessionBody = Type.Object({
  user: Nullable(Type.Object({ name: Type.String(), role: RoleName })),
  authRequired: Type.Boolean({ description: 'false while the database has no users (single-user server on loopback)' }),
});
export type SessionBody = Static<typeof SessionBody>;

export const AuditEntry = Type.Object({
  id: Type.Integer(),
  at: Timestamp,
  user: Nullable(Type.String({ description: 'who; null on a single-user server or for a failed sign-in' })),
  action: Type.String({ description: 'e.g. dataset-upload, scenario-edit, run-start, dataset-delete, sign-in' }),
  target: Nullable(Type.String({ description: 'e.g. dataset:3, scenario:2, run:7, user:li' })),
  detail: Nullable(Type.String()),
});
export type AuditEntry = Static<typeof AuditEntry>;

export const AuditQuery = Type.Object({
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 1000, default: 200 })),
  before: Type.Optional(Type.Integer({ minimum: 1, description: 'entries older than this id' })),
});

export const TrashItem = Type.Object({
  kind: Type.Union([Type.Literal('dataset'), Type.Literal('scenario')]),
  id: Type.Integer(),
  name: Type.String(),
  deletedAt: Timestamp,
});
export type TrashItem = Static<typeof TrashItem>;

