/**
 * The derivations each file needs once (the event index, the quotes in order, the per-day totals),
 * each computed in a component of its own ahead of the views. The dataset reaches the page in a
 * deferred render (useDataset), which React splits between components: computed by the first view
 * that asks, the index, the presets and the quote order of 100,000 records were one task of
 * 1.4 seconds in which the page answered nothing. Here each is one slice, the page answers between
 * them, and the views find them ready.
 */
import { selectEventIndex, selectPreparedEvents, selectRangePresets } from './events';
import { selectDaySeries, selectMarkerCodes, selectOverview } from './chart';
import { selectQuoteOrder } from './quotes';
import { selectSummaryDays } from './summary';
import type { Selector } from './selector';
import { useDerived } from './use-derived';

// In the order the views above the fold need them; each only once per file (the selectors are
// memoised on their files), so later renders cost a lookup.
const perFile: readonly Selector<unknown>[] = [
  selectPreparedEvents,
  selectEventIndex,
  selectRangePresets,
  selectSummaryDays,
  selectDaySeries,
  selectOverview,
  selectMarkerCodes,
  selectQuoteOrder,
];

function Prepared({ select }: { select: Selector<unknown> }): null {
  useDerived(select);
  return null;
}

/** Rendered by the app before the views, so that each derivation is a slice of its own. */
export function PrepareDerived() {
  return perFile.map((select, i) => <Prepared key={i} select={select} />);
}
