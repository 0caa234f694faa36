/**
 * How far the record reaches and how to cite it: a journalist quoting a figure needs an "as of"
 * and a link that shows the same view.
 */
import { selectRecordEndView } from '../../derived/summary';
import { useDerived } from '../../derived/use-derived';
import { useHydrated } from '../../components/use-hydrated';
import { formatDate, localDay } from '../../domain/dates';

export function RecordAsOf() {
  const state = useDerived(selectRecordEndView);
  // The day the reader reads it, as a citation gives it: the record's end is not when it was read.
  // Not in the prerendered page, which was built on another day.
  const hydrated = useHydrated();
  if (state.status !== 'ready' || state.model === null) return null;
  const { event } = state.model;
  const asOf = formatDate(event.date, event.datePrecision);
  const today = formatDate(localDay(new Date()));
  return (
    <p className="record-as-of">
      The record runs to {asOf}, its latest confirmed event. To cite a figure: Swapwatch, record up
      to {asOf}
      {hydrated ? `, accessed ${today}` : ''}, with the link that “Copy link” gives for this view
      (it reopens exactly what you see), and the news reports listed with the event.
    </p>
  );
}
