/** Records by id, once per file. */
import type { EventRecord, Mediator, Person, Quote, Source, Venue } from '../data/schemas';
import { memoizeRecent } from '../domain/memo';
import type { DerivedInputs } from './inputs';
import { viewOf } from './view-state';

const byId = <T extends { id: string }>(items: readonly T[] | undefined): ReadonlyMap<string, T> =>
  new Map((items ?? []).map((i) => [i.id, i]));

/** People by id (also what the quote search needs for speakers' names). */
export const peopleMapOf = memoizeRecent(byId<Person>);
const sourcesMapOf = memoizeRecent(byId<Source>);
const venuesMapOf = memoizeRecent(byId<Venue>);
const quotesMapOf = memoizeRecent(byId<Quote>);
const eventsMapOf = memoizeRecent(byId<EventRecord>);
const mediatorsMapOf = memoizeRecent(byId<Mediator>);

export const selectPeopleById = (x: DerivedInputs) => peopleMapOf(x.dataset.data.people);
export const selectSourcesById = (x: DerivedInputs) => sourcesMapOf(x.dataset.data.sources);
export const selectVenuesById = (x: DerivedInputs) => venuesMapOf(x.dataset.data.venues);
export const selectQuotesById = (x: DerivedInputs) => quotesMapOf(x.dataset.data.quotes);
export const selectEventsById = (x: DerivedInputs) => eventsMapOf(x.dataset.data.events);
export const selectMediatorsById = (x: DerivedInputs) => mediatorsMapOf(x.dataset.data.mediators);

/** The sources by id once their file is in: what a place's details cite (events carry their own). */
export const selectSourcesView = viewOf(['sources'], selectSourcesById);
