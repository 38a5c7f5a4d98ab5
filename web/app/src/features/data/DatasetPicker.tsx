/** Stored datasets and the evaluation standard to show them under. */
import type { DatasetSummary } from '../../api/client.ts';
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { dataMessages } from './messages.ts';

export const STANDARD_IDS = ['quality-2017', 'basic-2012'] as const;
export type StandardId = (typeof STANDARD_IDS)[number];

interface Props {
  datasets: DatasetSummary[];
  datasetId: number | null;
  onPick(id: number | null): void;
  standard: StandardId;
  onStandard(standard: StandardId): void;
}

export function DatasetPicker({ datasets, datasetId, onPick, standard, onStandard }: Props) {
  const { fmt } = useI18n();
  const m = useMessages(dataMessages);
  return (
    <div className="data-picker" aria-labelledby="data-stored-title">
      <h3 id="data-stored-title">{m('stored.title')}</h3>
      {datasets.length === 0 ? <p className="data-hint">{m('stored.empty')}</p> : null}
      <label>{m('stored.pick')}
        <select data-testid="dataset-select" value={datasetId ?? ''} onChange={(e) => onPick(e.target.value === '' ? null : Number(e.target.value))}>
          <option value="">{m('stored.none')}</option>
          {datasets.map((d) => (
            <option key={d.id} value={d.id}>{m('stored.option', { name: d.name, schools: d.schools, date: fmt.date(d.createdAt) })}</option>
          ))}
        </select>
      </label>
      <label>{m('standard')}
        <select data-testid="standard-select" value={standard} onChange={(e) => onStandard(e.target.value as StandardId)}>
          {STANDARD_IDS.map((id) => <option key={id} value={id}>{m(`standard.${id}`)}</option>)}
        </select>
      </label>
    </div>
  );
}
