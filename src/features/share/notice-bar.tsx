/** Polite, dismissible notices: what a link (or the data) made the app ignore, and why. */
import { useAppStore } from '../../state/store';
import './share.css';

export function NoticeBar() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotices);
  return (
    <div role="status" aria-live="polite" className="notice-area">
      {notices.length > 0 && (
        <div className="notice">
          <div>
            <p className="notice__title">Parts of this link were ignored:</p>
            <ul>
              {notices.map((n) => (
                <li key={n}>{n}</li>
              ))}
            </ul>
          </div>
          <button type="button" onClick={dismiss}>
            Dismiss
          </button>
        </div>
      )}
    </div>
  );
}
