/**
 * 「取消」/"Cancel" for a queued or running run, sweep or province batch: POST …/:id/cancel. Shown only while
 * the job is going and only to a session that may run (planner, admin, single-user server). A 409 means the
 * job ended before the request arrived: a notice in words, and the screen is told to fetch the ended job.
 */
import { useEffect, useState } from 'react';
import { api, ApiError, type RunStatus } from '../api/client.ts';
import { useMessages } from '../i18n/i18n.tsx';
import { cancelMessages } from './cancel-messages.ts';
import { useMayRun } from './session.ts';

export type CancelKind = 'run' | 'sweep' | 'batch';

const CANCEL: Record<CancelKind, (id: number) => Promise<{ status: RunStatus }>> = {
  run: api.cancelRun, sweep: api.cancelSweep, batch: api.cancelBatch,
};

export interface CancelButtonProps {
  kind: CancelKind;
  id: number;
  /** The job's status as the screen knows it; the button shows for queued and running only. */
  status: string;
  /** The server stored the job as cancelled (its answer's status). */
  onCancelled?(status: RunStatus): void;
  /** 409: the job had already ended; the screen may fetch it to show how. */
  onAlreadyEnded?(): void;
}

export function CancelButton({ kind, id, status, onCancelled, onAlreadyEnded }: CancelButtonProps) {
  const m = useMessages(cancelMessages);
  const allowed = useMayRun();
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  useEffect(() => { setNotice(null); }, [kind, id]);
  if (!allowed) return null;
  const going = status === 'queued' || status === 'running';

  const cancel = async () => {
    setBusy(true);
    setNotice(null);
    try {
      const job = await CANCEL[kind](id);
      onCancelled?.(job.status);
    } catch (e) {
      if (e instanceof ApiError && e.status === 409) {
        setNotice(m(`ended.${kind}`, { id }));
        onAlreadyEnded?.();
      } else {
        setNotice(m('failed', { error: (e as Error).message }));
      }
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {going && (
        <button type="button" className="cancel-job" data-testid={`cancel-${kind}-${id}`} aria-label={m(`label.${kind}`, { id })}
          disabled={busy} onClick={() => void cancel()}>
          {busy ? m('cancelling') : m('cancel')}
        </button>
      )}
      {notice && <span className="cancel-notice" role="alert" data-testid={`cancel-${kind}-${id}-notice`}>{notice}</span>}
    </>
  );
}
