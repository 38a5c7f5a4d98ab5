/** "Simulate uncertainty": samples and seed, POST /api/runs/:id/simulate, the county pass probability per year. */
import { useState } from 'react';
import type { MonteCarloResult } from '../../../../../engine/uncertainty/monte-carlo.ts';
import { api, ApiError } from '../../api/client.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { quality2017 } from '../../../../../engine/standards/quality-2017.ts';
import type { Standard } from '../../../../../engine/standards/types.ts';
import { resultsMessages } from './messages.ts';

export const DEFAULT_SAMPLES = 200;

/** The short name of an indicator the result names by key. */
const indicatorName = (standard: Standard, key: string) => standard.indicators.find((i) => i.key === key)?.short ?? key;

export function SimulatePanel({ runId, result, onResult, standard = quality2017 }: { runId: number; result: MonteCarloResult | null; onResult(result: MonteCarloResult | null): void; standard?: Standard }) {
  const m = useMessages(resultsMessages);
  const { fmt } = useI18n();
  const [samples, setSamples] = useState(DEFAULT_SAMPLES);
  const [seed, setSeed] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const simulate = async () => {
    setBusy(true);
    setError(null);
    try {
      const seedValue = seed.trim() === '' ? undefined : Number(seed);
      onResult(await api.simulate(runId, samples, seedValue));
    } catch (e) {
      onResult(null);
      setError(e instanceof ApiError && e.status === 409 ? m('simulateNoPlan') : (e as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="panel simulate" data-testid="simulate">
      <h3>{m('simulateTitle')}</h3>
      <div className="filters">
        <label>{m('samples')}{' '}
          <input type="number" min={1} max={10000} step={1} value={samples} style={{ width: '6em' }}
            onChange={(e) => setSamples(Math.max(1, Math.min(10000, Math.round(Number(e.target.value) || 1))))} />
        </label>
        <label>{m('seed')}{' '}
          <input type="number" min={0} step={1} value={seed} placeholder="—" style={{ width: '7em' }} onChange={(e) => setSeed(e.target.value)} />
        </label>
        <button type="button" data-testid="simulate-run" disabled={busy} onClick={() => void simulate()}>{busy ? m('simulating') : m('simulate')}</button>
      </div>
      {error && <p className="error" role="alert">{error}</p>}
      {result && (
        <div data-testid="simulate-result">
          <p>{m('simulateDone', { samples: fmt.int(result.samples), seed: result.seed })}</p>
          {result.deterministic ? (
            <>
              <p className="notice" role="note" data-testid="simulate-deterministic">{m('simulateDeterministic')}</p>
              <ul>{result.years.map((y) => <li key={y.year}>{m(y.passProbability >= 0.5 ? 'projectionPasses' : 'projectionFails', { year: y.year })}</li>)}</ul>
            </>
          ) : (
            <>
              <ul>{result.years.map((y) => <li key={y.year}>{m('passProbability', { year: y.year, p: fmt.percent(y.passProbability) })}</li>)}</ul>
              <FailingSchools result={result} standard={standard} />
            </>
          )}
        </div>
      )}
    </section>
  );
}

/** Per school, how often it fails in the last plan year and on which indicators (share of samples). */
function FailingSchools({ result, standard }: { result: MonteCarloResult; standard: Standard }) {
  const m = useMessages(resultsMessages);
  const { fmt, text } = useI18n();
  const last = result.years[result.years.length - 1];
  if (!last || !last.mostFailing || last.mostFailing.length === 0) return null;
  return (
    <div className="table-scroll">
      <table data-testid="simulate-failing">
        <caption>{m('failingTitle', { year: last.year })}</caption>
        <thead><tr><th>{m('school')}</th><th className="num">{m('failProbability')}</th><th>{m('failIndicators')}</th></tr></thead>
        <tbody>
          {last.mostFailing.map((f) => (
            <tr key={f.schoolId} data-school-id={f.schoolId}>
              <td>{f.schoolId} {f.name}</td>
              <td className="num">{fmt.percent(f.failProbability)}</td>
              <td>{Object.entries(f.indicators).map(([k, p]) => `${text(indicatorName(standard, k))} ${fmt.percent(p)}`).join(m('listSeparator'))}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
