/** The Exchanges view: the events in the current filter, and the detail of the selected one. */
import { useId, useRef } from 'react';
import { ViewShell } from '../../components/view-shell';
import { selectEventsView } from '../../derived/events-list';
import type { EventsModel } from '../../derived/events-list';
import { useDerived } from '../../derived/use-derived';
import { useAppStore } from '../../state/store';
import { EventDetail, MissingEvent } from './event-detail';
import { EventList } from './event-list';
import './events.css';

/** The events view, framed as the "Exchanges" region. */
export function EventsView() {
  const state = useDerived(selectEventsView);
  return (
    <ViewShell
      title="Exchanges"
      anchor="events"
      className="view--events"
      loading="events"
      state={state}
    >
      {(model) => <EventsBody model={model} />}
    </ViewShell>
  );
}

function EventsBody({ model }: { model: EventsModel }) {
  const selectEvent = useAppStore((s) => s.selectEvent);
  const prefix = useId();
  const focusRequestRef = useRef(false);
  const rowId = (eventId: string) => `${prefix}-row-${eventId}`;
  const listId = `${prefix}-list`;
  const { selection } = model;
  const selectedId =
    selection.status === 'none'
      ? null
      : selection.status === 'found'
        ? selection.prepared.event.id
        : selection.id;

  const select = (id: string) => {
    focusRequestRef.current = true;
    selectEvent(id);
  };
  // Pressing the selected row again unselects it, as its aria-pressed state promises.
  const toggle = (id: string) => (id === selectedId ? selectEvent(null) : select(id));
  const close = () => {
    // Give focus back to the row the detail came from, or to the list when that row is filtered out.
    const target =
      (selectedId && document.getElementById(rowId(selectedId))) || document.getElementById(listId);
    target?.focus();
    selectEvent(null);
  };

  return (
    <div className={`events-layout${selection.status === 'none' ? '' : ' events-layout--detail'}`}>
      <div id={listId} tabIndex={-1} className="events-layout__list">
        <EventList
          visible={model.visible}
          venues={model.venues}
          venueName={model.venueName}
          selectedId={selectedId}
          rowId={rowId}
          onSelect={toggle}
        />
      </div>
      {selection.status === 'found' && (
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
      )}
      {selection.status === 'missing' && <MissingEvent id={selection.id} onClose={close} />}
    </div>
  );
}
