/**
 * The engine version a queue job carries and a queue worker checks: the package version, unless
 * JUNHENG_ENGINE_VERSION says otherwise (to run a worker of another version side by side, and in tests).
 * A worker and a server of different versions could solve the same scenario differently, so they do not mix.
 */
import { readFileSync } from 'node:fs';

export const ENGINE_VERSION_SETTING = 'JUNHENG_ENGINE_VERSION';

function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return (JSON.parse(text) as { version: string }).version;
}

export function engineVersion(env: NodeJS.ProcessEnv = process.env): string {
  return env[ENGINE_VERSION_SETTING]?.trim() || packageVersion();
}
