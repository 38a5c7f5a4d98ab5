/** Stored versions of the scenario, newest first; any one can be loaded into the editor, or restored as a new version. */
import { useI18n, useMessages } from '../../i18n/i18n.tsx';
import { scenarioMessages } from './messages.ts';

export interface VersionEntry { version: number; name: string; createdAt: string }

export function VersionHistory({ versions, current, onLoad, onRestore }: { versions: readonly VersionEntry[]; current: number | null; onLoad(version: number): void; onRestore?(version: number): void }) {
  const { fmt } = useI18n();
  const m = useMessages(scenarioMessages);
  return (
    <section className="scenario-panel" data-testid="version-history" aria-labelledby="scenario-versions-title">
      <h3 id="scenario-versions-title">{m('versions.title')}</h3>
      <ol reversed className="scenario-versions">
        {[...versions].sort((a, b) => b.version - a.version).map((v) => (
          <li key={v.version} data-version={v.version}>
            <span>{m('versions.item', { version: v.version, name: v.name, date: fmt.date(v.createdAt) })}</span>{' '}
            {v.version === current
              ? <strong>{m('versions.current')}</strong>
              : <button type="button" data-testid={`version-load-${v.version}`} onClick={() => onLoad(v.version)}>{m('versions.load')}</button>}
            {onRestore && v.version !== Math.max(...versions.map((x) => x.version)) && (
              <>{' '}<button type="button" data-testid={`version-restore-${v.version}`} onClick={() => onRestore(v.version)}>{m('versions.restore')}</button></>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
