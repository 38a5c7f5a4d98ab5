/**
 * Wording in both languages: every message table's English side is free of Chinese punctuation and brackets,
 * counts in English choose singular or plural ("1 teacher", "2 teachers"), and the Chinese side has no
 * English status words left in it.
 */
import { describe, expect, it } from 'vitest';
import { fillTemplate, type MessageTable } from '../../../web/app/src/i18n/i18n.tsx';

const modules = import.meta.glob<Record<string, unknown>>('../../../web/app/src/**/*messages.ts', { eager: true });

function tables(): [string, MessageTable<string>][] {
  const out: [string, MessageTable<string>][] = [];
  for (const [file, mod] of Object.entries(modules)) {
    for (const [name, value] of Object.entries(mod)) {
      if (value && typeof value === 'object' && 'zh' in value && 'en' in value) out.push([`${file.replace(/^.*\/src\//, '')}:${name}`, value as MessageTable<string>]);
    }
  }
  return out;
}

/** Chinese brackets and punctuation that do not belong in English text. */
const CJK_PUNCTUATION = /[（）【】「」《》，。：；、！？]/;

describe('message tables', () => {
  it('are found', () => {
    expect(tables().length).toBeGreaterThanOrEqual(15);
  });

  it('have no Chinese brackets or punctuation in English', () => {
    const bad = tables().flatMap(([name, t]) => Object.entries(t.en).filter(([, v]) => CJK_PUNCTUATION.test(v)).map(([k, v]) => `${name} ${k}: ${v}`));
    expect(bad).toEqual([]);
  });

  it('write English counts with a plural choice, never "(s)"', () => {
    const bad = tables().flatMap(([name, t]) => Object.entries(t.en).filter(([, v]) => /\(s\)/.test(v)).map(([k, v]) => `${name} ${k}: ${v}`));
    expect(bad).toEqual([]);
    // A count placeholder directly followed by a plural noun must choose its form: "{n} teachers" alone reads "1 teachers".
    const bare = tables().flatMap(([name, t]) => Object.entries(t.en)
      .filter(([, v]) => /\{(n|count|teachers|schools|steps|total|judged|shown)\} (teachers|schools|actions|problems|points|counties|rows|slides|pairings|seats|years)\b/.test(v))
      .map(([k, v]) => `${name} ${k}: ${v}`));
    expect(bare).toEqual([]);
  });

  it('have the same keys in both languages', () => {
    for (const [name, t] of tables()) expect(Object.keys(t.en).sort(), name).toEqual(Object.keys(t.zh).sort());
  });
});

describe('fillTemplate', () => {
  it('picks singular or plural by the count', () => {
    expect(fillTemplate('{n} {n|teacher|teachers}', { n: 1 })).toBe('1 teacher');
    expect(fillTemplate('{n} {n|teacher|teachers}', { n: 2 })).toBe('2 teachers');
    expect(fillTemplate('{n} {n|teacher|teachers}', { n: '1,200' })).toBe('1,200 teachers');
    expect(fillTemplate('{n} {n|teacher|teachers}', { n: '0' })).toBe('0 teachers');
    expect(fillTemplate('{n} {n|teacher|teachers}', { n: '1.0' })).toBe('1.0 teacher');
    expect(fillTemplate('{a} of {b}', { a: 1 })).toBe('1 of {b}');
  });
});

describe('English counts in generated text', () => {
  it('the narrative says "1 teacher", "1 school", and "2 teachers"', async () => {
    const { planNarrative } = await import('../../../web/app/src/shared/narrative.ts');
    const { formats } = await import('../../../web/app/src/i18n/format.ts');
    const { action, report, year } = await import('../results/fixtures.ts');
    const r = report('x', [year(2026, { hiring: 100_000 }, { primary: {}, junior: {} }, 1)], {
      actions: [action({ year: 2026, schoolId: 'S1', schoolName: 'A', kind: 'hire', amount: 1, unit: 'teachers', category: 'general', cost: 100_000 })],
      rotations: [{ year: 2026, from: 'S2', to: 'S1', category: 'general', teachers: 1, untilYear: 2027, distanceKm: 3 }],
    });
    const [line] = planNarrative({ ...r, years: [{ ...r.years[0]!, schoolsTotal: 1 }] }, 'en', formats('en'));
    expect(line).toContain('hires 1 teacher (1 school)');
    expect(line).toContain('1 teacher starts rotating');
    expect(line).toContain('1 of 1 school passes');
    expect(line).not.toMatch(/[（），；]/);
    const two = planNarrative({ ...r, actions: [{ ...r.actions[0]!, amount: 2 }] }, 'en', formats('en'))[0]!;
    expect(two).toContain('hires 2 teachers');
    expect(two).toContain('1 of 10 schools passes');
  });
});
