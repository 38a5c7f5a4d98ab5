/**
 * Every chart's <figure>: one <svg> (viewBox width × height, CSS width 100%) holding the title, legend, units
 * and data date as SVG text so exports carry them; export buttons sit outside the SVG.
 */
import { useRef, useState, type ReactNode } from 'react';
import { useI18n, useMessages } from '../i18n/i18n.tsx';
import { download, exportFileName, svgToBlob, svgToPngBlob } from './export.ts';
import { useExportName } from './export-name.tsx';
import { FRAME, legendFlow } from './layout.ts';
import { Swatch, type LegendItem } from './marks.tsx';
import { chartMessages } from './messages.ts';
import { FONT_FAMILY, INK, MUTED } from './palette.ts';

export type { LegendItem } from './marks.tsx';

export interface ChartFrameProps {
  /** Stable id: export file names ("junheng-{id}-{lang}.png") and the figure's data-chart attribute. */
  id: string;
  title: string;
  /** viewBox size in px; the legend may add rows below the first, which adds their height. */
  width: number;
  height: number;
  legend?: LegendItem[];
  /** Already in the current language, e.g. "万元". */
  units?: string;
  /** When the data was produced (a run's finish time); printed as a date. */
  dataDate?: string | Date;
  /** Screen-reader summary. */
  description?: string;
  /** Controls outside the SVG, above the export buttons (e.g. a year slider). */
  controls?: ReactNode;
  /** The chart body, in the frame's coordinates (body starts at FRAME.top). */
  children: ReactNode;
}

/** Extra px the legend needs beyond its first row. */
export function legendExtraHeight(labels: readonly string[], width: number): number {
  const { rows } = legendFlow(labels, width);
  return Math.max(0, rows - 1) * FRAME.legendRow;
}

export function ChartFrame({ id, title, width, height, legend = [], units, dataDate, description, controls, children }: ChartFrameProps) {
  const { lang, fmt } = useI18n();
  const m = useMessages(chartMessages);
  const exportName = useExportName();
  const svgRef = useRef<SVGSVGElement>(null);
  const figureRef = useRef<HTMLElement>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const flow = legendFlow(legend.map((l) => l.label), width);
  const extra = Math.max(0, flow.rows - 1) * FRAME.legendRow;
  const total = height + extra;
  const titleId = `chart-${id}-title`;

  const record = (blob: Blob, name: string) => {
    const figure = figureRef.current;
    if (!figure) return;
    figure.dataset.lastExportBytes = String(blob.size);
    figure.dataset.lastExportType = blob.type;
    figure.dataset.lastExportName = name;
  };

  const exportAs = async (kind: 'svg' | 'png') => {
    const svg = svgRef.current;
    if (!svg || busy) return;
    setBusy(true);
    setError(null);
    try {
      const blob = kind === 'svg' ? svgToBlob(svg) : await svgToPngBlob(svg, 2);
      const name = exportFileName(exportName ? `${exportName}-${id}` : id, lang, kind);
      record(blob, name);
      download(blob, name);
    } catch (e) {
      setError(m('export.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  return (
    <figure ref={figureRef} className="chart" data-chart={id} style={{ margin: 0 }}>
      <svg ref={svgRef} viewBox={`0 0 ${width} ${total}`} role="img" aria-labelledby={titleId}
        style={{ width: '100%', height: 'auto', display: 'block', background: '#ffffff' }}
        fontFamily={FONT_FAMILY} fill={INK} data-width={width} data-height={total}>
        <title id={titleId}>{title}</title>
        {description && <desc>{description}</desc>}
        <text className="chart-title" x={FRAME.padding} y={22} fontSize={15} fontWeight={700} fill={INK}>{title}</text>
        <g className="chart-legend" fontSize={12} fill={INK}>
          {flow.items.map((p) => {
            const item = legend[p.index]!;
            const y = FRAME.legendTop + p.row * FRAME.legendRow;
            return (
              <g key={`${p.index}-${item.label}`} className="legend-item">
                <Swatch x={p.x} y={y} swatch={item.swatch} />
                <text x={p.x + 18} y={y + 10} fill={INK}>{item.label}</text>
              </g>
            );
          })}
        </g>
        <g className="chart-body" transform={extra > 0 ? `translate(0,${extra})` : undefined}>{children}</g>
        <g className="chart-footer" fontSize={11} fill={MUTED}>
          {units && <text className="chart-units" x={FRAME.padding} y={total - 8}>{m('frame.units', { units })}</text>}
          {dataDate !== undefined && (
            <text className="chart-date" x={width - FRAME.padding} y={total - 8} textAnchor="end">{m('frame.date', { date: fmt.date(dataDate) })}</text>
          )}
        </g>
      </svg>
      <figcaption className="chart-tools no-print" style={{ display: 'flex', gap: '0.5rem', alignItems: 'center', flexWrap: 'wrap', marginTop: '0.25rem' }}>
        {controls}
        <button type="button" data-testid="export-svg" disabled={busy} onClick={() => void exportAs('svg')}>{m('export.svg')}</button>
        <button type="button" data-testid="export-png" disabled={busy} onClick={() => void exportAs('png')}>{m('export.png')}</button>
        {error && <span role="status" style={{ color: '#b00020' }}>{error}</span>}
      </figcaption>
    </figure>
  );
}
