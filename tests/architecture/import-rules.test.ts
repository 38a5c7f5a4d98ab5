/**
 * The house's import rules (.dependency-cruiser.cjs) hold on the real tree, and they catch what they
 * promise: a fixture tree that breaks each rule once must produce exactly those violations.
 * A failure prints each violation with the rule's reason, so the message says what to move where.
 */
import { fileURLToPath } from 'node:url';
import { cruise, type ICruiseResult, type IViolation } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CONFIG = fileURLToPath(new URL('../../.dependency-cruiser.cjs', import.meta.url));
const FIXTURE = fileURLToPath(new URL('../fixtures/import-rules', import.meta.url));

interface Found {
  violations: IViolation[];
  reasons: Map<string, string>;
}

async function cruiseTree(baseDir: string): Promise<Found> {
  const options = await extractDepcruiseOptions(CONFIG);
  const reasons = new Map((options.ruleSet?.forbidden ?? []).map((r) => [r.name ?? '', r.comment ?? ''] as const));
  const { output } = await cruise(['engine', 'web'], { ...options, baseDir, validate: true });
  return { violations: (output as ICruiseResult).summary.violations, reasons };
}

/** One line per violation: rule, path, and the rule's reason. */
function describeViolations({ violations, reasons }: Found): string[] {
  return violations.map((v) => {
    const where = v.cycle ? v.cycle.map((c) => c.name).join(' → ') : `${v.from} → ${v.to}`;
    return `${v.rule.name}: ${where}\n    why: ${reasons.get(v.rule.name) ?? ''}`;
  });
}

describe('import rules', () => {
  it('hold on engine/ and web/', async () => {
    const found = await cruiseTree(ROOT);
    // The list itself is the message: each entry names the rule, the import and the reason.
    expect(describeViolations(found)).toEqual([]);
  }, 120_000);

  it('catch each kind of violation, with the reason in the message', async () => {
    const found = await cruiseTree(FIXTURE);
    const rules = new Set(found.violations.map((v) => v.rule.name));
    for (const rule of ['plan-below-model', 'solve-knows-no-planning', 'engine-node-apis', 'no-circular', 'server-not-cli', 'features-apart', 'app-over-http', 'engine-layer-plan']) {
      expect(rules, rule).toContain(rule);
    }
    const lines = describeViolations(found);
    expect(lines.find((l) => l.startsWith('plan-below-model: engine/plan/decode.ts → engine/model/columns.ts'))).toMatch(/imports neither engine\/model nor engine\/optimize/);
    // The CLI's own Node import is allowed: no engine-node-apis violation from engine/cli.
    expect(found.violations.filter((v) => v.rule.name === 'engine-node-apis').map((v) => v.from)).toEqual(['engine/indicators/read.ts']);
  }, 120_000);
});
