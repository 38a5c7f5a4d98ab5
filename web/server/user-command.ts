/**
 * `junheng user add|list|remove|passwd`: accounts in the database JUNHENG_DB names (default ./.junheng/junheng.db).
 * Passwords come from standard input (first line), never from the command line, where `ps` and shell history see them.
 * Registered into engine/cli's program by bin/junheng.js, so the engine does not import web/.
 */
import { resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { passwordProblem } from './auth/passwords.ts';
import { cleanName } from '../../engine/county/clean-text.ts';
import { DEFAULT_DB_PATH } from './store/database.ts';
import { openStore, type Store } from './store/index.ts';
import { ROLES, type Role } from './store/users.ts';

/** A refusal the user can fix: printed without a stack, exit 2. */
class UserCommandError extends Error {}

interface Output { out(text: string): void; err(text: string): void }
/** The shape of engine/cli/main.ts's CommandPlugin (the server does not import engine/cli). */
type CommandPlugin = (program: Command, io: Output, setCode: (code: number) => void) => void;

/** Runs an action; a refusal is printed as `junheng: …` with exit code 2. */
function guarded<A extends unknown[]>(io: Output, setCode: (code: number) => void, action: (...args: A) => Promise<void>): (...args: A) => Promise<void> {
  return async (...args) => {
    try {
      await action(...args);
      setCode(0);
    } catch (e) {
      if (!(e instanceof UserCommandError)) throw e;
      io.err(`junheng: ${e.message}`);
      setCode(2);
    }
  };
}

async function readPassword(): Promise<string> {
  if (process.stdin.isTTY) process.stderr.write('password (then Enter; input is shown): ');
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    if (process.stdin.isTTY && Buffer.concat(chunks).includes(10)) break;
  }
  const password = Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? '';
  const problem = passwordProblem(password);
  if (problem) throw new UserCommandError(`${problem} (read from standard input, e.g. echo 'a-long-password' | junheng user add NAME --role admin)`);
  return password;
}

function userName(text: string): string {
  const checked = cleanName(text, 'user name', 100);
  if ('problem' in checked) throw new UserCommandError(checked.problem);
  return checked.name;
}

async function withStore<T>(work: (store: Store, dbPath: string) => Promise<T>): Promise<T> {
  const dbPath = resolve(process.env.JUNHENG_DB || DEFAULT_DB_PATH);
  const store = openStore(dbPath);
  try {
    return await work(store, dbPath);
  } finally {
    store.close();
  }
}

export const registerUserCommand: CommandPlugin = (program: Command, io, setCode) => {
  const user = program.command('user').description('manage the server\'s accounts in the database JUNHENG_DB names (passwords from standard input)');
  user.command('add').description('add a user; the password is read from standard input')
    .argument('<name>', 'user name')
    .addOption(new Option('--role <role>', 'viewer (read, export), planner (also upload, edit, run) or admin (also delete, manage users)').choices(ROLES).makeOptionMandatory())
    .action(guarded(io, setCode, async (name: string, opts: { role: Role }) => {
      const clean = userName(name);
      await withStore(async (store, dbPath) => {
        if (store.users.byName(clean)) throw new UserCommandError(`user "${clean}" already exists in ${dbPath}; use junheng user passwd to change the password`);
        await store.users.add(clean, opts.role, await readPassword());
        store.audit.record(null, 'user-add', `user:${clean}`, `role ${opts.role} (command line)`);
        io.out(`added ${clean} (${opts.role}) to ${dbPath}`);
      });
    }));
  user.command('list').description('list users and their roles')
    .action(guarded(io, setCode, async () => withStore(async (store, dbPath) => {
      const users = store.users.list();
      if (users.length === 0) io.out(`no users in ${dbPath}: the server is single-user, on this machine only`);
      for (const u of users) io.out(`${u.name}\t${u.role}\t${u.createdAt}`);
    })));
  user.command('remove').description('remove a user and end their sessions')
    .argument('<name>', 'user name')
    .action(guarded(io, setCode, async (name: string) => withStore(async (store, dbPath) => {
      const clean = userName(name);
      if (!store.users.remove(clean)) throw new UserCommandError(`no user "${clean}" in ${dbPath}`);
      store.audit.record(null, 'user-remove', `user:${clean}`, 'command line');
      io.out(`removed ${clean}`);
    })));
  user.command('passwd').description('set a user\'s password (read from standard input); ends their sessions')
    .argument('<name>', 'user name')
    .action(guarded(io, setCode, async (name: string) => withStore(async (store, dbPath) => {
      const clean = userName(name);
      if (!store.users.byName(clean)) throw new UserCommandError(`no user "${clean}" in ${dbPath}`);
      await store.users.setPassword(clean, await readPassword());
      store.audit.record(null, 'user-passwd', `user:${clean}`, 'command line');
      io.out(`password of ${clean} changed`);
    })));
};
