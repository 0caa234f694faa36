/** The Exchanges view: the events in the current filter, and the detail of the selected one. */
import { memo, useEffect, useId, useRef } from 'react';
import type { KeyboardEvent } from 'react';
import { keepInPlace } from '../../components/keep-in-place';
import { ViewShell } from '../../components/view-shell';
import { selectEventsView } from '../../derived/events-list';
import type { EventsModel } from '../../derived/events-list';
import { useInSight } from '../../components/use-in-sight';
import { selectLargeRecord, useDeferredDerived, useDerived } from '../../derived/use-derived';
import { useAppStore } from '../../state/store';
import { EventDetail, MissingEvent } from './event-detail';
import type { FocusRequest } from './event-detail';
import { EventList } from './event-list';
import { useDetailBeside } from './use-detail-beside';
import './events.css';

/** The events view, framed as the "Exchanges" region. */
export function EventsView() {
  const { value: state, stale } = useDeferredDerived(
    selectEventsView,
    useInSight('events', useDerived(selectLargeRecord)),
  );
  return (
    <ViewShell
      title="Exchanges"
      anchor="events"
      className="view--events"
      loading="events"
      state={state}
      busy={stale}
    >
      {(model) => <EventsBody model={model} />}
    </ViewShell>
  );
}

// Memoised on its props: a view kept out of sight re-renders its region, not its body.
const EventsBody = memo(function EventsBody({ model }: { model: EventsModel }) {
  const selectEvent = useAppStore((s) => s.selectEvent);
  const prefix = useId();
  const focusRequestRef = useRef<FocusRequest>(null);
  const layoutRef = useRef<HTMLDivElement>(null);
  const beside = useDetailBeside();
  const rowId = (eventId: string) => `${prefix}-row-${eventId}`;
  const listId = `${prefix}-list`;
  const { selection } = model;
  const selectedId =
    selection.status === 'none'
      ? null
      : selection.status === 'found'
        ? selection.prepared.event.id
        : selection.id;

  // A link inside the detail goes to another event: its detail takes the focus and the browser
  // scrolls there, wherever that is.
  const select = (id: string) => {
    focusRequestRef.current = 'scroll';
    selectEvent(id);
  };
  // A row tapped under the finger opens or closes its detail below it, and the row stays where it
  // was: selecting narrows the quotes above to the event and may fold away another open detail, so
  // the page scrolls by what that moved the row (keepInPlace). Beside the list the detail opens as
  // it always has.
  const change = (id: string, run: () => void) =>
    beside ? run() : keepInPlace(document.getElementById(rowId(id)), run);
  const selectRow = (id: string) =>
    change(id, () => {
      focusRequestRef.current = beside ? 'scroll' : 'stay';
      selectEvent(id);
    });
  const close = () => {
    // Give focus back to the row the detail came from, or to the list when that row is filtered out.
    const target =
      (selectedId && document.getElementById(rowId(selectedId))) || document.getElementById(listId);
    target?.focus();
    if (selectedId) change(selectedId, () => selectEvent(null));
    else selectEvent(null);
  };
  // Pressing the selected row again unselects it, as its aria-pressed state promises.
  const toggle = (id: string) => (id === selectedId ? close() : selectRow(id));
  // Escape on the selected row closes its detail too (inside the detail, the detail handles it).
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'Escape' || e.defaultPrevented || selectedId === null) return;
    if (!(e.target instanceof HTMLElement) || e.target.id !== rowId(selectedId)) return;
    e.preventDefault();
    close();
  };

  // A shared link to an event shows it once, as the page opens; later choices leave the page be.
  const linkShown = useRef(false);
  useEffect(() => {
    if (linkShown.current) return;
    linkShown.current = true;
    const root = layoutRef.current;
    const target =
      (!beside && root?.querySelector('.event-row[aria-current="true"]')) ||
      root?.querySelector('.event-detail');
    // jsdom has no layout and no scrollIntoView.
    if (target && typeof target.scrollIntoView === 'function') {
      target.scrollIntoView({ block: 'start' });
    }
  }, [beside]);

  const detail =
    selection.status === 'found' ? (
      <EventDetail
        prepared={selection.prepared}
        inFilter={selection.inFilter}
        index={model.index}
        venues={model.venues}
        sources={model.sources}
        mediators={model.mediators}
        focusRequestRef={focusRequestRef}
        onSelect={select}
        onClose={close}
      />
    ) : selection.status === 'missing' ? (
      <MissingEvent id={selection.id} onClose={close} />
    ) : null;

  return (
    <div
      ref={layoutRef}
      className={`events-layout${selection.status === 'none' ? '' : ' events-layout--detail'}`}
    >
      <div id={listId} tabIndex={-1} className="events-layout__list" onKeyDown={onKeyDown}>
        <EventList
          visible={model.visible}
          venues={model.venues}
          venueName={model.venueName}
          exchanges={model.exchanges}
          selectedId={selectedId}
          rowId={rowId}
          onSelect={toggle}
          detail={beside ? null : detail}
        />
      </div>
      {beside && detail}
    </div>
  );
});
