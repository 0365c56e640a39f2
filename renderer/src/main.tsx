/** Renderer entry. The API client is imported first so it takes the access token from the address. */
import { loadContractWhenIdle } from './api/client';
import './i18n';
import './styles.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { askSessionEarly, SessionGate } from './team/session';
import { parseHash } from './app/useHashRoute';
import { preloadView } from './app/viewComponents';
import { askFirstRows } from './app/firstRows';

// Nothing is drawn before the session is known: asked first, beside everything below.
askSessionEarly();
// The view's chunk is fetched while the shell starts (and the register's, the view most opened),
// not only once React asks for it after the session check.
const start = parseHash(window.location.hash);
preloadView(start.view);
preloadView('register');
// Opened on the register itself (not a project's page, not a closed month): its first rows too.
if (start.view === 'register' && start.segments[0] !== 'project' && !start.params.get('month')) askFirstRows();

loadContractWhenIdle();

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <SessionGate>
      <App />
    </SessionGate>
  </StrictMode>,
);
