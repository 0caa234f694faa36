/** A verbatim excerpt and the article it comes from. */
import type { Evidence, Inference, Source } from '../../data/schemas';
import { webUrl } from '../../domain/web-url';
import { sourceByline } from './event-text';

/** One piece of evidence: the excerpt quoted, then title (linked only for web URLs) and byline. */
export function EvidenceItem({
  evidence,
  source,
}: {
  evidence: Evidence;
  source: Source | undefined;
}) {
  const url = webUrl(source?.url ?? null);
  const name = source ? (source.title ?? source.label) : `unknown source "${evidence.sourceId}"`;
  return (
    <li className="evidence">
      <blockquote className="evidence__excerpt" cite={url ?? undefined}>
        {evidence.excerpt}
      </blockquote>
      <p className="evidence__source">
        <span aria-hidden="true">— </span>
        <cite>
          {url ? (
            <a href={url} target="_blank" rel="noopener noreferrer">
              {name}
            </a>
          ) : (
            name
          )}
        </cite>
        {source && <span className="evidence__byline"> · {sourceByline(source)}</span>}
      </p>
    </li>
  );
}

/** A fact the articles imply, marked as such, with the reasoning a reader can redo. */
export function InferenceNote({ inference }: { inference: Inference }) {
  return (
    <p className="inference">
      <span className="inference__badge">inferred</span> {inference.reasoning}
    </p>
  );
}
