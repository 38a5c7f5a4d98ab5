/**
 * Greedy label placement without overlaps: each label tries positions around its anchor, nearest first, then in
 * wider rings (drawn with a leader line); a label that finds no free place is left out when it is optional.
 */
import { textWidth } from './layout.ts';

export interface Box { x: number; y: number; width: number; height: number }
export interface LabelRequest {
  /** px of the point labelled. */
  ax: number;
  ay: number;
  text: string;
  fontSize: number;
  /** Optional labels (e.g. on flows) may be dropped; required ones (schools) always get a place. */
  optional?: boolean;
}
/** x, y: the text's start and baseline; box: what it covers; leader when moved away from its anchor. */
export interface PlacedLabel { index: number; x: number; y: number; box: Box; leader: boolean }

export function overlaps(a: Box, b: Box, gap = 0): boolean {
  return a.x < b.x + b.width + gap && b.x < a.x + a.width + gap && a.y < b.y + b.height + gap && b.y < a.y + a.height + gap;
}

function inside(b: Box, bounds: Box): boolean {
  return b.x >= bounds.x && b.y >= bounds.y && b.x + b.width <= bounds.x + bounds.width && b.y + b.height <= bounds.y + bounds.height;
}

/** Boxes of text placed with its left edge at dx and vertical centre at dy from the anchor. */
function candidate(req: LabelRequest, w: number, h: number, dx: number, dy: number): Box {
  return { x: req.ax + dx, y: req.ay + dy - h / 2, width: w, height: h };
}

/**
 * Labels in request order (put the important ones first); `obstacles` (e.g. dots) are avoided too.
 * The box is the estimated text extent plus 1 px, so boxes that do not overlap leave the drawn text apart.
 */
export function placeLabels(requests: readonly LabelRequest[], bounds: Box, obstacles: readonly Box[] = []): PlacedLabel[] {
  const taken: Box[] = [...obstacles];
  const out: PlacedLabel[] = [];
  requests.forEach((req, index) => {
    const w = textWidth(req.text, req.fontSize) + 2, h = req.fontSize + 3;
    const near: [number, number][] = [[7, -7], [-7 - w, -7], [7, 9], [-7 - w, 9], [-w / 2, -13], [-w / 2, 13]];
    const tries: { box: Box; leader: boolean }[] = near.map(([dx, dy]) => ({ box: candidate(req, w, h, dx, dy), leader: false }));
    for (let ring = 1; ring <= 10; ring++) {
      const radius = 12 + ring * 12;
      for (let k = 0; k < 12; k++) {
        const angle = (k / 12) * 2 * Math.PI;
        const cx = Math.cos(angle) * radius, cy = Math.sin(angle) * radius;
        tries.push({ box: candidate(req, w, h, cx >= 0 ? cx : cx - w, cy), leader: true });
      }
    }
    const ok = tries.find((t) => inside(t.box, bounds) && !taken.some((b) => overlaps(t.box, b)));
    const chosen = ok ?? (req.optional ? undefined : tries.find((t) => inside(t.box, bounds)) ?? tries[0]);
    if (!chosen) return;
    taken.push(chosen.box);
    out.push({ index, x: chosen.box.x + 1, y: chosen.box.y + h / 2, box: chosen.box, leader: chosen.leader });
  });
  return out;
}
