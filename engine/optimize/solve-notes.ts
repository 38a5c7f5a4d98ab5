/**
 * The notes the solve adds to its report (solve-scenario.ts, sweeps), each in both languages (model/note.ts):
 * solver messages, a skipped tie-break, the warm start, the MIP gap. The model's own notes are made in
 * engine/model where it decides what they say.
 */
import type { Note } from '../model/note.ts';
import type { StartPoint } from './warm-start.ts';

/** How the English MIP gap note starts: sweeps replace it when they report another plan (compare/sweep-monotone.ts). */
export const MIP_GAP_PREFIX = 'MIP gap';

/** The relative gap (0.0123 → 1.23 %) of the delivered plan to the proven bound. */
export function mipGapNote(gap: number): Note {
  const pct = (gap * 100).toFixed(2);
  return { zh: `整数规划相对间隙 ${pct}%`, en: `${MIP_GAP_PREFIX} ${pct}%` };
}

/**
 * Chinese of the solver's messages (engine/solve/highs.ts status names, jslp) and of the optimize layer's own
 * (heuristic.ts, floor-search.ts), which SolveResult carries as English text.
 */
const SOLVER_MESSAGES_ZH: Record<string, string> = {
  'no integer plan within the time limit, and rounding the LP relaxation did not give one': '时间限制内未找到整数方案，线性松弛取整也未得到可行方案',
  'time limit reached; the plan is the MIP start': '已达时间限制；方案为整数规划的初始解',
  'no integer plan within the time limit': '时间限制内未找到整数方案',
  'time limit reached in branch-and-cut': '分支切割达到时间限制',
  'time limit reached': '已达时间限制',
  'iteration limit reached': '已达迭代次数限制',
  'solution limit reached': '已达可行解个数限制',
  'objective bound reached': '已达目标值界限',
  'objective target reached': '已达目标值',
  'unbounded or infeasible': '无界或不可行',
  'infeasible': '不可行',
  'unbounded': '无界',
  'interrupted': '求解被中断',
  'load error': '求解器载入模型出错',
  'model error': '模型有误',
  'presolve error': '预处理出错',
  'solve error': '求解出错',
  'postsolve error': '后处理出错',
  'empty': '空模型',
  'unknown': '求解状态未知',
  'not set': '求解状态未设置',
};

/** A solver message as a note: known messages in Chinese; any other keeps the solver's own words after "求解器：". */
export function solverMessageNote(message: string): Note {
  const noPrimal = ', no primal solution';
  const [head, tail] = message.endsWith(noPrimal) ? [message.slice(0, -noPrimal.length), '，无原始可行解'] : [message, ''];
  const zh = SOLVER_MESSAGES_ZH[head];
  return { zh: zh !== undefined ? `${zh}${tail}` : `求解器：${message}`, en: message };
}

/** The scenario's tie-breaks as the scenario editor names them in Chinese (web/app scenario messages). */
const TIE_BREAK_ZH: Record<string, string> = { cost: '成本更低', shortfall: '缺口更小' };

/** Why the tie-break (次要目标) did not run: the time limit was used up, or too little of it is left for the model's size. */
export function tieBreakSkippedNote(tieBreak: string, skipped: 'time' | 'size', rootMultiple: number, relaxationSeconds: number): Note {
  const zhName = TIE_BREAK_ZH[tieBreak] ?? tieBreak;
  if (skipped === 'time') {
    return {
      zh: `未在同等方案中按次要目标（${zhName}）择优：时间限制已被主目标用完。`,
      en: `No tie-break (${tieBreak}): the time limit was used by the primary objective.`,
    };
  }
  const each = relaxationSeconds.toFixed(1);
  return {
    zh: `未在同等方案中按次要目标（${zhName}）择优：剩余时间不足以求解 ${rootMultiple} 次线性松弛（每次 ${each} 秒）。`,
    en: `No tie-break (${tieBreak}): the time left for it is less than ${rootMultiple} solves of the relaxation (${each} s each).`,
  };
}

/** Whether a starting plan was given, and fitted (and was delivered as it was), or not a plan of this scenario. */
export function startNote(start: StartPoint, delivered: boolean): Note {
  if ('misfit' in start) return { zh: `未采用起始方案：${start.misfitZh}。`, en: `Starting plan not used: ${start.misfit}.` };
  return delivered
    ? {
      zh: '相邻假设情景的方案适用于本情景（热启动），搜索未找到更好的方案：采用该方案。',
      en: 'A neighbouring what-if\'s plan fits this scenario (warm start) and the search found nothing better: that plan is delivered.',
    }
    : {
      zh: '相邻假设情景的方案适用于本情景（热启动）；给出的方案不比它差。',
      en: 'A neighbouring what-if\'s plan fits this scenario (warm start); the plan delivered is at least as good.',
    };
}
