// The transport floor of the API cases: a bare node:http server that answers a request body with bytes primed for it.
// GraphQL p50 minus (direct store call + this floor) is what Apollo, express and the resolvers add per request.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';

const read = (req: IncomingMessage) =>
  new Promise<string>((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });

/** POST /prime {key, body} remembers `body` for the request body `key`; POST /floor answers a primed body. */
export function httpFloorServer(): Server {
  const primed = new Map<string, string>();
  // The handler answers from the read body; a request whose body fails to arrive gets a 400 (no unhandled rejection).
  const answer = (url: string | undefined, text: string, res: ServerResponse) => {
    if (url === '/prime') {
      const { key, body } = JSON.parse(text) as { key: string; body: string };
      primed.set(key, body);
      res.writeHead(204).end();
      return;
    }
    const body = primed.get(text);
    if (body === undefined) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not primed');
      return;
    }
    res.writeHead(200, { 'content-type': 'application/graphql-response+json; charset=utf-8' }).end(body);
  };
  return createServer((req, res) => {
    read(req).then(
      (text) => answer(req.url, text, res),
      (error: unknown) => res.writeHead(400, { 'content-type': 'text/plain' }).end(String(error)),
    );
  });
}
