/**
 * Teacher-rotation flows between schools: a map when schools have coordinates, else a directed chord diagram.
 * Many schools are summed by location (rotation-groups.ts, click to expand); labels are placed so none overlap
 * (label-placement.ts); each flow is labelled with its teachers and years.
 */
import { arc, chordDirected, descending, max, ribbonArrow, scaleLinear, type ChordGroup, type Chords } from 'd3';
import type { Rotation, RotationCategory } from '../../../../engine/plan/types.ts';
import { useState, type ReactNode } from 'react';
import { useI18n, useMessages } from '../i18n/i18n.tsx';
import { useOptionalWorkspace } from '../workspace.tsx';
import { ChartFrame } from './ChartFrame.tsx';
import { placeLabels, type LabelRequest, type PlacedLabel } from './label-placement.ts';
import { FRAME, fitText, legendFlow, type ChartCommonProps } from './layout.ts';
import { rotationMessages } from './rotation-messages.ts';
import { groupFlows, GROUP_PREFIX, type FlowNode, type GroupSchool, type NodeFlow } from './rotation-groups.ts';
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

export interface MapFlow { from: string; to: string; category: RotationCategory; teachers: number; path: string; width: number; head: string; mid: { x: number; y: number } }
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
    const mid = { x: 0.25 * a.px + 0.5 * cx + 0.25 * baseX, y: 0.25 * a.py + 0.5 * cy + 0.25 * baseY };
    flows.push({ ...s, width: w, head, mid, path: len === 0 ? '' : `M${r(a.px)},${r(a.py)}Q${r(cx)},${r(cy)} ${r(baseX)},${r(baseY)}` });
  }
  flows.sort((p, q) => q.teachers - p.teachers);
  return { points, flows, kmPerPx: 1 / scale };
}


const DONOR_COLORS = [OKABE_ITO.blue, OKABE_ITO.orange, OKABE_ITO.bluishGreen, OKABE_ITO.vermillion, OKABE_ITO.reddishPurple, OKABE_ITO.skyBlue, OKABE_ITO.black];

export interface RotationFlowProps extends ChartCommonProps {
  rotations: readonly Rotation[];
  schools: readonly GroupSchool[];
  /** Show rotations serving in this year; all when undefined. With `interactive`, the starting choice. */
  year?: number;
  /** 'auto': a map when every node has x/y, else a chord diagram. */
  mode?: 'auto' | 'chord' | 'map';
  /** Year choice and group expanding outside/inside the SVG; school names open the school's page. */
  interactive?: boolean;
  /** Groups (locations) shown school by school from the start. */
  expanded?: readonly string[];
  onSchool?: (schoolId: string) => void;
}

/** Rotation-shaped flows between nodes, so the layouts can take them. */
const asRotations = (flows: readonly NodeFlow[]): Rotation[] =>
  flows.map((f) => ({ year: f.firstYear, untilYear: f.lastYear, from: f.from, to: f.to, category: f.category, teachers: f.teachers, distanceKm: null }));

export function RotationFlow({ id, title, width = 640, height = 480, dataDate, rotations, schools, year: year0, mode = 'auto', interactive, expanded: expanded0 = [], onSchool }: RotationFlowProps) {
  const { fmt } = useI18n();
  const m = useMessages(chartMessages);
  const g = useMessages(rotationMessages);
  const ws = useOptionalWorkspace();
  const openSchool = onSchool ?? ws?.openSchool;
  const [year, setYear] = useState<number | undefined>(year0);
  const [expanded, setExpanded] = useState<ReadonlySet<string>>(() => new Set(expanded0));
  const active = activeRotations(rotations, year);
  const G = groupFlows(active, schools, { expanded });
  const nodeById = new Map(G.nodes.map((n) => [n.id, n]));
  const flows = asRotations(G.flows);
  const asMap = mode === 'map' || (mode === 'auto' && G.nodes.length > 0 && G.nodes.every((n) => n.x !== undefined && n.y !== undefined));
  const nodeName = (n: FlowNode | undefined, sid: string) => {
    if (!n) return sid;
    if (n.members.length > 1 || n.id.startsWith(GROUP_PREFIX)) return g('groupLabel', { name: g(`group.${n.group ?? 'unknown'}`), n: n.members.length }) + (n.internal > 0 ? g('internal', { n: fmt.num(n.internal, 1) }) : '');
    return n.name;
  };
  const name = (sid: string) => nodeName(nodeById.get(sid), sid);
  const click = (n: FlowNode) => {
    if (n.id.startsWith(GROUP_PREFIX)) setExpanded((e) => new Set([...e, n.group ?? 'unknown']));
    else if (openSchool) openSchool(n.id);
  };
  const clickable = (n: FlowNode) => interactive === true && (n.id.startsWith(GROUP_PREFIX) || openSchool !== undefined);
  const heading = title ?? (year === undefined ? m('rotation.titleAll') : m('rotation.title', { year }));
  const legend: LegendItem[] = asMap
    ? (['general', 'backbone'] as const).map((c) => ({ label: m(`rotation.${c}`), swatch: { kind: 'line', color: ROTATION_COLORS[c], width: 3, dash: c === 'backbone' ? '6 2' : undefined } }))
    : [{ label: m('rotation.chordHint'), swatch: { kind: 'band', color: OKABE_ITO.blue } }];
  if (G.grouped) legend.push({ label: g('groupedHint'), swatch: { kind: 'fill', color: '#ffffff' } });
  const years = [...new Set(rotations.flatMap((x) => Array.from({ length: x.untilYear - x.year + 1 }, (_, k) => x.year + k)))].sort((a, b) => a - b);
  const controls = interactive ? (
    <>
      <label>{g('year')}{' '}
        <select data-testid="rotation-year" value={year ?? ''} onChange={(e) => setYear(e.currentTarget.value === '' ? undefined : Number(e.currentTarget.value))}>
          <option value="">{g('allYears')}</option>
          {years.map((y) => <option key={y} value={y}>{y}</option>)}
        </select>
      </label>
      {expanded.size > 0 && <button type="button" data-testid="rotation-collapse" onClick={() => setExpanded(new Set())}>{g('collapse')}</button>}
    </>
  ) : undefined;
  const frame = (body: ReactNode) => (
    <ChartFrame id={id} title={heading} width={width} height={height} legend={legend} units={m(asMap ? 'rotation.unitsMap' : 'rotation.units')} dataDate={dataDate} controls={controls}>
      {active.length === 0 ? <text x={width / 2} y={height / 2} textAnchor="middle" fontSize={13} fill={MUTED}>{m('rotation.empty')}</text> : body}
    </ChartFrame>
  );
  const legendRows = legendFlow(legend.map((l) => l.label), width).rows;
  const bounds = { x: FRAME.padding, y: FRAME.top + (legendRows - 1) * FRAME.legendRow, width: width - 2 * FRAME.padding, height: height - FRAME.top - FRAME.bottom - 4 };
  const labelText = (n: FlowNode) => fitText(name(n.id), 11, 220);
  const nodeLabel = (n: FlowNode, p: PlacedLabel, ax: number, ay: number) => (
    <g key={`label-${n.id}`} className="rotation-node-label" data-node={n.id}>
      {p.leader && <line x1={r(ax)} y1={r(ay)} x2={r(p.box.x + (p.box.x > ax ? 0 : p.box.width))} y2={r(p.y)} stroke={MUTED} strokeWidth={0.75} />}
      <text className="rotation-label" x={r(p.x)} y={r(p.y)} dy="0.32em" fontSize={11} fill={clickable(n) ? '#0b5cad' : INK} stroke="#ffffff" strokeWidth={3} paintOrder="stroke"
        style={clickable(n) ? { cursor: 'pointer' } : undefined} onClick={clickable(n) ? () => click(n) : undefined} data-group={n.id.startsWith(GROUP_PREFIX) ? n.group : undefined}>
        {labelText(n)}
      </text>
    </g>
  );
  if (asMap) {
    const L = mapLayout(flows, G.nodes.map((n) => ({ id: n.id, name: n.name, x: n.x, y: n.y })), { width, height });
    const dotR = (n: FlowNode | undefined) => (n && n.members.length > 1 ? 7 : 4);
    const dots = L.points.map((p) => ({ x: p.px - dotR(nodeById.get(p.id)), y: p.py - dotR(nodeById.get(p.id)), width: 2 * dotR(nodeById.get(p.id)), height: 2 * dotR(nodeById.get(p.id)) }));
    const requests: LabelRequest[] = [
      ...L.points.map((p) => ({ ax: p.px, ay: p.py, text: labelText(nodeById.get(p.id)!), fontSize: 11 })),
      ...L.flows.map((f) => ({ ax: f.mid.x, ay: f.mid.y, text: flowText(f, G.flows, g, fmt), fontSize: 10, optional: true })),
    ];
    const placed = placeLabels(requests, bounds, dots);
    return frame(
      <g className="rotation-map">
        {L.points.map((p) => <circle key={p.id} cx={r(p.px)} cy={r(p.py)} r={dotR(nodeById.get(p.id))} fill={nodeById.get(p.id)!.members.length > 1 ? OKABE_ITO.skyBlue : INK} stroke="#ffffff"
          style={interactive ? { cursor: 'pointer' } : undefined} onClick={interactive ? () => click(nodeById.get(p.id)!) : undefined} />)}
        {L.flows.map((f) => (
          <g key={`${f.from}>${f.to}>${f.category}`} className="rotation-flow" data-from={f.from} data-to={f.to} data-category={f.category} data-teachers={f.teachers}>
            <path d={f.path} fill="none" stroke={ROTATION_COLORS[f.category]} strokeWidth={r(f.width)} strokeOpacity={0.8} strokeDasharray={f.category === 'backbone' ? '6 2' : undefined}>
              <title>{`${name(f.from)} → ${name(f.to)}: ${m('rotation.teachers', { n: fmt.int(f.teachers) })}`}</title>
            </path>
            <path className="rotation-arrow" d={f.head} fill={ROTATION_COLORS[f.category]} />
          </g>
        ))}
        {placed.map((p) => {
          if (p.index < L.points.length) { const pt = L.points[p.index]!; return nodeLabel(nodeById.get(pt.id)!, p, pt.px, pt.py); }
          const f = L.flows[p.index - L.points.length]!;
          return <text key={`flow-label-${p.index}`} className="rotation-label rotation-flow-label" x={r(p.x)} y={r(p.y)} dy="0.32em" fontSize={10} fill={ROTATION_COLORS[f.category]}
            stroke="#ffffff" strokeWidth={3} paintOrder="stroke">{requests[p.index]!.text}</text>;
        })}
      </g>,
    );
  }
  const C = chordLayout(flows, G.nodes.map((n) => n.id), { width, height });
  const groupArc = arc<ChordGroup>().innerRadius(C.inner).outerRadius(C.outer);
  const ribbon = ribbonArrow<unknown, unknown>().radius(C.inner - 1).padAngle(1 / C.inner);
  const colorOf = (i: number) => DONOR_COLORS[i % DONOR_COLORS.length]!;
  const anchors = C.chords.groups.map((cg) => { const mid = (cg.startAngle + cg.endAngle) / 2; return { x: C.cx + Math.sin(mid) * (C.outer + 4), y: C.cy - Math.cos(mid) * (C.outer + 4) }; });
  const ring = { x: C.cx - C.outer, y: C.cy - C.outer, width: 2 * C.outer, height: 2 * C.outer };
  const placed = placeLabels(C.chords.groups.map((cg, i) => ({ ax: anchors[i]!.x, ay: anchors[i]!.y, text: labelText(nodeById.get(C.ids[cg.index]!)!), fontSize: 11 })), bounds, [ring]);
  return frame(
    <g className="rotation-chord">
      <g transform={`translate(${r(C.cx)},${r(C.cy)})`}>
        {C.chords.groups.map((cg) => (
          <g key={C.ids[cg.index]} className="rotation-group" data-school={C.ids[cg.index]}><path d={groupArc(cg) ?? ''} fill={colorOf(cg.index)} stroke="#ffffff" /></g>
        ))}
        {C.chords.map((c) => (
          <path key={`${c.source.index}>${c.target.index}`} className="rotation-ribbon" data-from={C.ids[c.source.index]} data-to={C.ids[c.target.index]}
            data-teachers={C.matrix[c.source.index]![c.target.index]} d={(ribbon(c as never) as unknown as string) ?? ''} fill={colorOf(c.source.index)} fillOpacity={0.7} stroke="#ffffff" strokeWidth={0.5}>
            <title>{`${name(C.ids[c.source.index]!)} → ${name(C.ids[c.target.index]!)}: ${m('rotation.teachers', { n: fmt.int(C.matrix[c.source.index]![c.target.index]!) })}`}</title>
          </path>
        ))}
      </g>
      {placed.map((p) => nodeLabel(nodeById.get(C.ids[C.chords.groups[p.index]!.index]!)!, p, anchors[p.index]!.x, anchors[p.index]!.y))}
    </g>,
  );
}

/** "3人 · 2026–2028" for a drawn flow (summed over the node pair and category). */
function flowText(f: MapFlow, flows: readonly NodeFlow[], g: (k: 'flowLabel', p: Record<string, string | number>) => string, fmt: { num(n: number, d?: number): string }): string {
  const source = flows.find((x) => x.from === f.from && x.to === f.to && x.category === f.category);
  const years = source ? (source.lastYear > source.firstYear ? `${source.firstYear}–${source.lastYear}` : String(source.firstYear)) : '';
  return g('flowLabel', { n: fmt.num(f.teachers, 1), years });
}
