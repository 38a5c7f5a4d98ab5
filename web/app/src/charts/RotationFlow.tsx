/** Teacher-rotation flows between schools: a directed chord diagram, or a map when schools have coordinates. */
import { arc, chordDirected, descending, max, ribbonArrow, scaleLinear, type ChordGroup, type Chords } from 'd3';
import type { Rotation, RotationCategory } from '../../../../engine/plan/types.ts';
import type { ReactNode } from 'react';
import { useI18n, useMessages } from '../i18n/i18n.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { FRAME, fitText, type ChartCommonProps } from './layout.ts';
import { r, type LegendItem } from './marks.tsx';
import { chartMessages } from './messages.ts';
import { INK, MUTED, OKABE_ITO, ROTATION_COLORS } from './palette.ts';

export interface FlowSchool { id: string; name: string; x?: number; y?: number }

/** Rotations serving in `year` (from their start year through untilYear, inclusive); all when year is undefined. */
export function activeRotations(rotations: readonly Rotation[], year?: number): Rotation[] {
  return year === undefined ? [...rotations] : rotations.filter((x) => x.year <= year && year <= x.untilYear);
}

export interface ChordLayout { ids: string[]; matrix: number[][]; chords: Chords; inner: number; outer: number; cx: number; cy: number }

/** matrix[i][j] = teachers sent from ids[i] to ids[j]; only schools with a flow take part, in `order`. */
export function chordLayout(rotations: readonly Rotation[], order: readonly string[], opts: { width: number; height: number }): ChordLayout {
  const involved = new Set(rotations.flatMap((x) => [x.from, x.to]));
  const ids = [...order.filter((id) => involved.has(id)), ...[...involved].filter((id) => !order.includes(id)).sort()];
  const index = new Map(ids.map((id, i) => [id, i]));
  const matrix = ids.map(() => ids.map(() => 0));
  for (const x of rotations) matrix[index.get(x.from)!]![index.get(x.to)!]! += x.teachers;
  const chords = chordDirected().padAngle(ids.length > 1 ? 0.05 : 0).sortSubgroups(descending)(matrix);
  const top = FRAME.top + 8, bottom = opts.height - FRAME.bottom - 8;
  const outer = Math.max(20, Math.min(opts.width / 2 - 110, (bottom - top) / 2 - 24));
  return { ids, matrix, chords, inner: outer - 12, outer, cx: opts.width / 2, cy: (top + bottom) / 2 };
}

export interface MapFlow { from: string; to: string; category: RotationCategory; teachers: number; path: string; width: number; head: string }
export interface MapLayout { points: { id: string; name: string; px: number; py: number }[]; flows: MapFlow[]; kmPerPx: number }

/**
 * Schools placed by their x/y (km, north up) with the same scale on both axes; flows summed per pair and
 * category, drawn as curves bending right of travel (so A→B and B→A stay apart), width 1.5–10 px by teachers.
 */
export function mapLayout(rotations: readonly Rotation[], schools: readonly FlowSchool[], opts: { width: number; height: number }): MapLayout {
  const placed = schools.filter((s): s is FlowSchool & { x: number; y: number } => Number.isFinite(s.x) && Number.isFinite(s.y));
  const pad = 30;
  const x0 = FRAME.padding + pad, x1 = opts.width - FRAME.padding - pad, y0 = FRAME.top + pad, y1 = opts.height - FRAME.bottom - pad;
  const xs = placed.map((s) => s.x), ys = placed.map((s) => s.y);
  const minX = Math.min(...xs), maxX = Math.max(...xs), minY = Math.min(...ys), maxY = Math.max(...ys);
  const k = Math.min((x1 - x0) / Math.max(maxX - minX, 1e-9), (y1 - y0) / Math.max(maxY - minY, 1e-9));
  const scale = Number.isFinite(k) && k > 0 ? k : 1;
  const offX = x0 + ((x1 - x0) - (maxX - minX) * scale) / 2, offY = y0 + ((y1 - y0) - (maxY - minY) * scale) / 2;
  const points = placed.map((s) => ({ id: s.id, name: s.name, px: offX + (s.x - minX) * scale, py: offY + (maxY - s.y) * scale }));
  const at = new Map(points.map((p) => [p.id, p]));
  const sums = new Map<string, { from: string; to: string; category: RotationCategory; teachers: number }>();
  for (const x of rotations) {
    const key = `${x.from}>${x.to}>${x.category}`;
    const s = sums.get(key) ?? { from: x.from, to: x.to, category: x.category, teachers: 0 };
    s.teachers += x.teachers;
    sums.set(key, s);
  }
  const most = max([...sums.values()], (s) => s.teachers) ?? 1;
  const width = scaleLinear().domain([0, most]).range([1.5, 10]);
  const flows: MapFlow[] = [];
  for (const s of sums.values()) {
    const a = at.get(s.from), b = at.get(s.to);
    if (!a || !b || a === b) continue;
    const dx = b.px - a.px, dy = b.py - a.py, len = Math.hypot(dx, dy);
    const bend = s.category === 'backbone' ? 0.28 : 0.18;
    const cx = (a.px + b.px) / 2 - dy * bend, cy = (a.py + b.py) / 2 + dx * bend;
    const w = width(s.teachers);
    /* stop short of the school dot (5 px) and the arrowhead's length */
    const tx = b.px - cx, ty = b.py - cy, tl = Math.hypot(tx, ty) || 1;
    const ux = tx / tl, uy = ty / tl, headLen = 6 + w, headHalf = 3 + w / 2;
    const tipX = b.px - ux * 6, tipY = b.py - uy * 6, baseX = tipX - ux * headLen, baseY = tipY - uy * headLen;
    const head = `M${r(tipX)},${r(tipY)}L${r(baseX - uy * headHalf)},${r(baseY + ux * headHalf)}L${r(baseX + uy * headHalf)},${r(baseY - ux * headHalf)}Z`;
    flows.push({ ...s, width: w, head, path: len === 0 ? '' : `M${r(a.px)},${r(a.py)}Q${r(cx)},${r(cy)} ${r(baseX)},${r(baseY)}` });
  }
  flows.sort((p, q) => q.teachers - p.teachers);
  return { points, flows, kmPerPx: 1 / scale };
}

const DONOR_COLORS = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.bluishGreen, OKABE_ITO.vermillion, OKABE_ITO.reddishPurple, OKABE_ITO.skyBlue, OKABE_ITO.black];

export interface RotationFlowProps extends ChartCommonProps {
  rotations: readonly Rotation[];
  schools: readonly FlowSchool[];
  /** Show rotations serving in this year; all when undefined. */
  year?: number;
  /** 'auto': a map when every school in a flow has x/y, else a chord diagram. */
  mode?: 'auto' | 'chord' | 'map';
}

export function RotationFlow({ id, title, width = 640, height = 480, dataDate, rotations, schools, year, mode = 'auto' }: RotationFlowProps) {
  const { fmt } = useI18n();
  const m = useMessages(chartMessages);
  const active = activeRotations(rotations, year);
  const byId = new Map(schools.map((s) => [s.id, s]));
  const located = (sid: string) => { const s = byId.get(sid); return s !== undefined && Number.isFinite(s.x) && Number.isFinite(s.y); };
  const asMap = mode === 'map' || (mode === 'auto' && active.length > 0 && active.every((x) => located(x.from) && located(x.to)));
  const name = (sid: string) => byId.get(sid)?.name ?? sid;
  const heading = title ?? (year === undefined ? m('rotation.titleAll') : m('rotation.title', { year }));
  const legend: LegendItem[] = asMap
    ? (['general', 'backbone'] as const).map((c) => ({ label: m(`rotation.${c}`), swatch: { kind: 'line', color: ROTATION_COLORS[c], width: 3, dash: c === 'backbone' ? '6 2' : undefined } }))
    : [{ label: m('rotation.chordHint'), swatch: { kind: 'band', color: OKABE_ITO.blue } }];
  const frame = (body: ReactNode) => (
    <ChartFrame id={id} title={heading} width={width} height={height} legend={legend} units={m(asMap ? 'rotation.unitsMap' : 'rotation.units')} dataDate={dataDate}>
      {active.length === 0 ? <text x={width / 2} y={height / 2} textAnchor="middle" fontSize={13} fill={MUTED}>{m('rotation.empty')}</text> : body}
    </ChartFrame>
  );
  if (asMap) {
    const L = mapLayout(active, schools, { width, height });
    const involved = new Set(active.flatMap((x) => [x.from, x.to]));
    return frame(
      <g className="rotation-map">
        {L.points.map((p) => <circle key={p.id} cx={r(p.px)} cy={r(p.py)} r={involved.has(p.id) ? 4 : 2.5} fill={involved.has(p.id) ? INK : MUTED} />)}
        {L.flows.map((f) => (
          <g key={`${f.from}>${f.to}>${f.category}`} className="rotation-flow" data-from={f.from} data-to={f.to} data-category={f.category} data-teachers={f.teachers}>
            <path d={f.path} fill="none" stroke={ROTATION_COLORS[f.category]} strokeWidth={r(f.width)} strokeOpacity={0.8} strokeDasharray={f.category === 'backbone' ? '6 2' : undefined}>
              <title>{`${name(f.from)} → ${name(f.to)}: ${m('rotation.teachers', { n: fmt.int(f.teachers) })}`}</title>
            </path>
            <path className="rotation-arrow" d={f.head} fill={ROTATION_COLORS[f.category]} />
          </g>
        ))}
        {L.points.filter((p) => involved.has(p.id)).map((p) => (
          <text key={`label-${p.id}`} x={r(p.px + 7)} y={r(p.py - 7)} fontSize={11} fill={INK} stroke="#ffffff" strokeWidth={3} paintOrder="stroke">{fitText(p.name, 11, 120)}</text>
        ))}
      </g>,
    );
  }
  const C = chordLayout(active, schools.map((s) => s.id), { width, height });
  const groupArc = arc<ChordGroup>().innerRadius(C.inner).outerRadius(C.outer);
  const ribbon = ribbonArrow<unknown, unknown>().radius(C.inner - 1).padAngle(1 / C.inner);
  const colorOf = (i: number) => DONOR_COLORS[i % DONOR_COLORS.length]!;
  return frame(
    <g className="rotation-chord" transform={`translate(${r(C.cx)},${r(C.cy)})`}>
      {C.chords.groups.map((g) => {
        const mid = (g.startAngle + g.endAngle) / 2, flip = mid > Math.PI;
        const lx = Math.sin(mid) * (C.outer + 8), ly = -Math.cos(mid) * (C.outer + 8);
        return (
          <g key={C.ids[g.index]} className="rotation-group" data-school={C.ids[g.index]}>
            <path d={groupArc(g) ?? ''} fill={colorOf(g.index)} stroke="#ffffff" />
            <text x={r(lx)} y={r(ly)} dy="0.32em" textAnchor={flip ? 'end' : 'start'} fontSize={11} fill={INK}>{fitText(name(C.ids[g.index]!), 11, 100)}</text>
          </g>
        );
      })}
      {C.chords.map((c) => (
        <path key={`${c.source.index}>${c.target.index}`} className="rotation-ribbon" data-from={C.ids[c.source.index]} data-to={C.ids[c.target.index]}
          data-teachers={C.matrix[c.source.index]![c.target.index]} d={(ribbon(c as never) as unknown as string) ?? ''} fill={colorOf(c.source.index)} fillOpacity={0.7} stroke="#ffffff" strokeWidth={0.5}>
          <title>{`${name(C.ids[c.source.index]!)} → ${name(C.ids[c.target.index]!)}: ${m('rotation.teachers', { n: fmt.int(C.matrix[c.source.index]![c.target.index]!) })}`}</title>
        </path>
      ))}
    </g>,
  );
}
