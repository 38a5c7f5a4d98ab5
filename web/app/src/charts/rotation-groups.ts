/**
 * Rotation flows made readable: with many schools, schools are gathered by location (urban, town, rural) into
 * one node each, except the groups the planner expanded; flows between nodes are summed per category with
 * their first and last serving year.
 */
import type { Location } from '../../../../engine/county/types.ts';
import type { Rotation, RotationCategory } from '../../../../engine/plan/types.ts';

export interface FlowNode {
  id: string;
  /** A school's name, or the group's location. */
  name: string;
  group?: Location | 'unknown';
  /** School ids in a group node; [id] for a school. */
  members: string[];
  x?: number;
  y?: number;
  /** Teachers rotating between two schools of the same group (not drawn as a flow). */
  internal: number;
}

export interface NodeFlow { from: string; to: string; category: RotationCategory; teachers: number; firstYear: number; lastYear: number }

export interface GroupedFlows { nodes: FlowNode[]; flows: NodeFlow[]; grouped: boolean }

export interface GroupSchool { id: string; name: string; x?: number; y?: number; location?: Location }

export const GROUP_PREFIX = 'group:';

/** Schools grouped when more than this many take part in the flows shown. */
export const MAX_SCHOOL_NODES = 8;

export function groupFlows(rotations: readonly Rotation[], schools: readonly GroupSchool[], opts: { expanded?: ReadonlySet<string>; maxNodes?: number } = {}): GroupedFlows {
  const byId = new Map(schools.map((s) => [s.id, s]));
  const involved = [...new Set(rotations.flatMap((x) => [x.from, x.to]))];
  const grouped = involved.length > (opts.maxNodes ?? MAX_SCHOOL_NODES);
  const groupOf = (id: string): Location | 'unknown' => byId.get(id)?.location ?? 'unknown';
  const nodeOf = (id: string) => (grouped && !opts.expanded?.has(groupOf(id)) ? `${GROUP_PREFIX}${groupOf(id)}` : id);
  const nodes = new Map<string, FlowNode>();
  for (const id of involved) {
    const key = nodeOf(id);
    const s = byId.get(id);
    const node = nodes.get(key) ?? (key === id
      ? { id, name: s?.name ?? id, members: [], internal: 0, ...(grouped ? { group: groupOf(id) } : {}) }
      : { id: key, name: groupOf(id), group: groupOf(id), members: [], internal: 0 });
    node.members.push(id);
    nodes.set(key, node);
  }
  for (const node of nodes.values()) {
    const placed = node.members.map((id) => byId.get(id)).filter((s): s is GroupSchool & { x: number; y: number } => Number.isFinite(s?.x) && Number.isFinite(s?.y));
    if (placed.length === node.members.length && placed.length > 0) {
      node.x = placed.reduce((a, s) => a + s.x, 0) / placed.length;
      node.y = placed.reduce((a, s) => a + s.y, 0) / placed.length;
    }
  }
  const sums = new Map<string, NodeFlow>();
  for (const x of rotations) {
    const from = nodeOf(x.from), to = nodeOf(x.to);
    if (from === to) { nodes.get(from)!.internal += x.teachers; continue; }
    const key = `${from}>${to}>${x.category}`;
    const f = sums.get(key) ?? { from, to, category: x.category, teachers: 0, firstYear: x.year, lastYear: x.untilYear };
    f.teachers += x.teachers;
    f.firstYear = Math.min(f.firstYear, x.year);
    f.lastYear = Math.max(f.lastYear, x.untilYear);
    sums.set(key, f);
  }
  return { nodes: [...nodes.values()], flows: [...sums.values()].sort((a, b) => b.teachers - a.teachers), grouped };
}
