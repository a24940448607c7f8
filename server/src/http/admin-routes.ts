// Admin-only HTTP endpoints for online backup and restore (`npm run backup/restore -- --url ...`): plain HTTP, not
// GraphQL, because a backup is a whole JSON document (megabytes) streamed as a file, not a typed answer.
import express, { Router, type NextFunction, type Request, type Response } from 'express';
import { type GraphQLError } from 'graphql';
import { roleAtLeast, type AuthConfig, type Identity } from '../auth/tokens.js';
import { viewerOf } from '../graphql/auth.js';
import { backupDocument, readGraphJsonText } from '../exchange/graph-import.js';
import { countsOf, defaultBackupPath, restoreBackup, takeSnapshot } from '../exchange/backup-restore.js';
import type { KiesStore } from '../store/kies-store.js';
import { StoreError } from '../store/executor.js';

export interface AdminOptions {
  store: KiesStore;
  auth: AuthConfig;
  /** Where a restore saves the graph it replaces (KIES_DATA_DIR); without it restores are refused (503). */
  dataDir?: string;
  /** Largest backup a restore accepts. */
  restoreLimit?: string;
}

type AdminRequest = Request & { admin?: Identity };

const send = (res: Response, status: number, code: string, message: string, extra: Record<string, unknown> = {}) =>
  res.status(status).json({ error: { code, message, ...extra } });

/** Admin role checked BEFORE any body is read, so nobody without one can make the server parse a large upload. */
function requireAdmin(auth: AuthConfig) {
  return (req: AdminRequest, res: Response, next: NextFunction) => {
    let viewer: Identity | null;
    try {
      viewer = viewerOf(req.headers.authorization, auth);
    } catch (error) {
      return send(res, 401, 'UNAUTHENTICATED', (error as GraphQLError).message);
    }
    if (!viewer)
      return send(
        res,
        401,
        'UNAUTHENTICATED',
        'admin: backup and restore need an admin token: send "Authorization: Bearer <token>"',
      );
    if (!roleAtLeast(viewer.role, 'admin'))
      return send(
        res,
        403,
        'FORBIDDEN',
        `admin: backup and restore need the admin role; ${viewer.name} is ${viewer.role}`,
      );
    req.admin = viewer;
    next();
  };
}

export function adminRoutes(options: AdminOptions): Router {
  const { store, auth, dataDir, restoreLimit = '512mb' } = options;
  const router = Router();
  router.use(requireAdmin(auth));

  router.get('/backup', async (_req, res, next) => {
    try {
      const snapshot = await takeSnapshot(store);
      const counts = countsOf(snapshot);
      res.set('cache-control', 'no-store');
      res.set(
        'x-kies-backup-counts',
        `${counts.nodes} nodes, ${counts.relationships} relationships, ${counts.audit} audit events`,
      );
      res.type('application/json').send(backupDocument(snapshot.graph, snapshot.audit, new Date()));
    } catch (error) {
      next(error);
    }
  });

  // The body is the backup file as it is on disk (validated here again: the server never trusts its client).
  router.post(
    '/restore',
    express.text({ type: () => true, limit: restoreLimit }),
    async (req: AdminRequest, res, next) => {
      try {
        if (!dataDir)
          return send(
            res,
            503,
            'SERVICE_UNAVAILABLE',
            'admin: this server has no data folder to save the replaced graph in; restore offline',
          );
        if (typeof req.body !== 'string' || req.body.length === 0)
          return send(res, 400, 'BAD_USER_INPUT', 'admin: the request body must be a backup file (JSON)');
        const source = typeof req.query.from === 'string' && req.query.from.length <= 200 ? req.query.from : 'upload';
        const { graph, audit, issues } = readGraphJsonText(req.body, source, new Map());
        if (issues.length > 0) {
          return send(
            res,
            400,
            'BAD_USER_INPUT',
            `admin: ${issues.length} problem(s) in ${source}; nothing was changed`,
            { issues: issues.slice(0, 1000) },
          );
        }
        const safetyPath = defaultBackupPath(dataDir, 'pre-restore');
        const result = await restoreBackup(
          store,
          { graph, audit },
          { actor: { name: req.admin!.name, role: 'admin' }, source, safetyPath },
        );
        res.json({
          nodes: result.nodes,
          relationships: result.relationships,
          auditEvents: audit.length,
          previous: result.previous,
          saved: result.saved,
        });
      } catch (error) {
        next(error);
      }
    },
  );

  // Body parser errors (too large, bad encoding) keep their 4xx status; a store error says its code; others are 500.
  router.use((error: unknown, _req: Request, res: Response, _next: NextFunction) => {
    const status = (error as { status?: number }).status;
    if (status && status >= 400 && status < 500)
      return send(res, status, 'BAD_USER_INPUT', `admin: ${(error as Error).message}`);
    if (error instanceof StoreError && error.code === 'INVALID') return send(res, 400, 'BAD_USER_INPUT', error.message);
    console.error(error);
    return send(res, 500, 'INTERNAL_SERVER_ERROR', 'admin: internal error (the server log has the cause)');
  });
  return router;
}
