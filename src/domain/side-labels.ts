/** How each side is named wherever a reader sees it: the quote filter, each quote, the filter line. */
import type { Side } from '../data/schemas';

export const sideLabels: Record<Side, string> = {
  ukraine: 'Ukraine',
  russia: 'Russia',
  'united-states': 'United States',
  other: 'Other',
};
