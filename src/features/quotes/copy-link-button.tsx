/** "Copy link" for one quote: the clipboard where it works, a selected text field where it does not. */
import { useEffect, useId, useRef, useState } from 'react';
import { quoteLinkUrl } from './quote-link';

type CopyState = { kind: 'idle' } | { kind: 'copied' } | { kind: 'manual'; url: string };

async function writeToClipboard(url: string): Promise<boolean> {
  // Insecure pages and some embeds have no clipboard API at all; others refuse permission.
  const clipboard: Clipboard | undefined = navigator.clipboard;
  if (!clipboard || typeof clipboard.writeText !== 'function') return false;
  try {
    await clipboard.writeText(url);
    return true;
  } catch {
    return false;
  }
}

/** Copies the URL of the dashboard with this quote in view, with visible feedback. */
export function CopyLinkButton({ quoteId }: { quoteId: string }) {
  const [state, setState] = useState<CopyState>({ kind: 'idle' });
  const inputRef = useRef<HTMLInputElement>(null);
  const id = useId();

  useEffect(() => {
    if (state.kind !== 'manual') return;
    inputRef.current?.focus();
    inputRef.current?.select();
  }, [state]);

  const copy = async () => {
    const url = quoteLinkUrl(quoteId);
    setState((await writeToClipboard(url)) ? { kind: 'copied' } : { kind: 'manual', url });
  };

  return (
    <div className="quote-copy">
      <button type="button" onClick={() => void copy()}>
        Copy link
      </button>
      <span className="quote-copy__status" aria-live="polite">
        {state.kind === 'copied' ? 'Link copied' : ''}
      </span>
      {state.kind === 'manual' && (
        <span className="quote-copy__manual">
          <label htmlFor={id}>Copying is not available here; copy this link:</label>
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
