// Authentication and authorisation for GraphQL: the request's bearer token becomes the context's viewer; resolvers
// that write (or read the audit trail) ask for a role. Errors carry HTTP statuses 401/403.
import { GraphQLError } from 'graphql';
import type { Role } from '@kies/schema';
import { bearerToken, identify, roleAtLeast, type AuthConfig, type Identity } from '../auth/tokens.js';
import type { ApiContext } from './context.js';

const unauthenticated = (message: string) =>
  new GraphQLError(message, {
    extensions: { code: 'UNAUTHENTICATED', http: { status: 401, headers: new Map([['www-authenticate', 'Bearer']]) } },
  });

const forbidden = (message: string) =>
  new GraphQLError(message, { extensions: { code: 'FORBIDDEN', http: { status: 403 } } });

/** The viewer of a request: null without a token; a 401 for a token that is malformed or unknown. */
export function viewerOf(authorization: string | undefined, auth: AuthConfig): Identity | null {
  const token = bearerToken(authorization);
  if (token === undefined) {
    if (auth.readRequiresToken)
      throw unauthenticated('this server requires a token: send "Authorization: Bearer <token>"');
    return null;
  }
  if (token === null) throw unauthenticated('the Authorization header must be "Bearer <token>"');
  const identity = identify(token, auth.tokens);
  if (!identity) throw unauthenticated('unknown or revoked token');
  return identity;
}

/** The viewer, when they hold at least `role`; otherwise 401 (no token) or 403 (too weak a role). */
export function requireRole(context: ApiContext, role: Role, what: string): Identity {
  if (!context.viewer)
    throw unauthenticated(`${what} needs a token with the ${role} role: send "Authorization: Bearer <token>"`);
  if (!roleAtLeast(context.viewer.role, role)) {
    throw forbidden(`${what} needs the ${role} role; ${context.viewer.name} is ${context.viewer.role}`);
  }
  return context.viewer;
}
