/** Numbers as the page writes them: one formatter, so every figure reads the same way. */
const counts = new Intl.NumberFormat('en-GB');

/** A count with thousands separators: 1,000. */
export function formatCount(n: number): string {
  return counts.format(n);
}
