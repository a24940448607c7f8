// Loads a dossier through its typed operations (dossier.graphql): the subject first (its kind decides the rest), then the rest at once.
import { NODE_LABELS, type NodeLabel } from '@kies/schema';
import { request } from '../api/client';
import {
  DossierCoverageDocument,
  DossierFigureDocument,
  DossierGapsDocument,
  DossierNodeDocument,
  DossierPathsDocument,
} from '../api/generated/operations';
import { FIGURE_LABELS } from '../kies-layout/lanes';
import type { DossierData } from './dossier-types';

export const isMission = (node: { labels: readonly string[] }) => node.labels.includes('Mission');

/** A mission's dossier follows paths to its PPPs; any other node's (a PPP's) follows them to the missions. */
const pathTargets = (subject: { labels: readonly string[] }): NodeLabel[] =>
  isMission(subject) ? ['PPP'] : ['Mission'];

/** Paths run through anything but another mission (see dossier.graphql). */
const PATH_VIA = NODE_LABELS.filter((l) => l !== 'Mission');

export async function loadDossier(id: string, signal?: AbortSignal): Promise<DossierData> {
  const { node: subject } = await request(DossierNodeDocument, { id }, { signal });
  const mission = isMission(subject);
  const [coverage, gaps, paths, figure] = await Promise.all([
    mission ? request(DossierCoverageDocument, {}, { signal }).then((d) => d.missionCoverage) : null,
    request(DossierGapsDocument, {}, { signal }).then((d) => d.gaps),
    request(DossierPathsDocument, { from: id, toLabels: pathTargets(subject), via: PATH_VIA }, { signal }).then(
      (d) => d.paths,
    ),
    mission
      ? null
      : request(DossierFigureDocument, { id, labels: [...FIGURE_LABELS] }, { signal }).then((d) => d.neighbourhood),
  ]);
  return { subject, coverage, gaps, paths, figure };
}
