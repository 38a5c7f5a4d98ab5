/** One chart as the results grid, the compare screen, the report and the presentation lay it out. */
import type { ReactNode } from 'react';

export interface ChartSlide {
  /** Stable id: the chart's export name and the slide key. */
  id: string;
  node: ReactNode;
  /** Takes the full width of the results grid (heat map). */
  wide?: boolean;
}
