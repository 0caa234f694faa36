/** What the quote browser says when nothing passes the filters, and the way out. */
import { useShallow } from 'zustand/react/shallow';
import { EmptyState } from '../../components/empty-state';
import { formatDate } from '../../domain/dates';
import { useAppStore } from '../../state/store';
import { sideLabels } from '../../domain/side-labels';
import type { QuoteListModel } from '../../derived/quotes';

/** The active filters in words: "“xyz”, speaker Dmitry Peskov and side Russia". */
function describeFilters(model: QuoteListModel, s: ReturnType<typeof useFilterState>): string[] {
  const parts: string[] = [];
  if (s.q.trim() !== '') parts.push(`“${s.q.trim()}”`);
  if (s.speaker) parts.push(`speaker ${model.people.get(s.speaker)?.name ?? s.speaker}`);
  if (s.side) parts.push(`side ${sideLabels[s.side]}`);
  if (s.event) parts.push(`the event “${model.events.byId.get(s.event)?.event.title ?? s.event}”`);
  if (s.venue) parts.push('the selected place');
  if (s.from || s.to) {
    const from = s.from ? formatDate(s.from) : 'the start';
    const to = s.to ? formatDate(s.to) : 'now';
    parts.push(`dates from ${from} to ${to}`);
  }
  return parts;
}

function joinWords(parts: readonly string[]): string {
  if (parts.length <= 1) return parts.join('');
  return `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1] ?? ''}`;
}

function useFilterState() {
  return useAppStore(
    useShallow((st) => ({
      speaker: st.speaker,
      side: st.side,
      event: st.event,
      venue: st.venue,
      from: st.from,
      to: st.to,
      q: st.q,
    })),
  );
}

/** "No quotes match …" naming every active filter, with a button that clears the quote filters. */
export function QuoteEmpty({ model }: { model: QuoteListModel }) {
  const s = useFilterState();
  const setQuery = useAppStore((st) => st.setQuery);
  const setSpeaker = useAppStore((st) => st.setSpeaker);
  const setSide = useAppStore((st) => st.setSide);
  const parts = describeFilters(model, s);
  if (model.total === 0) return <EmptyState>There are no quotes in the data yet.</EmptyState>;

  // Discrete choices first (they push one history entry), the text last (it replaces that entry).
  const clear = () => {
    if (s.speaker !== null) setSpeaker(null);
    if (s.side !== null) setSide(null);
    if (s.q !== '') setQuery('');
  };
  const hasQuoteFilters = s.speaker !== null || s.side !== null || s.q !== '';
  return (
    <div className="quote-empty">
      <EmptyState>No quotes match {joinWords(parts)}.</EmptyState>
      {hasQuoteFilters && (
        <button type="button" onClick={clear}>
          Clear quote filters
        </button>
      )}
    </div>
  );
}
