/** What the figures on screen are filtered to, in words: the period, the place, the mediator. */
import { formatDate } from '../domain/dates';
import { pick } from './inputs';
import { sideLabels } from '../domain/side-labels';
import { selectMediatorsById, selectPeopleById, selectVenuesById } from './lookups';
import { selector } from './selector';
import { selectRangePresets } from './events';
import { presetsByRange } from '../domain/range-presets';

/** The active filters, named for a reader ("place: Geneva"); empty for the whole record. */
export interface FilterWords {
  period: string | null;
  /** The period has one end open: it reads "from …" or "up to …", not as dates "for" it. */
  openEnded: boolean;
  place: string | null;
  mediator: string | null;
  /** The talks round whose preset the dates are ("Geneva talks"), if they are one. */
  talksRound: { name: string; hasExchanges: boolean } | null;
}

// The talks rounds' presets by their dates: asked on every range change.
const selectTalksPresetAt = selector([selectRangePresets], (presets) =>
  presetsByRange(presets.talks),
);

export const selectFilterWords = selector(
  [
    pick.from,
    pick.to,
    pick.venue,
    pick.mediator,
    selectVenuesById,
    selectMediatorsById,
    selectTalksPresetAt,
  ],
  (from, to, venue, mediator, venues, mediators, talksAt): FilterWords => ({
    period:
      from === null && to === null
        ? null
        : from === null
          ? `up to ${formatDate(to!)}`
          : to === null
            ? `from ${formatDate(from)}`
            : `${formatDate(from)} – ${formatDate(to)}`,
    openEnded: (from === null) !== (to === null),
    place: venue === null ? null : (venues.get(venue)?.name ?? venue),
    mediator: mediator === null ? null : (mediators.get(mediator)?.name ?? mediator),
    talksRound: from === null && to === null ? null : (talksAt(from, to)?.round ?? null),
  }),
);

/**
 * The quote browser's search and filters, in words ("“azovstal”", "speaker: …", "side: Ukraine"):
 * a shared link's search is far down a phone's page, so the top of the page names it.
 */
export const selectQuoteFilterWords = selector(
  [pick.q, pick.speaker, pick.side, selectPeopleById],
  (q, speaker, side, people): string[] =>
    [
      q.trim() && `“${q.trim()}”`,
      speaker && `speaker: ${people.get(speaker)?.name ?? speaker}`,
      side && `side: ${sideLabels[side]}`,
    ].filter((part): part is string => !!part),
);

/** The chart's title and subtitle for the current filter: on the page and in every export. */
export const selectChartTitle = selector([selectFilterWords, pick.bodies], (words, bodies) => {
  const where = [
    words.place ? `under deals tied to ${words.place}` : '',
    words.mediator ? `mediated by ${words.mediator}` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return {
    // With the bodies drawn the scale is theirs (tens of thousands): the title names them too.
    title: `${bodies ? 'People returned and bodies repatriated' : 'People returned'} to Ukraine and to Russia${where ? ` ${where}` : ''}`,
    subtitle: `${capitalise(words.period ?? 'since February 2022')} · confirmed swaps and one-way releases, cumulative; ${bodies ? 'bodies repatriated drawn apart, never counted as people' : 'bodies not counted'}`,
  };
});

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
