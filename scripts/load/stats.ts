/** Latencies and outcomes of one kind of traffic, and the report table. */

export interface Tally {
  /** ms, one per answered request */
  latencies: number[];
  '2xx': number;
  '4xx': number;
  '5xx': number;
  /** other statuses (1xx, 3xx) */
  other: number;
  /** socket errors, refused or reset connections (timeouts not included) */
  errors: number;
  timeouts: number;
}

export function newTally(): Tally {
  return { latencies: [], '2xx': 0, '4xx': 0, '5xx': 0, other: 0, errors: 0, timeouts: 0 };
}

export function count(t: Tally, status: number, ms: number): void {
  t.latencies.push(ms);
  if (status >= 200 && status < 300) t['2xx'] += 1;
  else if (status >= 400 && status < 500) t['4xx'] += 1;
  else if (status >= 500) t['5xx'] += 1;
  else t.other += 1;
}

export function merge(tallies: Tally[]): Tally {
  const all = newTally();
  for (const t of tallies) {
    for (const ms of t.latencies) all.latencies.push(ms);
    all['2xx'] += t['2xx']; all['4xx'] += t['4xx']; all['5xx'] += t['5xx']; all.other += t.other;
    all.errors += t.errors; all.timeouts += t.timeouts;
  }
  return all;
}

/** Nearest-rank percentile of sorted values; NaN when there are none. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

/** Anything but a 2xx or 4xx answer. */
export function failures(t: Tally): number {
  return t['5xx'] + t.other + t.errors + t.timeouts;
}

/** `seconds`: how long this kind of traffic ran. */
export interface Row { kind: string; tally: Tally; seconds: number }

const ms = (v: number): string => (Number.isNaN(v) ? '-' : v < 10 ? v.toFixed(1) : v.toFixed(0));

export function table(rows: Row[]): string {
  const header = ['kind', 'requests', 'req/s', 'p50 ms', 'p99 ms', 'max ms', '2xx', '4xx', '5xx', 'errors', 'timeouts'];
  const lines = rows.map(({ kind, tally, seconds }) => {
    const sorted = [...tally.latencies].sort((a, b) => a - b);
    const requests = tally.latencies.length + tally.errors + tally.timeouts;
    return [kind, String(requests), (requests / seconds).toFixed(1), ms(percentile(sorted, 50)), ms(percentile(sorted, 99)), ms(sorted.at(-1) ?? Number.NaN),
      String(tally['2xx']), String(tally['4xx']), String(tally['5xx'] + tally.other), String(tally.errors), String(tally.timeouts)];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  return [header, ...lines].map((cells) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ')).join('\n');
}
