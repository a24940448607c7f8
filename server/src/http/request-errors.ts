// Turns errors raised before GraphQL runs (a body that is not JSON, too large, badly encoded) into GraphQL-shaped
// JSON answers with their 4xx status and a code; express's default would send an HTML page with a stack trace.
import type { NextFunction, Request, Response } from 'express';

interface HttpError extends Error {
  status?: number;
  statusCode?: number;
  type?: string;
}

const MESSAGES: Record<string, string> = {
  'entity.parse.failed': 'the request body is not valid JSON',
  'entity.too.large': 'the request body is too large',
  'encoding.unsupported': 'the request body has an unsupported content encoding',
  'charset.unsupported': 'the request body has an unsupported charset',
  'request.aborted': 'the request was aborted before its body arrived',
  'request.size.invalid': 'the request body is shorter or longer than its Content-Length',
};

export function graphqlRequestErrors(error: HttpError, _req: Request, res: Response, next: NextFunction): void {
  const status = error.status ?? error.statusCode;
  if (res.headersSent || !status || status < 400 || status >= 500) return next(error);
  const message = `graphql: ${MESSAGES[error.type ?? ''] ?? 'the request could not be read'} (HTTP ${status})`;
  res.status(status).json({ errors: [{ message, extensions: { code: 'BAD_REQUEST' } }] });
}
