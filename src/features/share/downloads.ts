/** Turns rows and the chart's SVG into files and hands them to the browser as downloads. */
import type { LegendItem } from '../../components/chart-export';
import { csvText } from '../../domain/csv';
import { neutraliseFormula } from '../../domain/export-rows';
import { tallyShape } from '../../domain/tally-bodies';
import { wrapWords } from '../../domain/wrap-words';
import type { TallyShape } from '../../domain/tally-bodies';
export { viewFileName } from '../../domain/view-file-name';

/** Saves a blob under a file name (an object URL, so no data leaves the page). */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** Rows as CSV (every field that needs it quoted; formulas neutralised). */
export function toCsv<T extends object>(rows: readonly T[]): Blob {
  const csv = csvText(rows.map(neutraliseFormula));
  return new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
}

/** Any value as pretty JSON. */
export function toJson(value: unknown): Blob {
  return new Blob([JSON.stringify(value, null, 2)], { type: 'application/json' });
}

/**
 * The chart's SVG as a standalone file: CSS custom properties (var(--c-ukraine)) mean nothing
 * outside the page, so every var() is replaced by its computed value, and a white background added.
 */
export function chartSvg(svg: SVGSVGElement): string {
  const clone = standaloneChart(svg);
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  return new XMLSerializer().serializeToString(clone);
}

/** Replaces each var(--x) by the page's computed value: custom properties mean nothing in a file. */
function resolveVars(): (value: string) => string {
  const styles = getComputedStyle(document.documentElement);
  return (value) =>
    value.replace(
      /var\((--[\w-]+)\)/g,
      (_, name: string) => styles.getPropertyValue(name).trim() || '#000',
    );
}

/** A copy of the chart's SVG that draws the same outside the page (see chartSvg). */
function standaloneChart(svg: SVGSVGElement): SVGSVGElement {
  const clone = svg.cloneNode(true);
  if (!(clone instanceof SVGSVGElement)) throw new Error('the chart is not an SVG');
  const resolve = resolveVars();
  for (const el of [clone, ...clone.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      if (attr.value.includes('var(')) el.setAttribute(attr.name, resolve(attr.value));
    }
  }
  const { width, height } = svg.getBoundingClientRect();
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  clone.setAttribute('font-family', 'DejaVu Sans, sans-serif');
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  clone.insertBefore(background, clone.firstChild);
  return clone;
}

const svgNs = 'http://www.w3.org/2000/svg';

/** What a chart download says around the drawing, so it stands on its own when shared. */
export interface ChartContext {
  title: string;
  subtitle: string;
  legend: LegendItem[];
  /** The link of the view the chart shows. */
  link: string;
}

function el(name: string, attrs: Record<string, string | number>, text?: string): SVGElement {
  const node = document.createElementNS(svgNs, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  // Text goes in as text: titles and filter names from the data are never markup.
  if (text !== undefined) node.textContent = text;
  return node;
}

/** An official body's point in the key, as the chart draws it. */
function tallyElement(shape: TallyShape, stroke: string): SVGElement {
  const paint = { fill: '#ffffff', stroke, 'stroke-width': 2 };
  return shape.tag === 'circle'
    ? el('circle', { cx: shape.cx, cy: shape.cy, r: shape.r, ...paint })
    : el('polygon', { points: shape.points, 'stroke-linejoin': 'round', ...paint });
}

/**
 * The chart with its context, as Grapher and Datawrapper export it: title, subtitle with the filter,
 * the key, the source and the link of the view, around the drawing. Returns the SVG and its size.
 */
export function framedChartSvg(
  svg: SVGSVGElement,
  context: ChartContext,
): { text: string; width: number; height: number } {
  const chart = standaloneChart(svg);
  const width = Math.max(480, Number(chart.getAttribute('width')) || 640);
  const chartHeight = Number(chart.getAttribute('height')) || 300;
  // SVG text does not wrap: a phone's narrow chart cut its subtitle off mid-word. Lines are broken
  // by an estimate of each font's average character width.
  const titleLines = wrapWords(context.title, Math.floor((width - 32) / 10));
  const subtitleLines = wrapWords(context.subtitle, Math.floor((width - 32) / 6.6));
  const subtitleTop = 26 + (titleLines.length - 1) * 21 + 20;
  const header = subtitleTop + (subtitleLines.length - 1) * 15 + 14;
  // The key wraps at the width, each item as wide as its words.
  const rows: { item: LegendItem; x: number; y: number }[] = [];
  let x = 16;
  let y = header + chartHeight + 20;
  for (const item of context.legend) {
    const w = 34 + item.name.length * 6.6;
    if (x + w > width - 16 && x > 16) {
      x = 16;
      y += 20;
    }
    rows.push({ item, x, y });
    x += w + 16;
  }
  const height = y + 52;
  // The serializer writes the namespace of an element made in it; setting it too would repeat it.
  const root = el('svg', {
    width,
    height,
    viewBox: `0 0 ${width} ${height}`,
    'font-family': 'DejaVu Sans, sans-serif',
  });
  root.append(
    el('rect', { width: '100%', height: '100%', fill: '#ffffff' }),
    ...titleLines.map((line, i) =>
      el(
        'text',
        { x: 16, y: 26 + i * 21, 'font-size': 17, 'font-weight': 700, fill: '#1d1d1b' },
        line,
      ),
    ),
    ...subtitleLines.map((line, i) =>
      el('text', { x: 16, y: subtitleTop + i * 15, 'font-size': 12, fill: '#555550' }, line),
    ),
  );
  chart.setAttribute('x', '0');
  chart.setAttribute('y', String(header));
  root.append(chart);
  const resolve = resolveVars();
  for (const { item, x: ix, y: iy } of rows) {
    const stroke = resolve(item.stroke);
    root.append(
      item.point
        ? tallyElement(tallyShape(item.point, ix + 10, iy - 4, 4), stroke)
        : el('line', {
            x1: ix,
            x2: ix + 22,
            y1: iy - 4,
            y2: iy - 4,
            stroke,
            // As the on-screen key: the line's own width, at most 6 so the key stays one row high.
            'stroke-width': Math.min(item.width ?? 3, 6),
            ...(item.opacity !== undefined ? { 'stroke-opacity': item.opacity } : {}),
            ...(item.dash ? { 'stroke-dasharray': item.dash } : {}),
          }),
      el('text', { x: ix + 28, y: iy, 'font-size': 11, fill: '#1d1d1b' }, item.name),
    );
  }
  root.append(
    el(
      'text',
      { x: 16, y: height - 26, 'font-size': 11, fill: '#555550' },
      'Source: Swapwatch — news reports cited per event',
    ),
    el('text', { x: 16, y: height - 10, 'font-size': 11, fill: '#1f5fa8' }, context.link),
  );
  return { text: new XMLSerializer().serializeToString(root), width, height };
}

/** Rasterises an SVG string to a PNG at twice its size (crisp on high-density screens). */
export async function svgToPng(svgText: string, width: number, height: number): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * 2;
    canvas.height = height * 2;
    const ctx = canvas.getContext('2d');
    if (!ctx) throw new Error('no 2D canvas');
    ctx.scale(2, 2);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
