// Loader of the partner finder: suggestions for a node with their reasons, and the subject as the server names it.
import type { PartnersQuery } from '../api/generated/operations';

export { PartnersDocument } from '../api/generated/operations';

type PartnerSuggestion = PartnersQuery['partners'][number];

/** How many suggestions the panel lists. */
const PARTNER_LIMIT = 15;

export const partnersVariables = (id: string | null) => (id ? { of: id, limit: PARTNER_LIMIT } : null);

/** A suggested node (light fields: it can be drawn and linked). */
export type PartnerNode = PartnerSuggestion['node'];
