#!/usr/bin/env node
// Runs the TypeScript CLI through tsx, so the installed package needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../engine/cli/main.ts');
// `junheng user …` manages the server's accounts; it lives with the server's store (web/server), above the engine.
const { registerUserCommand } = await import('../web/server/user-command.ts');
process.exitCode = await main(process.argv, undefined, [registerUserCommand]);
