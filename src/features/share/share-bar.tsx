/** "Copy link": the canonical URL of the current view, with a fallback where the clipboard is unavailable. */
import { useRef, useState } from 'react';
import { currentViewUrl } from './share-urls';
import { DownloadMenu } from './download-menu';
import './share.css';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

export function ShareBar() {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const field = useRef<HTMLInputElement>(null);

  const copy = async () => {
    const url = currentViewUrl();
    try {
      if (!navigator.clipboard?.writeText) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState({ kind: 'copied' });
    } catch {
      setState({ kind: 'manual', url });
      requestAnimationFrame(() => field.current?.select());
    }
  };

  return (
    <div className="share-bar">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      <DownloadMenu />
      <span role="status" className="share-bar__feedback">
        {state.kind === 'copied' ? 'Link copied' : ''}
      </span>
      {state.kind === 'manual' && (
        <label className="share-bar__manual">
          Copy this link
          <input ref={field} readOnly value={state.url} onFocus={(e) => e.target.select()} />
        </label>
      )}
    </div>
  );
}
