/** What officials stated beside what the record holds: the latest tallies and sequence coverage. */
import type { Tally } from '../data/schemas';
import { latestTally, sequenceCoverage } from '../domain/official';
import type { Coverage } from '../domain/official';
import { pick } from './inputs';
import { selector } from './selector';

/** The official figures for the period shown (as of its end, or the latest). */
export interface Official {
  /** Ukraine's latest statement of people returned to it. */
  returned: Tally | null;
  /** Ukraine's latest statement of how many exchanges were held. */
  exchanges: Tally | null;
  /** How many of Kyiv's exchange numbers the record holds. */
  coverage: Coverage;
  /** Every statement of people returned to Ukraine, oldest first: the chart's reference points. */
  returnedSeries: Tally[];
}

export const selectOfficial = selector(
  [pick.tallies, pick.events, pick.to],
  (tallies, events, to): Official => {
    const all = tallies ?? [];
    return {
      returned: latestTally(all, 'people-returned-to-ukraine', 'ukraine', to),
      exchanges: latestTally(all, 'exchanges', 'ukraine', to),
      coverage: sequenceCoverage(events ?? [], 'ukraine', all),
      returnedSeries: all
        .filter(
          (t) =>
            t.measure === 'people-returned-to-ukraine' &&
            t.side === 'ukraine' &&
            t.mediatorId === null,
        )
        .sort((a, b) => (a.asOf < b.asOf ? -1 : a.asOf > b.asOf ? 1 : 0)),
    };
  },
);
