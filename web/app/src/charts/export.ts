/** Chart export: a standalone SVG string, a PNG at 2× through Image + canvas, and a plain <a download>. */
import { FONT_FAMILY, INK } from './palette.ts';

const SVG_NS = 'http://www.w3.org/2000/svg';
const XLINK_NS = 'http://www.w3.org/1999/xlink';
const XMLNS_NS = 'http://www.w3.org/2000/xmlns/';

/** Computed properties copied onto the clone when the element does not set them itself. */
const INLINE_PROPS = ['fill', 'stroke', 'stroke-width', 'stroke-dasharray', 'opacity', 'fill-opacity', 'stroke-opacity'] as const;
const TEXT_PROPS = ['font-family', 'font-size', 'font-weight', 'text-anchor', 'dominant-baseline'] as const;

export interface ViewBox { x: number; y: number; width: number; height: number }

/** The svg's viewBox, or its width/height attributes when it has none. */
export function viewBoxOf(svg: SVGSVGElement): ViewBox {
  const vb = svg.getAttribute('viewBox');
  if (vb) {
    const [x = 0, y = 0, width = 0, height = 0] = vb.trim().split(/[\s,]+/).map(Number);
    return { x, y, width, height };
  }
  return { x: 0, y: 0, width: Number(svg.getAttribute('width')) || 0, height: Number(svg.getAttribute('height')) || 0 };
}

const SKIP_TAGS = new Set(['title', 'desc', 'defs', 'metadata']);

/**
 * Copies the computed paint and font of `source` onto `target` where they differ from the parent's computed
 * value and the element does not set them itself: what a stylesheet gave the chart, not what it inherits.
 */
function inlineComputed(source: Element, target: Element): void {
  const view = source.ownerDocument.defaultView;
  const tag = source.tagName.toLowerCase();
  if (!view || typeof view.getComputedStyle !== 'function' || SKIP_TAGS.has(tag)) return;
  const style = view.getComputedStyle(source);
  const parent = source.parentElement ? view.getComputedStyle(source.parentElement) : null;
  const props: readonly string[] = tag === 'text' || tag === 'tspan' || tag === 'svg' ? [...INLINE_PROPS, ...TEXT_PROPS] : INLINE_PROPS;
  const inline: string[] = [];
  for (const prop of props) {
    if (source.hasAttribute(prop)) continue;
    const value = style.getPropertyValue(prop);
    if (!value || value === 'normal' || value === 'auto') continue;
    if (parent && parent.getPropertyValue(prop) === value) continue;
    inline.push(`${prop}:${value}`);
  }
  if (inline.length > 0) {
    const own = target.getAttribute('style');
    target.setAttribute('style', own ? `${inline.join(';')};${own}` : inline.join(';'));
  }
}

/**
 * A standalone SVG document: namespaces, pixel width/height from the viewBox, a white background,
 * default font and colours, and each element's computed paint and font inlined (no stylesheet needed).
 */
export function svgToString(svg: SVGSVGElement): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const sources = [svg, ...Array.from(svg.querySelectorAll('*'))];
  const targets = [clone, ...Array.from(clone.querySelectorAll('*'))];
  sources.forEach((s, i) => { const t = targets[i]; if (t) inlineComputed(s, t); });
  const vb = viewBoxOf(svg);
  clone.setAttributeNS(XMLNS_NS, 'xmlns:xlink', XLINK_NS);
  clone.setAttribute('version', '1.1');
  clone.setAttribute('width', String(vb.width));
  clone.setAttribute('height', String(vb.height));
  clone.removeAttribute('style');
  clone.removeAttribute('class');
  clone.removeAttribute('role');
  clone.removeAttribute('aria-labelledby');
  if (!clone.hasAttribute('font-family')) clone.setAttribute('font-family', FONT_FAMILY);
  if (!clone.hasAttribute('fill')) clone.setAttribute('fill', INK);
  const background = svg.ownerDocument.createElementNS(SVG_NS, 'rect');
  background.setAttribute('x', String(vb.x));
  background.setAttribute('y', String(vb.y));
  background.setAttribute('width', String(vb.width));
  background.setAttribute('height', String(vb.height));
  background.setAttribute('fill', '#ffffff');
  background.setAttribute('data-export-background', '');
  clone.insertBefore(background, clone.firstChild);
  let text = new XMLSerializer().serializeToString(clone);
  /* serializers add the default namespace for SVG elements; make sure, without writing it twice */
  if (!/^<svg[^>]*\sxmlns="/.test(text)) text = text.replace(/^<svg/, `<svg xmlns="${SVG_NS}"`);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${text}`;
}

export function svgToBlob(svg: SVGSVGElement): Blob {
  return new Blob([svgToString(svg)], { type: 'image/svg+xml;charset=utf-8' });
}

/** The canvas surface the PNG path needs (a real HTMLCanvasElement in the browser). */
export interface RasterCanvas {
  width: number;
  height: number;
  getContext(kind: '2d'): Pick<CanvasRenderingContext2D, 'fillStyle' | 'fillRect' | 'drawImage' | 'setTransform'> | null;
  toBlob(callback: (blob: Blob | null) => void, type?: string): void;
}

export interface RasterDeps {
  createCanvas(width: number, height: number): RasterCanvas;
  loadImage(url: string): Promise<CanvasImageSource>;
}

export const browserRaster: RasterDeps = {
  createCanvas(width, height) {
    const canvas = document.createElement('canvas');
    canvas.width = width;
    canvas.height = height;
    return canvas;
  },
  loadImage(url) {
    return new Promise((resolve, reject) => {
      const image = new Image();
      image.onload = () => resolve(image);
      image.onerror = () => reject(new Error('the SVG could not be loaded as an image'));
      image.src = url;
    });
  },
};

/** PNG of the chart at `scale` × its viewBox (2 × by default), white background. */
export async function svgToPngBlob(svg: SVGSVGElement, scale = 2, deps: RasterDeps = browserRaster): Promise<Blob> {
  const vb = viewBoxOf(svg);
  const width = Math.round(vb.width * scale);
  const height = Math.round(vb.height * scale);
  const url = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgToString(svg))}`;
  const image = await deps.loadImage(url);
  const canvas = deps.createCanvas(width, height);
  canvas.width = width;
  canvas.height = height;
  const ctx = canvas.getContext('2d');
  if (!ctx) throw new Error('no 2d canvas context');
  ctx.fillStyle = '#ffffff';
  ctx.fillRect(0, 0, width, height);
  ctx.drawImage(image, 0, 0, width, height);
  return new Promise((resolve, reject) => {
    canvas.toBlob((blob) => (blob && blob.size > 0 ? resolve(blob) : reject(new Error('the canvas produced no PNG'))), 'image/png');
  });
}

/** A normal browser download (<a download> with a blob URL), which tests can catch as a download event. */
export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** File name for an export: the chart id made safe, plus the language, e.g. "spend-zh.png". */
export function exportFileName(id: string, lang: string, extension: 'svg' | 'png'): string {
  const safe = id.replace(/[^\p{L}\p{N}_-]+/gu, '-').replace(/^-+|-+$/g, '') || 'chart';
  return `junheng-${safe}-${lang}.${extension}`;
}
