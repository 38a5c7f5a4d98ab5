/** Save as a new version, discard edits, or save under a new name as a new scenario; blocked while problems remain. */
import { useEffect, useState } from 'react';
import { useMessages } from '../../i18n/i18n.tsx';
import { scenarioMessages } from './messages.ts';

interface Props {
  name: string;
  version: number | null;
  /** Latest stored version: an older one loaded may be saved as is (restored). */
  latest?: number | null;
  dirty: boolean;
  blocking: number;
  busy: boolean;
  status: string | null;
  onSave(): void;
  onReset(): void;
  onSaveAs(name: string): void;
}

export function SaveBar({ name, version, latest = null, dirty, blocking, busy, status, onSave, onReset, onSaveAs }: Props) {
  const m = useMessages(scenarioMessages);
  const [newName, setNewName] = useState('');
  useEffect(() => { setNewName(m('saveAs.default', { name })); }, [name, version]);
  const blocked = blocking > 0;
  const older = version !== null && latest !== null && version < latest;
  return (
    <section className="scenario-panel scenario-savebar" aria-label={m('save')}>
      <p className="scenario-hint">
        {version !== null ? m('editing', { version }) : null}
        {older ? <span data-testid="save-older">{m('older', { latest: latest! })}</span> : null}
        {dirty ? <strong className="scenario-dirty"> · ● {m('unsaved')}</strong> : null}
      </p>
      {blocked ? <p className="scenario-blocked" data-testid="save-blocked">✗ {m('blocked', { count: blocking })}</p> : null}
      <div className="scenario-inline">
        <button type="button" className="primary" data-testid="scenario-save" disabled={blocked || busy || (!dirty && !older)} onClick={onSave}>
          {busy ? m('saving') : m('save')}
        </button>
        <button type="button" disabled={!dirty || busy} onClick={onReset}>{m('reset')}</button>
      </div>
      <label className="scenario-saveas">{m('saveAs.name')}
        <input type="text" data-testid="save-as-name" value={newName} onChange={(e) => setNewName(e.target.value)} />
      </label>
      <button type="button" data-testid="scenario-save-as" disabled={blocked || busy || newName.trim() === ''} onClick={() => onSaveAs(newName.trim())}>
        {m('saveAs')}
      </button>
      {status ? <p className="scenario-status" role="status" data-testid="scenario-status">✓ {status}</p> : null}
    </section>
  );
}
