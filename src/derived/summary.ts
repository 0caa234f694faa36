/** The headline figures for the current filter. */
import { latestConfirmed } from '../domain/latest-event';
import { returnedToUkraineBy } from '../domain/official';
import { summarise } from '../domain/summary';
import type { Summary } from '../domain/summary';
import { buildSummaryDays, summaryForRange } from '../domain/summary-by-day';
import { selectEventIndex, selectVisibleEvents } from './events';
import type { DerivedInputs } from './inputs';
import { quoteFiles, selectShownCount } from './quotes';
import { viewStatus } from '../data/use-dataset';
import { selectOfficial } from './official';
import { pick } from './inputs';
import { selector } from './selector';
import { viewOf } from './view-state';

/** Every event's figures as running totals per day, once per events file. */
export const selectSummaryDays = selector([selectEventIndex], buildSummaryDays);

/**
 * People returned per side and exchanges, confirmed and expected apart. A date range alone reads
 * the running totals (a range change costs two rows, not a pass over every event); a place or a
 * mediator narrows the events to a few deals, which are summed directly.
 */
export const selectSummary = selector(
  [selectSummaryDays, selectVisibleEvents, pick.from, pick.to, pick.venue, pick.mediator],
  (days, visible, from, to, venue, mediator) =>
    venue === null && mediator === null ? summaryForRange(days, from, to) : summarise(visible),
);

/** How many quotes the browser shows; null until the quote browser's files are in. */
export const selectShownQuoteCount = (x: DerivedInputs): number | null =>
  viewStatus(x.dataset, quoteFiles).status === 'ready' ? selectShownCount(x) : null;

/** The summary's figures and, beside them, what officials stated. */
export const selectSummaryModel = selector(
  [selectSummary, selectOfficial, selectVisibleEvents, pick.venue, pick.mediator, pick.from],
  (summary, official, visible, venue, mediator, from) => ({
    summary,
    // Officials count every exchange: beside one place's or mediator's figures they would mislead
    // (a period keeps the statement as context, without the like-for-like count below).
    official: venue === null && mediator === null ? official : null,
    // What the record holds by the day of the official statement: like for like, so only when the
    // figures count from the start too.
    recordedAtStatement:
      official.returned === null || from !== null
        ? null
        : returnedToUkraineBy(visible, official.returned.asOf),
  }),
);

/** The summary: it needs the events file (the tallies add to it when they are in). */
export const selectSummaryView = viewOf(['events'], selectSummaryModel);
export type { Summary };

/** How far the record reaches (its latest confirmed event), for citing a figure "as of". */
export const selectRecordEndView = viewOf(
  ['events'],
  selector([selectEventIndex], latestConfirmed),
);
