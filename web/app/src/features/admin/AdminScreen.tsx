/** Admins: the trash (restore one item, or empty it) and the audit trail, newest first. */
import { useCallback, useEffect, useState } from 'react';
import { api, ApiError, type AuditEntry, type TrashItem } from '../../api/client.ts';
import { useMessages } from '../../i18n/i18n.tsx';
import { adminMessages } from './messages.ts';

export function AdminScreen() {
  const t = useMessages(adminMessages);
  const [trash, setTrash] = useState<TrashItem[]>([]);
  const [audit, setAudit] = useState<AuditEntry[]>([]);
  const [error, setError] = useState<string | null>(null);
  const load = useCallback(async () => {
    try {
      const [items, entries] = await Promise.all([api.trash(), api.audit()]);
      setTrash(items);
      setAudit(entries);
      setError(null);
    } catch (e) {
      setError(e instanceof ApiError && e.status === 403 ? t('forbidden') : (e as Error).message);
    }
  }, [t]);
  useEffect(() => { void load(); }, []); // once on opening; t changes every render
  const act = async (work: () => Promise<unknown>) => {
    try {
      await work();
    } catch (e) {
      setError((e as Error).message);
    }
    await load();
  };
  return (
    <section data-testid="admin-screen">
      <h2>{t('title')}</h2>
      {error && <p role="alert">{error}</p>}
      <h3>{t('trash.title')}</h3>
      {trash.length === 0 ? <p>{t('trash.empty')}</p> : (
        <ul>
          {trash.map((item) => (
            <li key={`${item.kind}-${item.id}`}>
              {t(`trash.kind.${item.kind}`)} {item.id} · {item.name} · {item.deletedAt.slice(0, 16).replace('T', ' ')}{' '}
              <button type="button" onClick={() => void act(() => api.restore(item))}>{t('trash.restore')}</button>
            </li>
          ))}
        </ul>
      )}
      {trash.length > 0 && (
        <button type="button" onClick={() => { if (window.confirm(t('trash.confirm'))) void act(() => api.emptyTrash()); }}>{t('trash.emptyAll')}</button>
      )}
      <h3>{t('audit.title')}</h3>
      <table>
        <thead><tr><th>{t('audit.at')}</th><th>{t('audit.user')}</th><th>{t('audit.action')}</th><th>{t('audit.target')}</th><th>{t('audit.detail')}</th></tr></thead>
        <tbody>
          {audit.map((e) => (
            <tr key={e.id}><td>{e.at.slice(0, 19).replace('T', ' ')}</td><td>{e.user ?? t('audit.nobody')}</td><td>{e.action}</td><td>{e.target ?? ''}</td><td>{e.detail ?? ''}</td></tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}
