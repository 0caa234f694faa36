/**
 * One notice at the top of the page listing every record left out of what the views show (failed
 * its schema, or names a record that does not exist), file › record › field, so a reader sees that
 * the figures are incomplete and a curator sees what to fix.
 */
import { leftOutListId } from '../../components/view-shell';
import { selectLeftOut } from '../../derived/left-out';
import { useDerived } from '../../derived/use-derived';
import { formatProblem } from '../../data/problems';
import { formatCount } from '../../domain/format-number';
import './left-out.css';

export function LeftOutNotice() {
  const problems = useDerived(selectLeftOut);
  if (problems.length === 0) return null;
  const records = new Set(problems.map((p) => `${p.file}#${p.index}`)).size;
  return (
    <section id={leftOutListId} className="left-out" tabIndex={-1} aria-labelledby="left-out-title">
      <h2 id="left-out-title" className="left-out__title">
        {formatCount(records)} {records === 1 ? 'record was' : 'records were'} left out of the
        views: the figures below do not include {records === 1 ? 'it' : 'them'}.
      </h2>
      <ul className="left-out__list">
        {problems.map((p, i) => (
          <li key={i}>{formatProblem(p)}</li>
        ))}
      </ul>
    </section>
  );
}
