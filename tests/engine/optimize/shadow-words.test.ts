/** Shadow prices in the planner's words: zero with the reason where the plan leaves money unspent, one rounding for text and bars. */
import { describe, expect, it } from 'vitest';
import { objectiveScale } from '../../../engine/optimize/objective-scale.ts';
import { plannersShadowPrice } from '../../../engine/optimize/shadow.ts';

const floor = objectiveScale('floor', undefined as never);

describe('plannersShadowPrice', () => {
  it('gives 0 with the reason for a year whose money the plan leaves unspent', () => {
    const p = plannersShadowPrice(2028, 0.00347, 'dual-fixed-integers', floor, 6_170_000);
    expect(p.perMillion).toBe(0);
    expect(p.binding).toBe(false);
    expect(p.message.en).toContain('leaves 6.17 million yuan unspent in 2028');
    expect(p.message.zh).toContain('结余617万元');
  });

  it('rounds once: the number printed is the number stored, and says how an integer plan was priced', () => {
    const p = plannersShadowPrice(2026, 0.00347, 'dual-fixed-integers', floor, 0);
    expect(p.binding).toBe(true);
    expect(p.perMillion).toBe(0.0035);
    expect(p.message.en).toContain(`by ${p.perMillion.toFixed(4)}`);
    expect(p.message.en).toContain('whole-number decisions');
    expect(p.message.zh).not.toContain('最低达标率');
    expect(plannersShadowPrice(2026, 0.00347, 'dual', floor, 0).message.en).not.toContain('whole-number');
  });
});
