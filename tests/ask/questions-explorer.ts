// Ask question set, part 5: the ten questions a new user typed in the running explorer (issue 14's done-when), none
// from the other parts: 5 Dutch, 5 English, 2 with typos, 1 refused. Four were answered wrongly at first and fixed:
// "preventie" (a mission alias) is the mission when asked what works on it; "projecten van het Groeifons" asks for
// NGF projects; "who funds X" reads FUNDS into X; "lack" asks for gaps; "mental helth" is a topic searched among PPPs.
import { readSeedGraph } from '../../server/src/seed-graph.js';
import { refuse, type AskCase } from './ask-case.js';

const organisations = readSeedGraph().nodes.filter((n) => n.labels.includes('Organisation')).length;

export const EXPLORER: AskCase[] = [
  {
    q: "Welke PPP's werken aan preventie?",
    lang: 'nl',
    intent: 'SERVES_MISSION',
    entities: ['mission-i'],
    members: ['ppp-coalitie-leefstijl-in-de-zorg', 'ppp-lifestyle4health'],
  },
  { q: 'Wat doet ZonMw?', lang: 'nl', intent: 'DETAILS', entities: ['org-zonmw'], members: ['org-zonmw'] },
  { q: 'Hoeveel organisaties staan er in de graaf?', lang: 'nl', intent: 'COUNT', entities: [], count: organisations },
  {
    q: 'Welke projecten van het Groeifons werken aan missie V?',
    lang: 'nl',
    intent: 'SERVES_MISSION',
    entities: ['mission-v'],
    members: ['ppp-health-ri', 'ppp-ained'],
    typo: true,
  },
  refuse('Kun je mijn e-mail samenvatten?', 'nl'),
  {
    q: 'Who funds Health-RI?',
    lang: 'en',
    intent: 'FUNDS_STEERS',
    entities: ['ppp-health-ri'],
    members: ['instrument-nationaal-groeifonds'],
  },
  {
    q: 'Which NWA routes contribute to mission II?',
    lang: 'en',
    intent: 'SERVES_MISSION',
    entities: ['mission-ii'],
    members: ['nwa-route-11', 'nwa-route-17'],
  },
  {
    q: 'How is TNO connected to Philips?',
    lang: 'en',
    intent: 'CONNECTION',
    entities: ['org-tno', 'org-philips'],
    members: ['org-tno', 'org-philips'],
  },
  { q: 'Which missions lack key methodologies?', lang: 'en', intent: 'GAPS', entities: [], members: ['mission-v'] },
  {
    q: 'Which PPPs adress mental helth?',
    lang: 'en',
    intent: 'SEARCH',
    entities: ['ppp-mentale-gezondheid'],
    members: ['ppp-mentale-gezondheid'],
    typo: true,
  },
];
