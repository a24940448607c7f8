// Small hand-made graphs for the core unit tests (Figuur 5 in miniature).
import type { NodeLabel, RelationshipType } from '@kies/schema';
import type { KEdge, KNode } from './graph/types';
import { edgeId } from './graph/graph-model';

export function node(id: string, label: NodeLabel, extra: Partial<KNode> = {}): KNode {
  return {
    id,
    labels: [label],
    name: extra.name ?? id,
    nameEn: null,
    fullName: null,
    aliases: [],
    description: null,
    code: null,
    kind: null,
    url: null,
    amountText: null,
    sources: [],
    quotes: [],
    confidence: 'literal',
    note: null,
    ...extra,
  };
}

export function edge(type: RelationshipType, source: string, target: string, extra: Partial<KEdge> = {}): KEdge {
  return {
    id: edgeId(type, source, target),
    type,
    source,
    target,
    role: null,
    sources: [],
    quotes: [],
    confidence: 'literal',
    note: null,
    ...extra,
  };
}

export const MINI_NODES: KNode[] = [
  node('mission-iv', 'Mission', { name: 'Missie IV: Mensen met dementie', code: 'IV' }),
  node('mission-cm', 'Mission', { name: 'Centrale missie: +5, -30', code: 'CM' }),
  node('mission-i', 'Mission', { name: 'Missie I', code: 'I' }),
  node('ministry-vws', 'Ministry', { name: 'VWS' }),
  node('ministry-ezk', 'Ministry', { name: 'EZK' }),
  node('topsector-lsh', 'Topsector', { name: 'LSH', fullName: 'Life Sciences & Health' }),
  node('care-iza', 'CareAgreement', { name: 'IZA', fullName: 'Integraal Zorgakkoord' }),
  node('programme-mjp-87', 'Programme', { name: 'MJP 87' }),
  node('ppp-aboard', 'PPP', { name: 'ABOARD', fullName: 'A Personalized Medicine Approach for Alzheimer’s Disease' }),
  node('ppp-health-ri', 'PPP', {
    name: 'Health-RI',
    labels: ['PPP', 'NGFProject'],
    aliases: ['Health Research Infrastructure'],
  }),
  node('ppp-orphan', 'PPP', { name: 'Orphan PPP' }),
  node('core-baten', 'CoreElement', { name: 'Baten' }),
  node('org-umc', 'Organisation', { name: 'Amsterdam UMC' }),
];

export const MINI_EDGES: KEdge[] = [
  edge('ADDRESSES', 'ppp-aboard', 'mission-cm', { confidence: 'inferred' }),
  edge('ADDRESSES', 'ppp-aboard', 'mission-iv'),
  edge('ADDRESSES', 'ppp-health-ri', 'mission-cm'),
  edge('ADDRESSES', 'programme-mjp-87', 'mission-iv'),
  edge('ADDRESSES', 'care-iza', 'mission-i'),
  edge('ADDRESSES', 'topsector-lsh', 'mission-cm'),
  edge('ACTS_VIA', 'ministry-vws', 'care-iza'),
  edge('ACTS_VIA', 'ministry-ezk', 'topsector-lsh'),
  edge('APPLIES_TO', 'core-baten', 'mission-cm'),
  edge('PARTNER_IN', 'org-umc', 'ppp-aboard'),
  edge('PART_OF', 'mission-iv', 'mission-cm'),
];
