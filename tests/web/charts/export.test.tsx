// @vitest-environment jsdom
import { fireEvent, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { download, exportFileName, svgToPngBlob, svgToString, viewBoxOf, type RasterCanvas } from '../../../web/app/src/charts/export.ts';
import { SpendChart } from '../../../web/app/src/charts/SpendChart.tsx';
import { YEARS } from './fixtures.ts';
import { DATA_DATE, renderIn } from './helpers.tsx';

afterEach(() => vi.restoreAllMocks());

function parse(text: string): Document {
  return new DOMParser().parseFromString(text.replace(/^<\?xml[^>]*>\s*/, ''), 'image/svg+xml');
}

describe('svgToString', () => {
  it('produces a standalone, parseable SVG with the title, legend, units and date', () => {
    const { svg } = renderIn('zh', <SpendChart id="spend" years={YEARS} dataDate={DATA_DATE} />);
    const text = svgToString(svg);
    expect(text.startsWith('<?xml')).toBe(true);
    const doc = parse(text);
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    const root = doc.documentElement;
    expect(root.namespaceURI).toBe('http://www.w3.org/2000/svg');
    expect(root.getAttribute('xmlns')).toBe('http://www.w3.org/2000/svg');
    const vb = viewBoxOf(svg);
    expect(root.getAttribute('width')).toBe(String(vb.width));
    expect(root.getAttribute('height')).toBe(String(vb.height));
    expect(root.getAttribute('font-family')).toContain('sans-serif');
    expect(text.match(/xmlns="http:\/\/www.w3.org\/2000\/svg"/g)).toHaveLength(1);
    expect(root.querySelector('.chart-title')?.getAttribute('style')).toBeNull();
    const background = root.querySelector('rect');
    expect(background?.getAttribute('fill')).toBe('#ffffff');
    expect(background?.getAttribute('width')).toBe(String(vb.width));
    const texts = Array.from(root.querySelectorAll('text')).map((t) => t.textContent);
    expect(texts).toContain('各年支出（按类别）');
    expect(texts).toContain('校舍与运动场建设');
    expect(texts).toContain('年度预算');
    expect(texts).toContain('单位：万元');
    expect(texts).toContain('数据日期：2026年3月1日');
  });

  it('does not change the chart on the page', () => {
    const { svg } = renderIn('en', <SpendChart id="spend" years={YEARS} dataDate={DATA_DATE} />);
    const before = svg.outerHTML;
    svgToString(svg);
    expect(svg.outerHTML).toBe(before);
  });
});

describe('svgToPngBlob', () => {
  it('draws the SVG image on a canvas twice the viewBox size, over white', async () => {
    const { svg } = renderIn('en', <SpendChart id="spend" years={YEARS} width={500} height={300} dataDate={DATA_DATE} />);
    const vb = viewBoxOf(svg);
    const calls: string[] = [];
    let canvas: (RasterCanvas & { drawn: number[] }) | undefined;
    let loaded = '';
    const blob = await svgToPngBlob(svg, 2, {
      loadImage: async (url) => { loaded = url; return {} as CanvasImageSource; },
      createCanvas: (width, height) => {
        canvas = {
          width, height, drawn: [],
          getContext: () => ({
            fillStyle: '',
            fillRect: (...a: number[]) => { calls.push(`fill ${a.join(',')}`); },
            drawImage: (_img: unknown, ...a: number[]) => { canvas!.drawn = a; calls.push('draw'); },
            setTransform: () => {},
          }) as never,
          toBlob: (cb, type) => cb(new Blob([new Uint8Array([137, 80, 78, 71])], { type: type ?? '' })),
        };
        return canvas;
      },
    });
    expect(canvas?.width).toBe(2 * vb.width);
    expect(canvas?.height).toBe(2 * vb.height);
    expect(canvas?.drawn).toEqual([0, 0, 2 * vb.width, 2 * vb.height]);
    expect(calls).toEqual([`fill 0,0,${2 * vb.width},${2 * vb.height}`, 'draw']);
    expect(blob.type).toBe('image/png');
    expect(blob.size).toBe(4);
    expect(loaded.startsWith('data:image/svg+xml')).toBe(true);
    expect(decodeURIComponent(loaded)).toContain('Spending per year by category');
  });

  it('fails when the canvas yields no image', async () => {
    const { svg } = renderIn('en', <SpendChart id="spend" years={YEARS} />);
    await expect(svgToPngBlob(svg, 2, {
      loadImage: async () => ({}) as CanvasImageSource,
      createCanvas: (width, height) => ({
        width, height,
        getContext: () => ({ fillStyle: '', fillRect: () => {}, drawImage: () => {}, setTransform: () => {} }) as never,
        toBlob: (cb) => cb(null),
      }),
    })).rejects.toThrow(/no PNG/);
  });
});

describe('download and the export buttons', () => {
  it('downloads through an <a download> with a blob URL', () => {
    const created = vi.fn(() => 'blob:test/1');
    Object.assign(URL, { createObjectURL: created, revokeObjectURL: vi.fn() });
    const clicked: { href: string; download: string }[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ href: this.href, download: this.download });
    });
    download(new Blob(['x']), 'a.svg');
    expect(clicked).toEqual([{ href: 'blob:test/1', download: 'a.svg' }]);
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('Export SVG names the file after the chart id and language and records the byte count on the figure', async () => {
    Object.assign(URL, { createObjectURL: vi.fn(() => 'blob:test/2'), revokeObjectURL: vi.fn() });
    const names: string[] = [];
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) { names.push(this.download); });
    const { container, getByTestId } = renderIn('en', <SpendChart id="results-spend" years={YEARS} dataDate={DATA_DATE} />);
    expect(getByTestId('export-svg').textContent).toBe('Export SVG');
    expect(getByTestId('export-png').textContent).toBe('Export PNG');
    fireEvent.click(getByTestId('export-svg'));
    await waitFor(() => expect(names).toEqual(['junheng-results-spend-en.svg']));
    const figure = container.querySelector('figure')!;
    expect(Number(figure.dataset.lastExportBytes)).toBeGreaterThan(1000);
    expect(figure.dataset.lastExportType).toContain('image/svg+xml');
  });

  it('button labels switch language', () => {
    const { getByTestId } = renderIn('zh', <SpendChart id="s" years={YEARS} />);
    expect(getByTestId('export-svg').textContent).toBe('导出 SVG');
    expect(getByTestId('export-png').textContent).toBe('导出 PNG');
  });

  it('file names keep letters and digits, including Chinese', () => {
    expect(exportFileName('compare/方案 A', 'zh', 'png')).toBe('junheng-compare-方案-A-zh.png');
    expect(exportFileName('///', 'en', 'svg')).toBe('junheng-chart-en.svg');
  });
});
