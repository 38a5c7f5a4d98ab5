/** Shared test data and rendering for chart tests: language chosen per render, time zone pinned to Beijing. */
import { cleanup, render } from '@testing-library/react';
import { afterEach } from 'vitest';
import type { ReactElement } from 'react';
import { I18nProvider } from '../../../web/app/src/i18n/i18n.tsx';
import type { Lang } from '../../../web/app/src/i18n/format.ts';

process.env.TZ = 'Asia/Shanghai';

afterEach(cleanup);

/** A fixed data date: 1 March 2026, 09:30 Beijing time. */
export const DATA_DATE = '2026-03-01T09:30:00+08:00';

export function renderIn(lang: Lang, element: ReactElement) {
  const result = render(<I18nProvider initial={lang}>{element}</I18nProvider>);
  const svg = result.container.querySelector('svg');
  if (!svg) throw new Error('chart rendered no svg');
  return { ...result, svg };
}

/** All SVG text in document order, joined by " | ". */
export function svgText(svg: Element): string {
  return Array.from(svg.querySelectorAll('text')).map((t) => t.textContent ?? '').join(' | ');
}

/** Numeric attribute of an element, failing loudly when missing. */
export function num(el: Element | null | undefined, attr: string): number {
  const v = el?.getAttribute(attr);
  if (v === null || v === undefined) throw new Error(`missing ${attr}`);
  return Number(v);
}
