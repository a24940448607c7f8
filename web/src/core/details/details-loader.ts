// Loader of the details panel: the focused node in full, with its relationships and the nodes at their ends.
import type { NodeDetailsQuery } from '../api/generated/operations';

export { NodeDetailsDocument } from '../api/generated/operations';

type DetailedNode = NodeDetailsQuery['node'];
export type DetailedRelation = DetailedNode['relationships'][number];

export const nodeDetailsVariables = (id: string | null) => (id ? { id } : null);
