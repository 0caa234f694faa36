/**
 * What every derived value is computed from: the loaded dataset, the UI store and the answer of the
 * quote search. Views never compute from these directly: they ask a named selector.
 */
import type { DatasetState } from '../data/use-dataset';
import { dataFileNames } from '../data/file-names';
import type { DataFileName } from '../data/file-names';
import type { Dataset } from '../data/schemas';
import type { QuoteSearchState } from '../search/use-quote-search';
import { defaultUrlState } from '../state/url-keys';
import type { UrlState } from '../state/url-keys';

export interface DerivedInputs {
  dataset: DatasetState;
  /** What the user chose (the store's shareable state). */
  ui: UrlState;
  search: QuoteSearchState;
}

/** Inputs for a dataset that is all in and valid: for scripts and tests that call selectors. */
export function readyInputs(
  data: Partial<Dataset>,
  ui: Partial<UrlState> = {},
  search: QuoteSearchState = { result: null, busy: false },
): DerivedInputs {
  const each = <T>(value: T) =>
    Object.fromEntries(dataFileNames.map((n) => [n, value])) as Record<DataFileName, T>;
  return {
    dataset: {
      files: each({ status: 'ready' } as const),
      data,
      leftOut: [],
      leftOutCount: each(0),
      retry: () => undefined,
    },
    ui: { ...defaultUrlState, ...ui },
    search,
  };
}

/** Input selectors: one value each, compared by identity. */
export const pick = {
  dataset: (x: DerivedInputs) => x.dataset,
  events: (x: DerivedInputs) => x.dataset.data.events,
  venues: (x: DerivedInputs) => x.dataset.data.venues,
  sources: (x: DerivedInputs) => x.dataset.data.sources,
  people: (x: DerivedInputs) => x.dataset.data.people,
  quotes: (x: DerivedInputs) => x.dataset.data.quotes,
  leftOutCount: (x: DerivedInputs) => x.dataset.leftOutCount,
  from: (x: DerivedInputs) => x.ui.from,
  to: (x: DerivedInputs) => x.ui.to,
  venue: (x: DerivedInputs) => x.ui.venue,
  mediator: (x: DerivedInputs) => x.ui.mediator,
  type: (x: DerivedInputs) => x.ui.type,
  bodies: (x: DerivedInputs) => x.ui.bodies,
  tallies: (x: DerivedInputs) => x.dataset.data.tallies,
  mediators: (x: DerivedInputs) => x.dataset.data.mediators,
  event: (x: DerivedInputs) => x.ui.event,
  q: (x: DerivedInputs) => x.ui.q,
  speaker: (x: DerivedInputs) => x.ui.speaker,
  side: (x: DerivedInputs) => x.ui.side,
  sort: (x: DerivedInputs) => x.ui.sort,
  search: (x: DerivedInputs) => x.search,
};
