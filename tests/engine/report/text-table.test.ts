import { describe, expect, it } from 'vitest';
import { displayWidth, textTable } from '../../../engine/report/text-table.ts';

/** Display column at which `cell` starts on `line`. */
const columnOf = (line: string, cell: string) => displayWidth(line.slice(0, line.lastIndexOf(cell)));

describe('textTable', () => {
  it('aligns columns after rare CJK characters outside the Basic Multilingual Plane (𠙶)', () => {
    // 𠙶 (U+20676) is one code point of two UTF-16 units and two terminal columns, like 中.
    const rows = [['𠙶家小学', 'x1'], ['中心小学', 'x2'], ['A', 'x3']];
    const lines = textTable(['学校', 'id'], rows, ['left', 'left']).split('\n');
    const starts = rows.map(([, id], i) => columnOf(lines[i + 2]!, id!));
    expect(new Set(starts).size).toBe(1);
    expect(columnOf(lines[0]!, 'id')).toBe(starts[0]);
    expect(displayWidth('𠙶')).toBe(displayWidth('中'));
  });

  it('right-aligns numbers to the same end column under wide text', () => {
    const lines = textTable(['𠙶', '数值'], [['𠙶𠙶', '1'], ['b', '1234']]).split('\n');
    const ends = lines.filter((_, i) => i !== 1).map((l) => displayWidth(l));
    expect(new Set(ends).size).toBe(1);
    expect(displayWidth(lines[1]!)).toBe(ends[0]);
  });
});
