// The explorer app: mounts React (boot.ts calls it once the start figure, if any, is on screen).
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './views/App';

export function mountApp(): void {
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
