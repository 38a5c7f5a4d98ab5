/** A run's outcome as a symbol, words and colour (never colour alone): ✓ green, ⚠ amber, ✗ red, grey while pending. */
import type { Run } from '../api/client.ts';
import { useMessages } from '../i18n/i18n.tsx';
import { runOutcome, type RunTone } from './run-status.ts';
import { runStatusMessages } from './run-status-messages.ts';

/** Pending runs show their elapsed time beside the words instead of a symbol. */
const SYMBOLS: Record<RunTone, string> = { good: '✓', warn: '⚠', bad: '✗', pending: '', neutral: '' };

export function RunStatusBadge({ run }: { run: Pick<Run, 'status'> & Partial<Pick<Run, 'outcome' | 'hasPlan' | 'result'>> }) {
  const m = useMessages(runStatusMessages);
  const { key, tone } = runOutcome(run);
  const symbol = SYMBOLS[tone];
  return (
    <span className={`run-status tone-${tone}`} data-outcome={key} data-tone={tone}>
      {symbol && <span aria-hidden="true">{symbol} </span>}{m(`outcome.${key}`)}
    </span>
  );
}
