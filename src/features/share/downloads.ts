/** Turns rows and the chart's SVG into files and hands them to the browser as downloads. */
import Papa from 'papaparse';
import { neutraliseFormula } from '../../domain/export-rows';

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

/** Rows as CSV (papaparse quotes every field that needs it; formulas are neutralised). */
export function toCsv<T extends object>(rows: readonly T[]): Blob {
  const csv = Papa.unparse(rows.map(neutraliseFormula), { quotes: false, newline: '\r\n' });
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
  const clone = svg.cloneNode(true);
  if (!(clone instanceof SVGSVGElement)) throw new Error('the chart is not an SVG');
  const styles = getComputedStyle(document.documentElement);
  const resolve = (value: string) =>
    value.replace(
      /var\((--[\w-]+)\)/g,
      (_, name: string) => styles.getPropertyValue(name).trim() || '#000',
    );
  for (const el of [clone, ...clone.querySelectorAll('*')]) {
    for (const attr of [...el.attributes]) {
      if (attr.value.includes('var(')) el.setAttribute(attr.name, resolve(attr.value));
    }
  }
  const { width, height } = svg.getBoundingClientRect();
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(Math.round(width)));
  clone.setAttribute('height', String(Math.round(height)));
  clone.setAttribute('font-family', 'DejaVu Sans, sans-serif');
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  clone.insertBefore(background, clone.firstChild);
  return new XMLSerializer().serializeToString(clone);
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
