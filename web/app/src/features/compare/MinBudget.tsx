/** "Least budget for these targets": a min-cost run of the scenario, its answer, and sweep defaults around it. */
import { useEffect, useRef, useState } from 'react';
import { minBudgetAnswer, type MinBudgetAnswer } from '../../../../../engine/optimize/min-budget.ts';
import { api, followEvents } from '../../api/client.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { Elapsed } from '../../shared/Elapsed.tsx';
import { runFigureMessages } from '../../shared/messages.ts';
import { minBudgetMessages } from './min-budget-messages.ts';

/** Sweep range around the least budget: from 60% to 200% of it in 9 points, so the frontier's bend shows. */
export function sweepAround(total: number): { from: number; to: number; steps: number } {
  const unit = 100_000; // round to 10 万元
  return { from: Math.max(0, Math.round((total * 0.6) / unit) * unit), to: Math.round((total * 2) / unit) * unit, steps: 9 };
}

export function MinBudget({ datasetId, scenarioId, onAnswer }: { datasetId: number | null; scenarioId: number | null; onAnswer?(range: { from: number; to: number; steps: number }): void }) {
  const m = useMessages(minBudgetMessages);
  const rm = useMessages(runFigureMessages); // job statuses in the interface's language
  const { fmt, lang } = useI18n();
  const [state, setState] = useState<{ runId: number; since: number; done: boolean; answer?: MinBudgetAnswer; error?: string } | null>(null);
  const stop = useRef<(() => void) | null>(null);
  useEffect(() => () => stop.current?.(), []);
  useEffect(() => { stop.current?.(); setState(null); }, [datasetId, scenarioId]);

  const ask = async () => {
    if (datasetId === null || scenarioId === null) return;
    try {
      const [{ id }, scenario] = await Promise.all([api.startRun(datasetId, scenarioId, undefined, 'min-budget'), api.scenario(scenarioId)]);
      setState({ runId: id, since: Date.now(), done: false });
      stop.current?.();
      stop.current = followEvents('runs', id, (event) => {
        if (event.type !== 'end') return;
        api.run(id).then((run) => {
          if (!run.result) { setState((s) => s && { ...s, done: true, error: run.error ?? rm(`job.${event.status}`) }); return; }
          const answer = minBudgetAnswer(run.result, scenario.scenario.objective?.targets ?? null);
          setState((s) => s && { ...s, done: true, answer });
          if (answer.total !== null && answer.total > 0) onAnswer?.(sweepAround(answer.total));
        }, (e: Error) => setState((s) => s && { ...s, done: true, error: e.message }));
      });
    } catch (e) {
      setState({ runId: 0, since: Date.now(), done: true, error: (e as Error).message });
    }
  };

  const a = state?.answer;
  const binding = a?.perYear.find((y) => y.year === a.bindingYear);
  const range = a?.total ? sweepAround(a.total) : null;
  return (
    <div className="min-budget" data-testid="min-budget">
      <h4>{m('title')}</h4>
      <p className="muted">{m('hint')}</p>
      <button type="button" data-testid="min-budget-ask" disabled={datasetId === null || scenarioId === null || (state !== null && !state.done)} onClick={() => void ask()}>
        {state && !state.done ? m('asking') : m('ask')}
      </button>
      {state && !state.done && <span role="status"> {m('run', { id: state.runId })} · <Elapsed since={state.since} /></span>}
      {state?.error && <p className="error" role="alert">{m('failed', { error: state.error })}</p>}
      {a && (
        <div data-testid="min-budget-answer" data-total={a.total ?? ''} data-binding-year={a.bindingYear ?? ''}>
          {a.total === null ? <p>{m('none')}</p> : (
            <>
              <p><strong>{m('answer', { total: fmt.money(a.total) })}</strong>{' '}<span className="muted">{lang === 'zh' ? `（${m('run', { id: state!.runId })}）` : `(${m('run', { id: state!.runId })})`}</span></p>
              <ul>
                {a.perYear.map((y) => (
                  <li key={y.year}>{m('perYear', { year: y.year, spend: fmt.money(y.spend), passing: y.passing, schools: y.schools, target: y.target === null ? '—' : fmt.percent(y.target) })}</li>
                ))}
              </ul>
              {binding && <p data-testid="min-budget-binding">{m('binding', { year: binding.year, spend: fmt.money(binding.spend) })}</p>}
              {a.tightYears.length > 0 && <p className="muted">{m('tight', { years: a.tightYears.join(lang === 'zh' ? '、' : ', ') })}</p>}
              {range && <p className="muted">{m('sweepSet', { from: fmt.money(range.from), to: fmt.money(range.to), steps: range.steps })}</p>}
            </>
          )}
        </div>
      )}
    </div>
  );
}
