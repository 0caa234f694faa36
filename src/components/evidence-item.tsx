/** A verbatim excerpt or our note of a web report, and the source it comes from (events, places). */
import type { Evidence, Inference, Source } from '../data/schemas';
import { webUrl } from '../domain/web-url';
import { SourceName } from './source-name';
import { sourceByline } from '../domain/source-byline';
import './evidence.css';

/** One piece of evidence: the excerpt quoted, then title (linked only for web URLs) and byline. */
export function EvidenceItem({
  evidence,
  source,
}: {
  evidence: Evidence;
  source: Source | undefined;
}) {
  const url = webUrl(source?.url ?? null);
  return (
    <li className="evidence">
      {evidence.excerpt !== undefined ? (
        <blockquote className="evidence__excerpt" cite={url ?? undefined}>
          {evidence.excerpt}
        </blockquote>
      ) : (
        // A web source is summarised in our own words, never quoted: say so.
        <p className="evidence__note">
          <span className="evidence__note-label">Reports:</span> {evidence.note}
        </p>
      )}
      <p className="evidence__source">
        <span aria-hidden="true">— </span>
        <cite>
          {source ? <SourceName source={source} /> : `unknown source "${evidence.sourceId}"`}
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
