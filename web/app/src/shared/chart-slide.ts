/** One chart as the results grid, the compare screen, the report and the presentation lay it out. */
import type { ReactNode } from 'react';

export interface ChartSlide {
  /** Stable id: the chart's export name and the slide key. */
  id: string;
  node: ReactNode;
  /** Takes the full width of the results grid (heat map). */
  wide?: boolean;
  /** A page of text and tables (narrative, actions, a school) rather than one chart; may run over several printed pages. */
  text?: boolean;
}
