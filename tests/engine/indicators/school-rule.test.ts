import { describe, expect, it } from 'vitest';
import { judgeSchool } from '../../../engine/indicators/school-rule.ts';
import { quality2017 } from '../../../engine/standards/quality-2017.ts';

const rule = quality2017.schoolRule!;
const six = [1, 1.2, 1, 1.5, 1, 1];

describe('6 of 7 and the remaining one at 85%', () => {
  it('passes with all seven met', () => {
    expect(judgeSchool([...six, 1], rule)).toEqual({ metCount: 7, passes: true });
  });
  it('passes with six met and the seventh at exactly 85%', () => {
    expect(judgeSchool([...six, 0.85], rule)).toEqual({ metCount: 6, passes: true });
  });
  it('fails with six met and the seventh just under 85%', () => {
    expect(judgeSchool([...six, 0.8499], rule)).toEqual({ metCount: 6, passes: false });
  });
  it('fails with five met even if the other two are at 99%', () => {
    expect(judgeSchool([1, 1, 1, 1, 1, 0.99, 0.99], rule)).toEqual({ metCount: 5, passes: false });
  });
  it('counts a value a rounding error below the threshold as met', () => {
    expect(judgeSchool([...six, 4.1999999999999 / 4.2], rule).metCount).toBe(7);
  });
});
