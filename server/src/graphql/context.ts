// Per-request context: the store and DataLoaders that batch node, degree and relationship look-ups (no N+1).
import DataLoader from 'dataloader';
import type { RelationshipType } from '@kies/schema';
import type { GraphNode, GraphRelationship } from '../domain/graph-data.js';
import type { Direction } from '../domain/node-lookups.js';
import type { KiesStore } from '../store/kies-store.js';
import type { Identity } from '../auth/tokens.js';

export interface ApiContext {
  store: KiesStore;
  loaders: Loaders;
  /** The holder of the request's bearer token; null for anonymous requests. */
  viewer: Identity | null;
}

interface Loaders {
  node: DataLoader<string, GraphNode | null>;
  degree: DataLoader<string, number>;
  /** One loader per distinct (types, direction, first): each batches every node asking with those arguments. */
  relationships(
    types: RelationshipType[] | null,
    direction: Direction,
    first: number,
  ): DataLoader<string, GraphRelationship[]>;
}

function createLoaders(store: KiesStore): Loaders {
  const relationshipLoaders = new Map<string, DataLoader<string, GraphRelationship[]>>();
  return {
    node: new DataLoader(async (ids) => {
      const byId = new Map((await store.nodesById(ids)).map((n) => [n.id, n]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    degree: new DataLoader(async (ids) => {
      const byId = await store.degrees(ids);
      return ids.map((id) => byId.get(id) ?? 0);
    }),
    relationships(types, direction, first) {
      const key = JSON.stringify([types ? [...types].sort() : null, direction, first]);
      let loader = relationshipLoaders.get(key);
      if (!loader) {
        loader = new DataLoader(async (ids) => {
          const byId = await store.relationshipsOf(ids, types, direction, first);
          return ids.map((id) => byId.get(id) ?? []);
        });
        relationshipLoaders.set(key, loader);
      }
      return loader;
    },
  };
}

export function createContext(store: KiesStore, viewer: Identity | null = null): ApiContext {
  return { store, loaders: createLoaders(store), viewer };
}
