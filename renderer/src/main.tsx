/** Renderer entry. The API client is imported first so it takes the access token from the address. */
import './api/client';
import './i18n';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { SessionGate } from './team/session';
import { parseHash } from './app/useHashRoute';
import { preloadView } from './app/viewComponents';

// The view's chunk is fetched while the shell starts (and the register's, the view most opened),
// not only once React asks for it after the session check.
preloadView(parseHash(window.location.hash).view);
preloadView('register');

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <SessionGate>
      <App />
    </SessionGate>
  </StrictMode>,
);
