/**
 * "Copy link", for the page and for each quote: the clipboard where it works, and where it does not
 * (insecure pages, some embeds, refused permission) a focused, selected field holding the link.
 */
import { useEffect, useId, useRef, useState } from 'react';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

async function writeToClipboard(url: string): Promise<boolean> {
  const clipboard: Clipboard | undefined = navigator.clipboard;
  if (!clipboard || typeof clipboard.writeText !== 'function') return false;
  try {
    await clipboard.writeText(url);
    return true;
  } catch {
    return false;
  }
}

/** How long "Link copied" stays on screen. */
export const copiedShownMs = 4000;

/** Copies the URL `url()` gives at the moment of the click, with visible feedback. */
export function CopyLink({ url, label = 'Copy link' }: { url: () => string; label?: string }) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    if (state.kind !== 'manual') return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [state]);

  // "Link copied" floats over the page in the header: it says its piece, then leaves what it
  // covered (the live region has announced it by then).
  useEffect(() => {
    if (state.kind !== 'copied') return;
    const timer = setTimeout(() => setState({ kind: 'idle' }), copiedShownMs);
    return () => clearTimeout(timer);
  }, [state]);

  const copy = async () => {
    const link = url();
    setState((await writeToClipboard(link)) ? { kind: 'copied' } : { kind: 'manual', url: link });
  };

  return (
    <div className="copy-link">
      <button type="button" onClick={() => void copy()}>
        {label}
      </button>
      <span className="copy-link__status" aria-live="polite">
        {state.kind === 'copied' ? 'Link copied' : ''}
      </span>
      {state.kind === 'manual' && (
        <span className="copy-link__manual">
          <label htmlFor={id}>Copying is not available here. Copy this link:</label>
          <input
            id={id}
            ref={inputRef}
            type="text"
            readOnly
            value={state.url}
            onFocus={(e) => e.currentTarget.select()}
          />
        </span>
      )}
    </div>
  );
}
