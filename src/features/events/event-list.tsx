/**
 * The filtered events by date (the latest first unless the reader asks for the first), a type
 * filter, a counted live region and "Show more".
 */
import { useId, useMemo } from 'react';
import type { ReactNode } from 'react';
import type { EventType, Venue } from '../../data/schemas';
import type { PreparedEvent } from '../../domain/event-index';
import { EmptyState } from '../../components/empty-state';
import { useRovingFocus } from '../../components/use-roving-focus';
import { ShowMore } from '../../components/show-more';
import { usePages } from '../../components/use-pages';
import { EventRow } from './event-row';
import { countOf, formatCount } from '../../domain/format-number';
import { yearGroups } from '../../domain/year-groups';
import { useAppStore } from '../../state/store';
import { sorts } from '../../state/url-keys';
import type { EventsModel } from '../../derived/events-list';

/**
 * Rows rendered at first: more than a phone's screen, and few enough that the prerendered page
 * stays small and hydrates quickly (100 rows were half its markup and most of its hydration).
 */
export const firstPage = 30;
/** Rows added by each "Show more": enough to scan on, cheap at 100,000 events. */
export const pageSize = 100;

const orderLabels = { newest: 'Latest first', oldest: 'Earliest first' } as const;

type TypeChoice = EventType | 'all';
const choices: { value: TypeChoice; label: string; noun: string }[] = [
  { value: 'all', label: 'All', noun: 'event' },
  { value: 'exchange', label: 'Exchanges', noun: 'exchange' },
  { value: 'talks', label: 'Talks', noun: 'talks round' },
  { value: 'agreement', label: 'Agreements', noun: 'agreement' },
];

interface Props {
  visible: PreparedEvent[];
  venues: ReadonlyMap<string, Venue>;
  venueName: string | null;
  /** How its exchanges split by the headline's rule (see EventsModel). */
  exchanges: EventsModel['exchanges'];
  selectedId: string | null;
  rowId: (eventId: string) => string;
  onSelect: (id: string) => void;
  /** The selected event's detail, to open under its row; after the list when the row is not shown. */
  detail?: ReactNode;
}

/** The list half of the view. */
export function EventList({
  visible,
  venues,
  venueName,
  exchanges: split,
  selectedId,
  rowId,
  onSelect,
  detail = null,
}: Props) {
  // In the store, so a shared link and the downloads keep the tab.
  const type: TypeChoice = useAppStore((s) => s.type) ?? 'all';
  const setEventType = useAppStore((s) => s.setEventType);
  const setType = (choice: TypeChoice) => setEventType(choice === 'all' ? null : choice);
  const hintId = useId();
  // The whole list is one Tab stop; arrows move between the rows' buttons.
  const roving = useRovingFocus<HTMLOListElement>({
    items: '.event-row__title',
    current: '[aria-current="true"]',
  });

  const counts = useMemo(() => {
    const c: Record<TypeChoice, number> = {
      all: visible.length,
      exchange: 0,
      talks: 0,
      agreement: 0,
    };
    for (const p of visible) c[p.event.type] += 1;
    return c;
  }, [visible]);
  const shown = useMemo(
    () => (type === 'all' ? visible : visible.filter((p) => p.event.type === type)),
    [visible, type],
  );
  // Readers come for the latest exchange: it heads the list unless they ask for the first.
  const order = useAppStore((s) => s.order);
  const setListOrder = useAppStore((s) => s.setListOrder);
  const listed = useMemo(
    () => (order === 'newest' ? shown.slice().reverse() : shown),
    [shown, order],
  );

  const selectedAt = selectedId === null ? -1 : listed.findIndex((p) => p.event.id === selectedId);
  // "Show more" pages the list; the selected event stays rendered beyond the shown rows.
  const { rows, hidden, showMore } = usePages(listed, {
    first: firstPage,
    step: pageSize,
    chosenAt: selectedAt,
    domId: (p) => rowId(p.event.id),
  });
  const detailInRow = selectedAt >= 0;
  // Only the years whose headings are drawn: the rest of a long list is never read.
  const rowYears = [...new Set(rows.map((p) => p.event.date.slice(0, 4)))].join();
  const years = useMemo(
    () => yearGroups(shown, rowYears === '' ? [] : rowYears.split(',')),
    [shown, rowYears],
  );

  const choice = choices.find((c) => c.value === type) ?? choices[0];
  const noun = choice?.noun ?? 'event';
  const where = venueName === null ? '' : ` tied to ${venueName}`;
  // The headline counts confirmed exchanges of people; this tab counts repatriations of bodies and
  // announced exchanges too, so the line says how the two add up, in the headline's own figures
  // (93 in the headline against "Exchanges (148)" read as a mistake). The rest are announced.
  const announced = counts.exchange - split.people - split.bodies;
  const ofBodies =
    (type === 'all' || type === 'exchange') && split.bodies > 0
      ? ` (exchanges: ${[
          `${formatCount(split.people)} of people`,
          `${formatCount(split.bodies)} of bodies`,
          announced > 0 ? `${formatCount(announced)} announced` : '',
        ]
          .filter(Boolean)
          .join(', ')})`
      : '';
  const status =
    type === 'all'
      ? `${countOf(shown.length, noun)}${where}${ofBodies}`
      : `${countOf(shown.length, noun)} of ${countOf(visible.length, 'event')}${where}${ofBodies}`;

  return (
    <div className="event-list">
      <div className="event-list__tools">
        <div role="group" aria-label="Event types" className="event-list__types">
          {choices.map((c) => (
            <button
              key={c.value}
              type="button"
              aria-pressed={type === c.value}
              onClick={() => setType(c.value)}
            >
              {c.label} <span className="event-list__type-count">({counts[c.value]})</span>
            </button>
          ))}
        </div>
        <p role="status" className="event-list__count">
          {status}
        </p>
        <div role="group" aria-label="Order of the list" className="event-list__order">
          {sorts.map((o) => (
            <button
              key={o}
              type="button"
              aria-pressed={order === o}
              onClick={() => setListOrder(o)}
            >
              {orderLabels[o]}
            </button>
          ))}
        </div>
      </div>
      <p className="event-list__legend">
        ≈ marks a date inferred from the sources; open an event for the reasoning and every source.{' '}
        <span id={hintId} className="keys-hint">
          In the list, ↑ and ↓ move between events.
        </span>
      </p>
      {rows.length === 0 ? (
        <EmptyState>No events in the current filter.</EmptyState>
      ) : (
        <ol
          className="event-list__rows"
          aria-label={`Events, ${orderLabels[order].toLowerCase()}`}
          {...roving}
        >
          {rows.map((p, i) => (
            <EventRow
              key={p.event.id}
              year={
                i === 0 || rows[i - 1]!.event.date.slice(0, 4) !== p.event.date.slice(0, 4)
                  ? years.get(p.event.date.slice(0, 4))
                  : undefined
              }
              prepared={p}
              venues={venues}
              selected={p.event.id === selectedId}
              buttonId={rowId(p.event.id)}
              hintId={hintId}
              onSelect={onSelect}
            >
              {p.event.id === selectedId ? detail : null}
            </EventRow>
          ))}
        </ol>
      )}
      <ShowMore className="event-list__more" hidden={hidden} step={pageSize} onClick={showMore} />
      {!detailInRow && detail}
    </div>
  );
}
