// The mission coverage matrix's columns: each GraphQL CoverageDimension value is one node label (server and web share it).
import type { NodeLabel } from './graph-model.js';

export const DIMENSION_LABELS = {
  PPP: 'PPP',
  NGF_PROJECT: 'NGFProject',
  KEY_TECHNOLOGY: 'KeyTechnology',
  PROGRAMME: 'Programme',
  KEY_METHODOLOGY: 'KeyMethodology',
  CARE_AGREEMENT: 'CareAgreement',
  TOPSECTOR: 'Topsector',
  NWA_ROUTE: 'NWARoute',
  MINISTRY: 'Ministry',
} as const satisfies Record<string, NodeLabel>;

export type Dimension = keyof typeof DIMENSION_LABELS;
export const DIMENSIONS = Object.keys(DIMENSION_LABELS) as Dimension[];
