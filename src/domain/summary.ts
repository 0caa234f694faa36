/** The headline figures for whatever the filter shows. */
import type { EventRecord } from '../data/schemas';
import type { PreparedEvent } from './event-index';
import { figureMissing, isDisputed, returnKindOf } from './return-kind';

/** People returned to each side, confirmed and expected apart; bodies on their own. */
export interface Summary {
  toUkraine: { confirmed: number; expected: number };
  toRussia: { confirmed: number; expected: number };
  /** Swaps and one-way releases of people. */
  exchanges: { confirmed: number; expected: number };
  /** Of the confirmed exchanges, the one-way releases. */
  releases: number;
  /** Exchanges whose size the sources do not give (counted, but adding nothing to the totals). */
  exchangesWithUnknownSize: number;
  /**
   * Confirmed exchanges of people whose sources give no figure for one side: the side's total is
   * a floor, and with nothing else it is not 0 people but unknown.
   */
  unreported: { toUkraine: number; toRussia: number };
  /** Confirmed repatriations of bodies: never counted as people returned. */
  bodies: { handovers: number; toUkraine: number; toRussia: number };
  /** Confirmed exchanges whose parties' figures disagree (the totals use the rule in docs/data.md). */
  disputed: number;
}

/**
 * A summary as a row of numbers (every figure is a sum over events), so that running totals per
 * day can be kept in one typed array and a range's figures are a subtraction.
 */
export const summaryWidth = 14;
const ukraineConfirmed = 0;
const ukraineExpected = 1;
const russiaConfirmed = 2;
const russiaExpected = 3;
const exchangesConfirmed = 4;
const exchangesExpected = 5;
const releases = 6;
const unknownSize = 7;
const bodiesHandovers = 8;
const bodiesToUkraine = 9;
const bodiesToRussia = 10;
const disputed = 11;
const ukraineUnreported = 12;
const russiaUnreported = 13;

/** Adds one event's share of the figures to the row starting at `at`. */
export function addToSummaryRow(row: Float64Array, at: number, event: EventRecord): void {
  const kind = returnKindOf(event);
  if (kind === null) return;
  const confirmed = event.status === 'confirmed';
  const toUkraine = event.toUkraine?.total ?? 0;
  const toRussia = event.toRussia?.total ?? 0;
  if (kind === 'bodies') {
    if (!confirmed) return;
    row[at + bodiesHandovers]! += 1;
    row[at + bodiesToUkraine]! += toUkraine;
    row[at + bodiesToRussia]! += toRussia;
    return;
  }
  row[at + (confirmed ? exchangesConfirmed : exchangesExpected)]! += 1;
  row[at + (confirmed ? ukraineConfirmed : ukraineExpected)]! += toUkraine;
  row[at + (confirmed ? russiaConfirmed : russiaExpected)]! += toRussia;
  if (confirmed && kind === 'release') row[at + releases]! += 1;
  if (confirmed && isDisputed(event)) row[at + disputed]! += 1;
  if (confirmed && figureMissing(event, 'toUkraine')) row[at + ukraineUnreported]! += 1;
  if (confirmed && figureMissing(event, 'toRussia')) row[at + russiaUnreported]! += 1;
  if (!event.toUkraine && !event.toRussia) row[at + unknownSize]! += 1;
}

/** The figures held in a summary row. */
export function summaryFromRow(row: Float64Array): Summary {
  return {
    toUkraine: { confirmed: row[ukraineConfirmed]!, expected: row[ukraineExpected]! },
    toRussia: { confirmed: row[russiaConfirmed]!, expected: row[russiaExpected]! },
    exchanges: { confirmed: row[exchangesConfirmed]!, expected: row[exchangesExpected]! },
    releases: row[releases]!,
    exchangesWithUnknownSize: row[unknownSize]!,
    unreported: { toUkraine: row[ukraineUnreported]!, toRussia: row[russiaUnreported]! },
    bodies: {
      handovers: row[bodiesHandovers]!,
      toUkraine: row[bodiesToUkraine]!,
      toRussia: row[bodiesToRussia]!,
    },
    disputed: row[disputed]!,
  };
}

/** Sums the exchanges among the given events. */
export function summarise(events: readonly PreparedEvent[]): Summary {
  const row = new Float64Array(summaryWidth);
  for (const { event } of events) addToSummaryRow(row, 0, event);
  return summaryFromRow(row);
}
