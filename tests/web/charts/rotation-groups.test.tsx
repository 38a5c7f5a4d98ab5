// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Rotation } from '../../../engine/plan/types.ts';
import { overlaps, placeLabels } from '../../../web/app/src/charts/label-placement.ts';
import { groupFlows } from '../../../web/app/src/charts/rotation-groups.ts';
import { RotationFlow } from '../../../web/app/src/charts/RotationFlow.tsx';
import { I18nProvider } from '../../../web/app/src/i18n/i18n.tsx';
import { PairingTable, sortPairings } from '../../../web/app/src/shared/PairingTable.tsx';
import { renderIn } from './helpers.tsx';

afterEach(cleanup);

/** 24 schools on a 6 × 4 grid (km), urban / town / rural by row; each sends to the next. */
const SCHOOLS = Array.from({ length: 24 }, (_, i) => ({
  id: `S${String(i + 1).padStart(2, '0')}`, name: `第${i + 1}号测试学校`, x: (i % 6) * 3, y: Math.floor(i / 6) * 3,
  location: (['urban', 'town', 'rural', 'rural'] as const)[Math.floor(i / 6)],
}));
const ROTATIONS: Rotation[] = SCHOOLS.slice(0, -1).map((s, i) => ({
  year: 2026 + (i % 3), from: s.id, to: SCHOOLS[i + 1]!.id, category: i % 4 === 0 ? 'backbone' : 'general', teachers: 1 + (i % 3), untilYear: 2028, distanceKm: 3,
}));
const total = ROTATIONS.reduce((s, x) => s + x.teachers, 0);

describe('grouped rotation flows', () => {
  it('sums many schools by location and keeps every teacher (between groups or within one)', () => {
    const G = groupFlows(ROTATIONS, SCHOOLS);
    expect(G.grouped).toBe(true);
    expect(G.nodes.map((n) => n.id).sort()).toEqual(['group:rural', 'group:town', 'group:urban']);
    const between = G.flows.reduce((s, f) => s + f.teachers, 0);
    const within = G.nodes.reduce((s, n) => s + n.internal, 0);
    expect(between + within).toBe(total);
    for (const f of G.flows) expect(f.firstYear).toBeLessThanOrEqual(f.lastYear);
  });

  it('shows the schools of an expanded group one by one', () => {
    const G = groupFlows(ROTATIONS, SCHOOLS, { expanded: new Set(['town']) });
    expect(G.nodes.filter((n) => !n.id.startsWith('group:')).map((n) => n.id)).toEqual(SCHOOLS.filter((s) => s.location === 'town').map((s) => s.id));
  });

  it('keeps schools apart when there are few', () => {
    expect(groupFlows(ROTATIONS.slice(0, 3), SCHOOLS).grouped).toBe(false);
  });
});

describe('label placement', () => {
  it('never lets two placed labels overlap, even with anchors on top of each other', () => {
    const requests = Array.from({ length: 20 }, (_, i) => ({ ax: 300 + (i % 3), ay: 200 + (i % 2), text: `学校${i}`, fontSize: 11 }));
    const placed = placeLabels(requests, { x: 0, y: 0, width: 640, height: 480 });
    expect(placed).toHaveLength(20);
    for (let i = 0; i < placed.length; i++) for (let j = i + 1; j < placed.length; j++) expect(overlaps(placed[i]!.box, placed[j]!.box)).toBe(false);
  });
});

describe('RotationFlow', () => {
  it('labels groups and flows without overlap, and expands a group on click', () => {
    const { svg } = renderIn('zh', <RotationFlow id="r" rotations={ROTATIONS} schools={SCHOOLS} interactive />);
    const labels = () => [...svg.querySelectorAll('text.rotation-label')];
    expect(labels().some((t) => /乡村学校（12校/.test(t.textContent ?? ''))).toBe(true);
    expect(labels().some((t) => /\d人 · 20\d\d/.test(t.textContent ?? ''))).toBe(true);
    fireEvent.click(labels().find((t) => t.getAttribute('data-group') === 'town')!);
    expect(svg.querySelectorAll('.rotation-node-label[data-node^="S"]').length).toBe(6);
  });
});

describe('PairingTable', () => {
  const names = new Map(SCHOOLS.map((s) => [s.id, s.name]));
  it('sorts by any column, both ways', () => {
    const byKm = sortPairings([{ ...ROTATIONS[0]!, distanceKm: null }, { ...ROTATIONS[1]!, distanceKm: 9 }, { ...ROTATIONS[2]!, distanceKm: 1 }], names, 'km', false);
    expect(byKm.map((x) => x.distanceKm)).toEqual([1, 9, null]);
    render(<I18nProvider initial="en"><PairingTable rotations={ROTATIONS} names={names} /></I18nProvider>);
    const teachers = () => [...document.querySelectorAll('[data-testid="pairing-table"] tbody tr')].map((tr) => Number(tr.getAttribute('data-teachers')));
    expect(teachers()).toEqual([...teachers()].sort((a, b) => b - a));
    fireEvent.click(screen.getByTestId('pairing-sort-teachers'));
    expect(teachers()).toEqual([...teachers()].sort((a, b) => a - b));
    fireEvent.click(screen.getByTestId('pairing-sort-from'));
    const from = [...document.querySelectorAll('[data-testid="pairing-table"] tbody tr')].map((tr) => names.get(tr.getAttribute('data-from')!)!);
    expect(from).toEqual([...from].sort((a, b) => a.localeCompare(b, 'zh-CN')));
    expect(screen.getByTestId('pairing-table').textContent).toContain(`${ROTATIONS.length} pairings`);
  });
});
