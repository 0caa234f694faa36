/** Says, where the figures are, what they are filtered to, with one click to clear each part. */
import { goToView } from '../../components/go-to-view';
import { selectFilterWords, selectQuoteFilterWords } from '../../derived/selection';
import { useDerived } from '../../derived/use-derived';
import { useAppStore } from '../../state/store';

export function FilterLine() {
  const words = useDerived(selectFilterWords);
  const quoteWords = useDerived(selectQuoteFilterWords);
  const clearQuoteFilters = useAppStore((s) => s.clearQuoteFilters);
  const resetRange = useAppStore((s) => s.resetRange);
  const selectVenue = useAppStore((s) => s.selectVenue);
  const selectMediator = useAppStore((s) => s.selectMediator);
  const parts = [
    words.period && {
      key: 'period',
      // A talks round's preset is a stretch of dates, not a deal: say what it counts.
      text: !words.talksRound
        ? words.period
        : words.talksRound.hasExchanges
          ? `${words.period} — ${words.talksRound.name} → exchanges: every exchange in these dates counts, under its deal or not`
          : `${words.period} — the days of the ${words.talksRound.name}; no exchange is recorded under their deals`,
      clear: resetRange,
      what: 'the dates',
    },
    words.place && {
      key: 'place',
      text: `place: ${words.place} (events held there and exchanges under deals agreed there)`,
      clear: () => selectVenue(null),
      what: words.place,
    },
    words.mediator && {
      key: 'mediator',
      text: `mediator: ${words.mediator}`,
      clear: () => selectMediator(null),
      what: words.mediator,
    },
  ].filter((p) => !!p);
  return (
    <>
      <p className="filter-line" aria-live="polite">
        {parts.length === 0 ? (
          'Figures for the whole record since February 2022.'
        ) : (
          <>
            {/* "Figures from 1 Jun 2024", not "Figures for from …". */}
            {words.openEnded ? 'Figures ' : 'Figures for '}
            {parts.map((p, i) => (
              <span key={p.key} className="filter-line__part">
                {i > 0 && ' · '}
                {p.text}{' '}
                <button
                  type="button"
                  className="link-button"
                  aria-label={`Clear ${p.what}`}
                  onClick={p.clear}
                >
                  clear
                </button>
              </span>
            ))}
          </>
        )}
      </p>
      {quoteWords.length > 0 && (
        // Quotes only: the figures above do not depend on them.
        <p className="filter-line filter-line--quotes">
          Quotes filtered: {quoteWords.join(' · ')} ·{' '}
          <a href="#quotes" onClick={(e) => goToView(e, 'quotes')}>
            show them
          </a>{' '}
          <button
            type="button"
            className="link-button"
            aria-label="Clear the quote search and filters"
            onClick={clearQuoteFilters}
          >
            clear
          </button>
        </p>
      )}
    </>
  );
}
