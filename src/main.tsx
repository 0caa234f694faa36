import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app';
import { allDataLoaded, createQueryClient, dataSettledOrTimeout } from './app/query-client';
import { beginHydration } from './components/use-hydrated';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const client = createQueryClient();

const app = (
  <StrictMode>
    {/* The same tree as the prerender's (src/app/prerender.tsx): useId's ids follow its shape. */}
    <App client={client} />
  </StrictMode>
);
/**
 * Data served unlike the build's (a file changed since, a test's own data) hydrates to different
 * markup: React then renders the page afresh, which is right; it is noted, not raised as an error.
 */
function onRecoverableError(error: unknown) {
  const message = error instanceof Error ? error.message : String(error);
  if (/hydrat|#418|#419|#423|#425/i.test(message)) {
    console.warn(`Swapwatch: the prerendered page was rendered afresh (${message})`);
  } else reportError(error);
}

// The build prerenders the default view into #root (public/boot.js leaves it out on a link with a
// query). It stays on screen while the data loads, then the app hydrates it: the same data gives
// the same markup. Should a file fail, the app renders afresh over it, showing the failure.
if (root.hasAttribute('data-prerendered')) {
  void dataSettledOrTimeout(client, Infinity).then(() => {
    // In a transition, hydration is split into short slices: a phone's main thread is never held
    // for the whole page at once.
    if (allDataLoaded(client)) {
      beginHydration();
      startTransition(() => {
        hydrateRoot(root, app, { onRecoverableError });
      });
    } else createRoot(root).render(app);
  });
} else {
  // public/boot.js preloads the files on such a link, so on a good connection they are here within
  // a few hundred ms.
  void dataSettledOrTimeout(client, 400).then(() => {
    createRoot(root).render(app);
  });
}
