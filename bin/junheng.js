#!/usr/bin/env node
// The CLI from its JavaScript bundle (bin/cli-bundle.mjs: built when the sources change), else the TypeScript
// through tsx, so the installed package needs no build step either way.
import { cliBundle } from './cli-bundle.mjs';

const bundle = await cliBundle();
if (bundle !== undefined) {
  await import(bundle);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import('../engine/cli/main.ts');
  // `junheng user …` manages the server's accounts; it lives with the server's store (web/server), above the engine.
  const { registerUserCommand } = await import('../web/server/user-command.ts');
  process.exitCode = await main(process.argv, undefined, [registerUserCommand]);
}
