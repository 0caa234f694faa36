/**
 * Places the talks/agreement codes (T1, A2…) above the chart so that no two overlap: markers
 * whose codes would touch share one label ("A1·T1"), and labels that still meet are staggered onto
 * a second row. Talks and a deal on the same day, or rounds days apart, never pile into a smear.
 */

export interface MarkerLabelInput {
  id: string;
  t: number;
  code: string;
}

export interface MarkerLabel {
  /** The markers this label names, in time order. */
  ids: string[];
  text: string;
  /** Centre of the label, in pixels from the plot's left edge. */
  x: number;
  /** 0 for the top row, 1 for the row below it… */
  row: number;
  /** The label's width in pixels, as estimated for layout. */
  width: number;
}

export interface MarkerLabelLayout {
  /** Pixels per character of the label font (a code is 2–3 narrow characters). */
  charWidth: number;
  /** Least space between two labels on one row. */
  gap: number;
  /** Rows available above the plot. */
  rows: number;
}

export const defaultLabelLayout: MarkerLabelLayout = { charWidth: 7, gap: 4, rows: 2 };

interface Cluster {
  items: { id: string; code: string; x: number }[];
}

/**
 * A label's text: talks first, then agreements, runs of numbers shortened ("T1–T2·A1"), so a
 * merged label still names every marker it stands for.
 */
export function labelText(codes: readonly string[]): string {
  const byLetter = new Map<string, number[]>();
  const others: string[] = [];
  for (const code of codes) {
    const match = /^([A-Z])(\d+)$/.exec(code);
    if (!match) {
      others.push(code);
      continue;
    }
    const numbers = byLetter.get(match[1]!) ?? [];
    numbers.push(Number(match[2]));
    byLetter.set(match[1]!, numbers);
  }
  const letters = [...byLetter.keys()].sort((a, b) =>
    a === 'T' ? -1 : b === 'T' ? 1 : a < b ? -1 : 1,
  );
  const parts = letters.map((letter) => {
    const numbers = [...new Set(byLetter.get(letter))].sort((a, b) => a - b);
    const runs: string[] = [];
    for (let i = 0; i < numbers.length;) {
      let j = i;
      while (j + 1 < numbers.length && numbers[j + 1] === numbers[j]! + 1) j++;
      runs.push(
        j === i ? `${letter}${numbers[i]}` : `${letter}${numbers[i]}–${letter}${numbers[j]}`,
      );
      i = j + 1;
    }
    return runs.join(',');
  });
  return [...parts, ...others].join('·');
}

function labelOf(cluster: Cluster, plotWidth: number, layout: MarkerLabelLayout) {
  const text = labelText(cluster.items.map((i) => i.code));
  const width = text.length * layout.charWidth;
  const first = cluster.items[0]?.x ?? 0;
  const last = cluster.items[cluster.items.length - 1]?.x ?? 0;
  // Centred over its markers, but kept inside the plot so the edge never clips it.
  const half = width / 2;
  const x = Math.min(Math.max((first + last) / 2, half), Math.max(half, plotWidth - half));
  return { text, width, x };
}

/**
 * Rows for each cluster, left to right, each on the first row where it clears the one before; the
 * index of the first cluster that fits on no row, or -1 when all fit.
 */
function assignRows(
  labels: readonly { x: number; width: number }[],
  layout: MarkerLabelLayout,
): { rows: number[]; misfit: number } {
  const rowEnds = Array.from({ length: Math.max(1, layout.rows) }, () => -Infinity);
  const rows: number[] = [];
  for (let i = 0; i < labels.length; i++) {
    const label = labels[i]!;
    const left = label.x - label.width / 2;
    const row = rowEnds.findIndex((end) => end + layout.gap <= left);
    if (row === -1) return { rows, misfit: i };
    rows.push(row);
    rowEnds[row] = left + label.width;
  }
  return { rows, misfit: -1 };
}

/**
 * The labels for markers at times `t` on a time axis over [domain], `plotWidth` pixels wide.
 * Every marker is named by exactly one label, and labels on one row never overlap.
 */
export function layoutMarkerLabels(
  markers: readonly MarkerLabelInput[],
  domain: readonly [number, number],
  plotWidth: number,
  layout: MarkerLabelLayout = defaultLabelLayout,
): MarkerLabel[] {
  const span = domain[1] - domain[0];
  const scale = span > 0 ? plotWidth / span : 0;
  const items = markers
    .map((m) => ({ id: m.id, code: m.code, x: (m.t - domain[0]) * scale }))
    .sort((a, b) => a.x - b.x || a.code.localeCompare(b.code));
  // Markers on the same day share a label from the start: "T1·A1", not two labels on one line.
  let clusters: Cluster[] = [];
  for (const item of items) {
    const last = clusters[clusters.length - 1];
    const lastX = last?.items[last.items.length - 1]?.x;
    if (last && lastX !== undefined && item.x - lastX < 1) last.items.push(item);
    else clusters.push({ items: [item] });
  }
  // Merge the first label that fits on no row into its left neighbour, and try again: each pass
  // removes a cluster, so this ends, at worst with one label naming them all.
  for (;;) {
    const labels = clusters.map((c) => labelOf(c, plotWidth, layout));
    const { rows, misfit } = assignRows(labels, layout);
    if (misfit === -1) {
      return clusters.map((c, i) => ({
        ids: c.items.map((item) => item.id),
        ...labels[i]!,
        row: rows[i]!,
      }));
    }
    const left = clusters[misfit - 1]!;
    const merged = { items: [...left.items, ...clusters[misfit]!.items] };
    clusters = [...clusters.slice(0, misfit - 1), merged, ...clusters.slice(misfit + 1)];
  }
}
