// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { activeRotations, chordLayout, mapLayout, RotationFlow } from '../../../web/app/src/charts/RotationFlow.tsx';
import { ROTATIONS, SCHOOLS } from './fixtures.ts';
import { DATA_DATE, renderIn, svgText } from './helpers.tsx';

const ORDER = SCHOOLS.map((s) => s.id);
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('rotation layouts', () => {
  it('a year shows the rotations serving in it (start through untilYear)', () => {
    expect(activeRotations(ROTATIONS, 2026)).toHaveLength(3);
    expect(activeRotations(ROTATIONS, 2028)).toHaveLength(5);
    expect(activeRotations(ROTATIONS, 2029)).toHaveLength(2);
    expect(activeRotations(ROTATIONS)).toHaveLength(5);
  });

  it('chord matrix sums equal the rotated teachers, row by sender and column by receiver', () => {
    const C = chordLayout(ROTATIONS, ORDER, { width: 640, height: 480 });
    expect(sum(C.matrix.flat())).toBe(sum(ROTATIONS.map((x) => x.teachers)));
    for (const [i, id] of C.ids.entries()) {
      expect(sum(C.matrix[i]!)).toBe(sum(ROTATIONS.filter((x) => x.from === id).map((x) => x.teachers)));
      expect(sum(C.matrix.map((row) => row[i]!))).toBe(sum(ROTATIONS.filter((x) => x.to === id).map((x) => x.teachers)));
    }
    expect(C.ids).toEqual(ORDER);
    const only2026 = chordLayout(activeRotations(ROTATIONS, 2026).filter((x) => x.year === 2026 && x.from === 'S01'), ORDER, { width: 640, height: 480 });
    expect(only2026.ids).toEqual(['S01', 'S02', 'S03']);
  });

  it('map keeps one km the same length on both axes, north up, and widens flows by teachers', () => {
    const L = mapLayout(ROTATIONS, SCHOOLS, { width: 640, height: 480 });
    const p = new Map(L.points.map((q) => [q.id, q]));
    const a = p.get('S01')!, b = p.get('S02')!, c = p.get('S03')!;
    expect((b.px - a.px) * L.kmPerPx).toBeCloseTo(12, 9);
    expect((a.py - b.py) * L.kmPerPx).toBeCloseTo(4, 9);
    expect(c.py).toBeLessThan(a.py);
    for (const q of L.points) {
      expect(q.px).toBeGreaterThanOrEqual(12);
      expect(q.px).toBeLessThanOrEqual(640 - 12);
    }
    const widest = L.flows[0]!;
    expect(widest.teachers).toBe(4);
    expect(widest.width).toBe(10);
    expect(L.flows[L.flows.length - 1]!.width).toBeLessThan(widest.width);
  });
});

describe('RotationFlow', () => {
  it('draws a map with arrows when every school has coordinates', () => {
    const { svg } = renderIn('en', <RotationFlow id="rot" rotations={ROTATIONS} schools={SCHOOLS} year={2026} dataDate={DATA_DATE} />);
    expect(svg.querySelector('.rotation-map')).not.toBeNull();
    const flows = Array.from(svg.querySelectorAll('.rotation-flow'));
    expect(flows).toHaveLength(3);
    expect(flows.every((f) => f.querySelector('.rotation-arrow'))).toBe(true);
    expect(sum(flows.map((f) => Number(f.getAttribute('data-teachers'))))).toBe(6);
    expect(svgText(svg)).toContain('Teacher rotation flows, 2026');
  });

  it('draws a chord diagram without coordinates, one ribbon per pair', () => {
    const bare = SCHOOLS.map(({ id, name }) => ({ id, name }));
    const { svg } = renderIn('zh', <RotationFlow id="rot" rotations={ROTATIONS} schools={bare} />);
    expect(svg.querySelector('.rotation-map')).toBeNull();
    const ribbons = Array.from(svg.querySelectorAll('.rotation-ribbon'));
    expect(ribbons).toHaveLength(5);
    expect(sum(ribbons.map((x) => Number(x.getAttribute('data-teachers'))))).toBe(11);
    expect(svg.querySelectorAll('.rotation-group')).toHaveLength(5);
  });

  it('says so when a year has no rotations', () => {
    expect(svgText(renderIn('zh', <RotationFlow id="rot" rotations={ROTATIONS} schools={SCHOOLS} year={2031} />).svg)).toContain('该年没有交流轮岗');
  });

  it('matches the SVG snapshots (map and chord)', () => {
    expect(renderIn('zh', <RotationFlow id="rot" rotations={ROTATIONS} schools={SCHOOLS} year={2027} dataDate={DATA_DATE} />).svg).toMatchSnapshot();
    expect(renderIn('en', <RotationFlow id="rot" rotations={ROTATIONS} schools={SCHOOLS} mode="chord" dataDate={DATA_DATE} />).svg).toMatchSnapshot();
  });
});
