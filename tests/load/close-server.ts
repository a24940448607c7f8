// The load tests' HTTP server, closed after each case; requests a failed case left held are cut off, so a failure
// ends the case instead of hanging the close.
import type { Server } from 'node:http';
import { afterEach } from 'vitest';

/** Registers the after-each close; tests set `holder.server` to the server they start. */
export function closeServerAfterEach(): { server?: Server } {
  const holder: { server?: Server } = {};
  afterEach(
    () =>
      new Promise<void>((done) => {
        const { server } = holder;
        holder.server = undefined;
        if (!server) return done();
        server.close(() => done());
        server.closeAllConnections();
      }),
  );
  return holder;
}
