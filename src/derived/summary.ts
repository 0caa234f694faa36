/** The headline figures for the current filter. */
import { summarise } from '../domain/summary';
import type { Summary } from '../domain/summary';
import { selectVisibleEvents } from './events';
import type { DerivedInputs } from './inputs';
import { selectQuoteList } from './quotes';
import { selector } from './selector';
import { viewOf } from './view-state';

/** People returned per side and exchanges, confirmed and expected apart. */
export const selectSummary = selector([selectVisibleEvents], summarise);

/** How many quotes the browser shows; null until its files are in. */
export const selectShownQuoteCount = (x: DerivedInputs): number | null => {
  const ready = ['quotes', 'people', 'sources', 'events'] as const;
  return ready.every((f) => x.dataset.files[f].status === 'ready')
    ? selectQuoteList(x).shown.length
    : null;
};

/** The summary's figures: they need the events file. */
export const selectSummaryView = viewOf(['events'], selectSummary);
export type { Summary };
