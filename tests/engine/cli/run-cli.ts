import { execFile } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Runs `node bin/junheng.js …` and returns its exit code and output, whether it fails or not. */
export async function junheng(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run('node', ['bin/junheng.js', ...args], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

/** The baseline as a quick LP (fractional teachers, no yearly targets) written to `dir`, plus `extra` YAML lines. */
export function quickScenarioFile(dir: string, name: string, extra = ''): string {
  const text = readFileSync('scenarios/baseline.yaml', 'utf8').replace(/^name: .*$/m, `name: ${name}`)
    .replace(/^ {2}targets: .*$/m, '')
    // Without the baseline's uncertainty block, so `extra` may set its own (and the quick scenario stays deterministic).
    .replace(/^uncertainty:\n(?: .*\n)*/m, '').concat(`integer: false\n${extra}`);
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, text);
  return file;
}
