// The explorer app: mounts React (loaded by boot.ts once the start view's data is on its way).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './views/App';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
