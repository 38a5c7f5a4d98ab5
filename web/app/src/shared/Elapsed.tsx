/** Seconds since a solve started, ticking each second, with an estimate of the total where one exists. */
import { useEffect, useState } from 'react';
import { useMessages } from '../i18n/i18n.tsx';
import { liveMessages } from './live-messages.ts';

/** "1:05" for 65 s. */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

const systemNow = () => Date.now();

export function Elapsed({ since, estimate, now = systemNow }: { since: string | number; estimate?: number | null; now?: () => number }) {
  const m = useMessages(liveMessages);
  const start = typeof since === 'number' ? since : Date.parse(since);
  const [t, setT] = useState(now());
  useEffect(() => {
    const timer = setInterval(() => setT(now()), 1000);
    return () => clearInterval(timer);
  }, [now]);
  const seconds = Math.max(0, (t - start) / 1000);
  return (
    <span className="elapsed" data-testid="elapsed" data-seconds={Math.floor(seconds)}>
      {m('elapsed', { time: clock(seconds) })}
      {estimate != null && ` · ${m('estimate', { time: clock(estimate) })}`}
    </span>
  );
}
