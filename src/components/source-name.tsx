/** A source's name as every view cites it: linked for a web URL, our own description flagged. */
import type { Source } from '../data/schemas';
import { oursNote, sourceName } from '../domain/source-byline';
import { webUrl } from '../domain/web-url';

export function SourceName({ source }: { source: Source }) {
  const { text, ours } = sourceName(source);
  const href = webUrl(source.url);
  return (
    <>
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer">
          {text}
        </a>
      ) : (
        text
      )}
      {ours && <span className="source-name__ours"> ({oursNote})</span>}
    </>
  );
}
