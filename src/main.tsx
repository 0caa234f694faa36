import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { createQueryClient, dataSettledOrTimeout } from './app/query-client';
import './app/styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const client = createQueryClient();
// index.html preloads the files, so on a good connection they are here within a few hundred ms.
void dataSettledOrTimeout(client, 400).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App client={client} />
    </StrictMode>,
  );
});
