/** What officials stated beside what the record holds: the latest tallies and sequence coverage. */
import type { Tally } from '../data/schemas';
import { latestByBody, latestTally, sequenceCoverage } from '../domain/official';
import type { BodyTally, Coverage } from '../domain/official';
import { pick } from './inputs';
import { selector } from './selector';

/** The official figures for the period shown (as of its end, or the latest). */
export interface Official {
  /** Ukraine's latest statement of people returned to it. */
  returned: Tally | null;
  /** Each Ukrainian body's latest statement of people returned, by the same day. */
  returnedByBody: BodyTally[];
  /** Ukraine's latest statement of how many exchanges were held. */
  exchanges: Tally | null;
  /** How many of Kyiv's exchange numbers the record holds. */
  coverage: Coverage;
  /** Every statement of people returned to Ukraine, oldest first: the chart's reference points. */
  returnedSeries: Tally[];
}

// Of the whole record, not the period: a range change must not walk every event's sequence
// numbers again (4.5 MB of garbage per change at 100,000 events).
const selectCoverage = selector([pick.tallies, pick.events], (tallies, events) =>
  sequenceCoverage(events ?? [], 'ukraine', tallies ?? []),
);

// Neither do the statements of people returned depend on the period.
export const selectReturnedSeries = selector([pick.tallies], (tallies) =>
  (tallies ?? [])
    .filter(
      (t) =>
        t.measure === 'people-returned-to-ukraine' && t.side === 'ukraine' && t.mediatorId === null,
    )
    .sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0)),
);

export const selectOfficial = selector(
  [pick.tallies, pick.to, selectCoverage, selectReturnedSeries],
  (tallies, to, coverage, returnedSeries): Official => {
    const all = tallies ?? [];
    return {
      returned: latestTally(all, 'people-returned-to-ukraine', 'ukraine', to),
      returnedByBody: latestByBody(all, 'people-returned-to-ukraine', 'ukraine', to),
      exchanges: latestTally(all, 'exchanges', 'ukraine', to),
      coverage,
      returnedSeries,
    };
  },
);
