/** Line icons for the sidebar, drawn inline (no icon library; the CSP allows inline SVG). */
import type { ReactElement } from 'react';
import type { ViewId } from './views';

const PATHS: Record<ViewId, ReactElement> = {
  help: (
    <>
      <circle cx="12" cy="12" r="8.5" />
      <path d="M9.6 9.6a2.5 2.5 0 1 1 3.4 2.3c-.6.3-1 .8-1 1.5v.6M12 16.8v.2" />
    </>
  ),
  home: (
    <>
      <path d="M4 11.5 12 4.5l8 7" />
      <path d="M6.5 10v9.5h11V10M10 19.5v-5h4v5" />
    </>
  ),
  register: (
    <>
      <rect x="3.5" y="4" width="17" height="16" rx="2" />
      <path d="M3.5 9h17M3.5 14.5h17M9 9v11" />
    </>
  ),
  gantt: (
    <>
      <path d="M4 4v16h16" />
      <path d="M7 8h7M10 12h8M8 16h5" strokeWidth="2.4" />
    </>
  ),
  rollups: (
    <>
      <path d="M4 20h16" />
      <path d="M7 20v-6M12 20V6M17 20v-9" strokeWidth="2.6" />
    </>
  ),
  import: (
    <>
      <path d="M12 4v11M7.5 10.5 12 15l4.5-4.5" />
      <path d="M4.5 15.5V19a1 1 0 0 0 1 1h13a1 1 0 0 0 1-1v-3.5" />
    </>
  ),
  reports: (
    <>
      <path d="M6 3.5h8l4.5 4.5v12.5H6z" />
      <path d="M14 3.5V8h4.5M9 12.5h6M9 16h6" />
    </>
  ),
  monthly: (
    <>
      <rect x="4" y="5.5" width="16" height="14.5" rx="2" />
      <path d="M4 10h16M8.5 3.5v4M15.5 3.5v4M8 14h3M13 14h3M8 17h3" />
    </>
  ),
  settings: (
    <>
      <ellipse cx="12" cy="6" rx="7" ry="2.5" />
      <path d="M5 6v12c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5V6M5 12c0 1.4 3.1 2.5 7 2.5s7-1.1 7-2.5" />
    </>
  ),
};

export function ViewIcon({ view }: { view: ViewId }) {
  return (
    <svg className="nav-icon" viewBox="0 0 24 24" width="18" height="18" fill="none" stroke="currentColor"
      strokeWidth="1.7" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true" focusable="false">
      {PATHS[view]}
    </svg>
  );
}

/** The app mark in the sidebar header: a simple seal-like square with a rising bar chart. */
export function AppMark() {
  return (
    <svg className="app-mark" viewBox="0 0 32 32" width="30" height="30" aria-hidden="true" focusable="false">
      <rect x="1" y="1" width="30" height="30" rx="7" fill="#c8372d" />
      <path d="M9 23v-5M14 23v-9M19 23v-7M24 23V9" stroke="#fff" strokeWidth="3" strokeLinecap="round" />
    </svg>
  );
}
