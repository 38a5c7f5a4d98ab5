/** Presentation mode: the report's pages (title, narrative, charts, tables) one at a time, full-screen; arrow keys or buttons step, Escape leaves. */
import { useCallback, useEffect, useRef, useState } from 'react';
import { useMessages } from '../../i18n/i18n.tsx';
import '../../shared/screens.css';
import { useDeck } from './deck.tsx';
import { reportMessages } from './messages.ts';
import { TitlePage } from './TitlePage.tsx';
import './present.css';

/** Next slide index for a key, or null when the key does not move; stays within [0, count). */
export function stepFor(key: string, index: number, count: number): number | null {
  if (['ArrowRight', 'ArrowDown', 'PageDown', ' '].includes(key)) return Math.min(count - 1, index + 1);
  if (['ArrowLeft', 'ArrowUp', 'PageUp'].includes(key)) return Math.max(0, index - 1);
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

export function PresentScreen() {
  const m = useMessages(reportMessages);
  const deck = useDeck();
  const [presenting, setPresenting] = useState(false);
  const [index, setIndex] = useState(0);
  const stage = useRef<HTMLDivElement>(null);
  const count = deck.pages.length + 1; // the title slide first

  const leave = useCallback(() => {
    setPresenting(false);
    if (typeof document !== 'undefined' && document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, []);

  useEffect(() => {
    if (!presenting) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        e.preventDefault();
        leave();
        return;
      }
      const next = stepFor(e.key, index, count);
      if (next !== null) {
        e.preventDefault();
        setIndex(next);
      }
    };
    const onFullscreen = () => { if (!document.fullscreenElement) setPresenting(false); };
    window.addEventListener('keydown', onKey);
    document.addEventListener('fullscreenchange', onFullscreen);
    return () => {
      window.removeEventListener('keydown', onKey);
      document.removeEventListener('fullscreenchange', onFullscreen);
    };
  }, [presenting, index, count, leave]);

  useEffect(() => {
    const el = stage.current;
    if (presenting && el && typeof el.requestFullscreen === 'function' && !document.fullscreenElement) {
      el.requestFullscreen().catch(() => undefined); // the window-filling stage is the fallback
    }
  }, [presenting]);

  const start = () => {
    setIndex(0);
    setPresenting(true);
  };

  const slide = deck.pages[index - 1];
  return (
    <section data-testid="present-screen" className="present-screen">
      {deck.state === 'empty' && <p>{m('nothing')}</p>}
      {deck.state === 'loading' && <p role="status">…</p>}
      {deck.state === 'error' && <p className="error" role="alert">{deck.error}</p>}
      {deck.state === 'ready' && (
        <div className="present-intro">
          <button type="button" className="primary" data-testid="present-start" onClick={start}>{m('present')}</button>
          <span className="muted">{m('presentHint')} {m('slides', { n: count })}</span>
        </div>
      )}
      {presenting && deck.state === 'ready' && (
        <div ref={stage} className="present-stage" role="dialog" aria-modal="true" aria-label={m('present')}>
          <div className={slide?.text ? 'present-slide present-text' : 'present-slide'} data-testid="present-slide" data-slide={slide?.id ?? 'title'}>
            {slide ? slide.node : <TitlePage runs={deck.runs} />}
          </div>
          <div className="present-controls">
            <button type="button" data-testid="present-prev" disabled={index === 0} onClick={() => setIndex((i) => Math.max(0, i - 1))}>← {m('prev')}</button>
            <span>{m('slideOf', { n: index + 1, total: count })}</span>
            <button type="button" data-testid="present-next" disabled={index === count - 1} onClick={() => setIndex((i) => Math.min(count - 1, i + 1))}>{m('next')} →</button>
            <button type="button" data-testid="present-leave" onClick={leave}>{m('leave')} (Esc)</button>
          </div>
        </div>
      )}
    </section>
  );
}
