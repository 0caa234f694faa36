/** The events the filter shows, and the lists built from them. */
import { indexOfPrepared, prepareEvents } from '../domain/event-index';
import { filterEvents } from '../domain/filter-events';
import { rangePresets } from '../domain/range-presets';
import type { RangePreset } from '../domain/range-presets';
import { pick } from './inputs';
import { selectVenuesById } from './lookups';
import { selector } from './selector';

/** Each event's span, deal venues and mediators, once per events file. */
export const selectPreparedEvents = selector([pick.events], (events) =>
  prepareEvents(events ?? []),
);

/** The events file indexed by id, day and venue. */
export const selectEventIndex = selector([selectPreparedEvents], indexOfPrepared);

/**
 * Events passing the date range, the chosen place and the chosen mediator: what the chart, lists
 * and totals show.
 */
export const selectVisibleEvents = selector(
  [selectEventIndex, pick.from, pick.to, pick.venue, pick.mediator],
  (index, from, to, venue, mediator) => filterEvents(index, { from, to, venue, mediator }),
);

/** The range presets (years, talks rounds), split so many talks rounds can become one list. */
export const selectRangePresets = selector(
  [selectEventIndex, selectVenuesById],
  (index, venues): { all: RangePreset[]; talks: RangePreset[]; general: RangePreset[] } => {
    const all = rangePresets(index, venues);
    return {
      all,
      talks: all.filter((p) => p.kind === 'talks'),
      general: all.filter((p) => p.kind !== 'talks'),
    };
  },
);

/** The mediators, each with how many recorded events it took part in (for the mediator filter). */
export const selectMediatorOptions = selector(
  [pick.mediators, selectEventIndex],
  (mediators, index): { id: string; name: string; events: number }[] => {
    const counts = new Map<string, number>();
    for (const p of index.list)
      for (const id of p.dealMediators) counts.set(id, (counts.get(id) ?? 0) + 1);
    return (mediators ?? [])
      .map((m) => ({ id: m.id, name: m.name, events: counts.get(m.id) ?? 0 }))
      .filter((m) => m.events > 0)
      .sort((a, b) => b.events - a.events || a.name.localeCompare(b.name));
  },
);
