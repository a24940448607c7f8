// The dossier's data as its typed operations (dossier.graphql) return it, and the loaded dossier as a whole.
import type {
  DossierCoverageQuery,
  DossierFigureQuery,
  DossierGapsQuery,
  DossierNodeQuery,
  DossierPathsQuery,
} from '../api/generated/operations';

type DossierSubject = DossierNodeQuery['node'];
export type DossierRel = Omit<DossierSubject['relationships'][number], 'startNode' | 'endNode'>;
export type DossierProvenance = DossierSubject['provenance'];
export type WireCitation = DossierProvenance['citations'][number];
export type DossierNodeRef = DossierSubject['relationships'][number]['startNode'];
type DossierCoverage = DossierCoverageQuery['missionCoverage'];
export type DossierGap = DossierGapsQuery['gaps'][number];
export type DossierPath = DossierPathsQuery['paths'][number];
type DossierSubgraph = DossierFigureQuery['neighbourhood'];

/** Everything the dossier page shows, as loaded (dossier-loader.ts). */
export interface DossierData {
  subject: DossierSubject;
  /** Missions: the coverage matrix (members per dimension); null for other nodes. */
  coverage: DossierCoverage | null;
  gaps: DossierGap[];
  paths: DossierPath[];
  /** Other nodes: their neighbours in the figure's lanes; null for missions (the coverage row is the cut). */
  figure: DossierSubgraph | null;
}
