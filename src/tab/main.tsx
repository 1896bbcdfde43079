/** Entry point of the tab. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Shell } from './shell/Shell';

const container = document.getElementById('root');
if (!container) throw new Error('[tab] index.html has no #root element');

createRoot(container).render(
  <StrictMode>
    <Shell />
  </StrictMode>,
);
