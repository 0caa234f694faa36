/** Text with the search matches marked, built from React text children only (never HTML). */
import { Fragment, useMemo } from 'react';
import { highlightSegments } from '../../domain/highlight';

/**
 * The terms that occur in this text. A short prefix search over a large dataset can match thousands
 * of terms; building a regular expression from only the ones present keeps each render cheap.
 */
function termsIn(text: string, terms: readonly string[]): string[] {
  if (terms.length === 0) return [];
  const lower = text.toLowerCase();
  return terms.filter((t) => lower.includes(t.toLowerCase()));
}

/** Renders text with every occurrence of the search terms wrapped in <mark>. */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  const segments = useMemo(() => highlightSegments(text, termsIn(text, terms)), [text, terms]);
  return (
    <>
      {segments.map((s, i) =>
        s.match ? <mark key={i}>{s.text}</mark> : <Fragment key={i}>{s.text}</Fragment>,
      )}
    </>
  );
}
