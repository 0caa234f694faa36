/** Says what went wrong with which file, record and field, and offers a retry. */
import type { Problem } from '../data/problems';
import { formatProblem } from '../data/problems';

const shownProblems = 8;

/** An inline error panel for a view whose data could not be used. */
export function ErrorPanel({
  title,
  problems,
  onRetry,
}: {
  title: string;
  problems: Problem[];
  onRetry?: () => void;
}) {
  const files = [...new Set(problems.map((p) => p.file))];
  return (
    <div className="error-panel" role="alert">
      <p className="error-panel__title">
        {title}: {files.join(', ')} could not be used.
      </p>
      <ul className="error-panel__list">
        {problems.slice(0, shownProblems).map((p, i) => (
          <li key={i}>{formatProblem(p)}</li>
        ))}
      </ul>
      {problems.length > shownProblems && (
        <p>…and {problems.length - shownProblems} more problems.</p>
      )}
      {onRetry && (
        <button type="button" onClick={onRetry}>
          Retry
        </button>
      )}
    </div>
  );
}
