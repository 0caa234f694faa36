/** Numbers as the page writes them: one formatter, so every figure reads the same way. */
const counts = new Intl.NumberFormat('en-GB');

/** A count with thousands separators: 1,000. */
export function formatCount(n: number): string {
  return counts.format(n);
}

/** "1 event", "9 events", "1,000 events". */
export function countOf(n: number, singular: string, plural = `${singular}s`): string {
  return `${formatCount(n)} ${n === 1 ? singular : plural}`;
}

// "2.5M": a capital M, which an axis of people cannot read as metres (en-GB writes "2.5m").
const millions = new Intl.NumberFormat('en-US', { notation: 'compact', maximumFractionDigits: 1 });

/**
 * A count short enough for an axis label: in full up to 999,999, in millions from there
 * ("2.5M"). "2,500,000" overflowed the chart's value axis on a record that large.
 */
export function formatAxisCount(n: number): string {
  return Math.abs(n) >= 1_000_000 ? millions.format(n) : counts.format(n);
}
