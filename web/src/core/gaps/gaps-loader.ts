// Loader of the gap findings: each with its message key, severity and the nodes it names.
import type { GapsQuery } from '../api/generated/operations';

export { GapsDocument } from '../api/generated/operations';

type Gap = GapsQuery['gaps'][number];

/** A node a finding names (light fields: it can be drawn and linked). */
export type GapNode = Gap['nodes'][number];
