import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import './app/catalog';
import { App } from './app/App';
import { registerAppCommands } from './app/app-commands';
import './app/styles.css';

const container = document.getElementById('root');
// `?bench=query` is the query benchmark's page (scripts/bench/query.ts); it is loaded only when asked for.
if (container && new URLSearchParams(window.location.search).get('bench') === 'query')
  void import('./features/items/bench/query-bench').then(({ runQueryBench }) => runQueryBench(container));
else if (container) {
  registerAppCommands();
  createRoot(container).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
