/**
 * What a shared link or a reload restores: language, screen, dataset, scenario, run, comparison and school,
 * kept in the page's query string (?lang=en&screen=results&dataset=1&run=7&compare=7,8&school=S003).
 */
import type { Lang } from './i18n/format.ts';

export const SCREENS = ['data', 'scenario', 'results', 'compare', 'province', 'report', 'present', 'school', 'admin'] as const;
export type Screen = (typeof SCREENS)[number];

export interface UrlState {
  lang?: Lang;
  screen?: Screen;
  datasetId?: number;
  scenarioId?: number;
  runId?: number;
  compareRunIds?: number[];
  schoolId?: string;
}

const id = (text: string | null): number | undefined => {
  const n = text === null ? NaN : Number(text);
  return Number.isSafeInteger(n) && n > 0 ? n : undefined;
};

/** Unknown or malformed values are dropped, so a hand-edited link never breaks the page. */
export function readUrlState(search: string): UrlState {
  const q = new URLSearchParams(search);
  const state: UrlState = {};
  const lang = q.get('lang');
  if (lang === 'zh' || lang === 'en') state.lang = lang;
  const screen = q.get('screen');
  if (screen && (SCREENS as readonly string[]).includes(screen)) state.screen = screen as Screen;
  const datasetId = id(q.get('dataset'));
  if (datasetId !== undefined) state.datasetId = datasetId;
  const scenarioId = id(q.get('scenario'));
  if (scenarioId !== undefined) state.scenarioId = scenarioId;
  const runId = id(q.get('run'));
  if (runId !== undefined) state.runId = runId;
  const compare = (q.get('compare') ?? '').split(',').map((x) => id(x)).filter((x): x is number => x !== undefined);
  if (compare.length > 0) state.compareRunIds = [...new Set(compare)].slice(0, 4);
  const school = q.get('school');
  if (school) state.schoolId = school.slice(0, 100);
  return state;
}

/** The query string for a state ('' when empty); keys in a fixed order so links compare equal. */
export function writeUrlState(state: UrlState): string {
  const q = new URLSearchParams();
  if (state.lang) q.set('lang', state.lang);
  if (state.screen) q.set('screen', state.screen);
  if (state.datasetId !== undefined) q.set('dataset', String(state.datasetId));
  if (state.scenarioId !== undefined) q.set('scenario', String(state.scenarioId));
  if (state.runId !== undefined) q.set('run', String(state.runId));
  if (state.compareRunIds && state.compareRunIds.length > 0) q.set('compare', state.compareRunIds.join(','));
  if (state.schoolId) q.set('school', state.schoolId);
  const text = q.toString().replace(/%2C/g, ',');
  return text === '' ? '' : `?${text}`;
}
