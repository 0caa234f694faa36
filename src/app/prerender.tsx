/**
 * The default view (no query in the URL) rendered to HTML at build time, with the bundled data:
 * the header, the filters, the summary figures, the chart as plain SVG and the list of exchanges.
 * The build puts it in dist/index.html (see prerenderDefaultView in vite.config.ts); the client
 * hydrates it. Runs in Node, never in the browser.
 */
import { StrictMode } from 'react';
import { prerender } from 'react-dom/static';
import { App } from './app';
import { createQueryClient } from './query-client';
import { dataKeys } from '../data/data-queries';
import { loadedFileOf } from '../data/load-file';
import { dataFileNames } from '../data/file-names';

/** The page's markup for `#root`, given each data file's text. */
export async function prerenderDefaultView(
  readFile: (name: string) => Promise<string>,
): Promise<string> {
  const client = createQueryClient();
  for (const name of dataFileNames) {
    client.setQueryData(dataKeys.file(name), loadedFileOf(name, await readFile(name)));
  }
  const app = (
    <StrictMode>
      <App client={client} />
    </StrictMode>
  );
  // prerender (not renderToString) waits for the chart's lazy chunk instead of leaving its
  // fallback; with no chunk size limit the finished boundaries are written in place, not streamed
  // after the page with the inline scripts that reveal them (the CSP allows none).
  const { prelude } = await prerender(app, { progressiveChunkSize: Infinity });
  const html = await new Response(prelude).text();
  if (html.includes('<script') || html.includes('<template')) {
    throw new Error('the prerendered view streams a Suspense boundary (an inline script)');
  }
  return html;
}
