// Vitest global setup: builds web/dist once, before any test file starts a server that serves it.
import { ensureWebBuild } from './e2e/app-server.js';

export default function setup(): void {
  ensureWebBuild();
}
