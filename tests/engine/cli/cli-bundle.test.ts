import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { cliBundle } from '../../../bin/cli-bundle.mjs';
import { junheng } from './run-cli.ts';

afterEach(() => {
  delete process.env.JUNHENG_CLI_BUNDLE;
});

describe('the CLI bundle (bin/cli-bundle.mjs)', () => {
  it('is plain JavaScript under node_modules/.cache, with no TypeScript import and no import.meta.url of its own left', async () => {
    const entry = await cliBundle();
    expect(entry).toMatch(/node_modules\/\.cache\/junheng-cli\/[0-9a-f]{16}\/cli\.mjs$/);
    const folder = dirname(fileURLToPath(entry!));
    for (const file of readdirSync(folder)) {
      const text = readFileSync(join(folder, file), 'utf8');
      expect(text, file).not.toMatch(/from\s+["'][^"']*\.ts["']|import\(["'][^"']*\.ts["']\)/);
      // Each source's import.meta.url became its own file's URL: paths relative to a source still resolve.
      expect(text, file).not.toContain('import.meta.url');
    }
  });

  it('is the same folder for the same sources', async () => {
    expect(await cliBundle()).toBe(await cliBundle());
  });

  it('runs the same CLI as tsx does: version from package.json, a refusal with its exit code', async () => {
    const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
    const bundled = await junheng('--version');
    expect(bundled).toMatchObject({ code: 0, stdout: `${version}\n` });
    const missing = await junheng('evaluate', 'no-such-county.csv');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toContain('no-such-county.csv');
    process.env.JUNHENG_CLI_BUNDLE = '0';
    expect(await cliBundle()).toBeUndefined();
    expect(await junheng('--version')).toEqual(bundled);
    expect(await junheng('evaluate', 'no-such-county.csv')).toEqual(missing);
  });
});
