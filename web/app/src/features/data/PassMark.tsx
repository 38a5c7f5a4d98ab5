/** Pass or fail as a symbol and words, never colour alone. */
import { useMessages } from '../../i18n/i18n.tsx';
import { dataMessages } from './messages.ts';

export function PassMark({ ok, short = false }: { ok: boolean | null; short?: boolean }) {
  const m = useMessages(dataMessages);
  if (ok === null) return <span className="data-mark data-mark-none">—</span>;
  const label = m(ok ? 'pass' : 'fail');
  return (
    <span className={`data-mark ${ok ? 'data-mark-pass' : 'data-mark-fail'}`} title={label} data-pass={ok ? 'yes' : 'no'}>
      {short ? <><span aria-hidden="true">{m(ok ? 'pass.short' : 'fail.short')}</span><span className="data-sr">{label}</span></> : label}
    </span>
  );
}
