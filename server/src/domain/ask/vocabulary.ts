// The words the ask interpreter knows: kinds of nodes (both languages, singular and plural), intent cues, mission numbers.
import type { NodeLabel } from '@kies/schema';
import { distance } from 'fastest-levenshtein';
import { stem } from './text.js';

/** Words naming a kind of node, by stem. Several words may name one label; "project" alone means an NGF project. */
const LABEL_WORDS: [NodeLabel, string[]][] = [
  [
    'PPP',
    [
      'ppp',
      'ppps',
      'pps',
      'pps-en',
      'partnership',
      'partnerships',
      'samenwerkingsverband',
      'samenwerkingsverbanden',
      'consortium',
      'consortia',
      'publiek-private',
      'public-private',
    ],
  ],
  [
    'NGFProject',
    [
      'ngf',
      'ngf-project',
      'ngf-projecten',
      'ngf-projects',
      'groeifondsproject',
      'groeifondsprojecten',
      'growth-fund',
      'groeifonds-project',
      'groeifonds-projecten',
      'groeifonds',
      'growth',
      'project',
      'projecten',
      'projects',
    ],
  ],
  [
    'KeyTechnology',
    [
      'technologie',
      'technologieen',
      'technology',
      'technologies',
      'sleuteltechnologie',
      'sleuteltechnologieen',
      'ket',
      'kets',
      "ket's",
      'tech',
    ],
  ],
  [
    'Programme',
    [
      'programma',
      "programma's",
      'programmas',
      'programme',
      'programmes',
      'program',
      'programs',
      'mjp',
      'mjps',
      "mjp's",
      'bgp',
    ],
  ],
  [
    'KeyMethodology',
    [
      'methodologie',
      'methodologieen',
      'methodology',
      'methodologies',
      'sleutelmethodologie',
      'sleutelmethodologieen',
      'kem',
      'kems',
      "kem's",
      'methode',
      'methodes',
      'methods',
      'method',
    ],
  ],
  [
    'CareAgreement',
    [
      'akkoord',
      'akkoorden',
      'zorgakkoord',
      'zorgakkoorden',
      'agreement',
      'agreements',
      'care-agreement',
      'care-agreements',
      'zorgprogramma',
      "zorgprogramma's",
      'beleid',
      'policy',
      'policies',
    ],
  ],
  [
    'Ministry',
    [
      'ministerie',
      'ministeries',
      'ministry',
      'ministries',
      'departement',
      'departementen',
      'department',
      'departments',
    ],
  ],
  [
    'Topsector',
    ['topsector', 'topsectoren', 'topsectors', 'top-sector', 'top-sectors', 'sector', 'sectoren', 'sectors'],
  ],
  ['TKI', ['tki', 'tkis', "tki's"]],
  ['NWARoute', ['route', 'routes', 'nwa-route', 'nwa-routes', 'nwa']],
  ['Mission', ['missie', 'missies', 'mission', 'missions']],
  [
    'Organisation',
    [
      'organisatie',
      'organisaties',
      'organisation',
      'organisations',
      'organization',
      'organizations',
      'bedrijf',
      'bedrijven',
      'company',
      'companies',
      'universiteit',
      'universiteiten',
      'university',
      'universities',
      'partij',
      'partijen',
    ],
  ],
  ['Region', ['regio', "regio's", 'regios', 'region', 'regions']],
  [
    'Instrument',
    [
      'instrument',
      'instrumenten',
      'instruments',
      'fonds',
      'fondsen',
      'subsidie',
      'subsidies',
      'regeling',
      'regelingen',
    ],
  ],
  ['SciencePark', ['campus', 'campussen', 'campuses', 'science-park', 'science-parks']],
  ['Team', ['team', 'teams', 'missieteam', 'missieteams']],
  [
    'Activity',
    [
      'activiteit',
      'activiteiten',
      'activity',
      'activities',
      'actie',
      'acties',
      'action',
      'actions',
      'prioriteit',
      'prioriteiten',
    ],
  ],
  ['CoreElement', ['kernelement', 'kernelementen', 'core-element', 'core-elements']],
  ['Precondition', ['randvoorwaarde', 'randvoorwaarden', 'precondition', 'preconditions']],
];

const byStem = new Map<string, NodeLabel>();
const byWord = new Map<string, NodeLabel>();
for (const [label, words] of LABEL_WORDS) for (const w of words) (byWord.set(w, label), byStem.set(stem(w), label));

/** The kind of node a word names ("ppp's", "ministeries", "growth-fund"), or null. */
export function labelOfWord(word: string): NodeLabel | null {
  return byWord.get(word) ?? byStem.get(stem(word)) ?? null;
}

/** Two-word kinds, checked before single words ("key technologies", "growth fund projects", "care agreements"). */
export const LABEL_PHRASES: [string[], NodeLabel][] = [
  [['key', 'technologie'], 'KeyTechnology'],
  [['key', 'methodologie'], 'KeyMethodology'],
  [['care', 'agreement'], 'CareAgreement'],
  [['growth', 'fund'], 'NGFProject'],
  [['nwa', 'route'], 'NWARoute'],
  [['science', 'park'], 'SciencePark'],
  [['core', 'element'], 'CoreElement'],
];

/** Roman and spelled-out mission numbers; "centrale"/"central" and "+5" name the central mission. */
export const MISSION_NUMBERS: Record<string, string> = {
  i: 'I',
  '1': 'I',
  een: 'I',
  one: 'I',
  eerste: 'I',
  first: 'I',
  ii: 'II',
  '2': 'II',
  twee: 'II',
  two: 'II',
  tweede: 'II',
  second: 'II',
  iii: 'III',
  '3': 'III',
  drie: 'III',
  three: 'III',
  derde: 'III',
  third: 'III',
  iv: 'IV',
  '4': 'IV',
  vier: 'IV',
  four: 'IV',
  vierde: 'IV',
  fourth: 'IV',
  v: 'V',
  '5': 'V',
  vijf: 'V',
  five: 'V',
  vijfde: 'V',
  fifth: 'V',
  centrale: 'CM',
  central: 'CM',
  cm: 'CM',
  '+5': 'CM',
};

/** English topic words the Dutch graph writes in Dutch: looked up as well as the word itself. */
export const TOPIC_TRANSLATIONS: Record<string, string> = {
  dementia: 'dementie',
  prevention: 'preventie',
  lifestyle: 'leefstijl',
  'health threats': 'gezondheidsdreigingen',
  'chronic diseases': 'chronische ziekten',
  'chronic disease': 'chronische ziekten',
  chronic: 'chronische',
  threats: 'gezondheidsdreigingen',
  'right place': 'juiste plek',
  'health ministry': 'vws',
  'health data': 'gezondheidsdata',
  'artificial intelligence': 'artificial intelligence',
  'cyber security': 'cybersecurity',
  'pandemic preparedness': 'pandemische paraatheid',
  'national growth fund': 'nationaal groeifonds',
  'economic affairs': 'economische zaken',
  'mental health': 'mentale gezondheid',
  mental: 'mentale',
  'brain health': 'hersengezondheid',
  'healthy ageing': 'gezond ouder worden',
  infrastructure: 'infrastructuur',
  education: 'onderwijs',
  agriculture: 'landbouw',
};

/**
 * The Dutch for an English topic, also when written with a slip ("mental helth"): one edit in a topic of five
 * letters, two in one of ten.
 */
export function translationOf(text: string): { text: string; exact: boolean } | undefined {
  const exact = TOPIC_TRANSLATIONS[text];
  if (exact) return { text: exact, exact: true };
  if (text.length < 5) return undefined;
  const allowed = text.length >= 10 ? 2 : 1;
  const near = Object.keys(TOPIC_TRANSLATIONS).find(
    (k) => Math.abs(k.length - text.length) <= allowed && distance(k, text) <= allowed,
  );
  return near ? { text: TOPIC_TRANSLATIONS[near], exact: false } : undefined;
}

/** Words that carry no entity and no intent but are common in questions ("research", "onderzoek"): they are not "unknown". */
export const FILLER = new Set([
  'research',
  'onderzoek',
  'projects',
  'innovation',
  'innovatie',
  'health',
  'zorg',
  'care',
  'currently',
  'actually',
  'kind',
  'around',
  'rond',
  'rondom',
  'domain',
  'domein',
  'field',
  'gebied',
  'thema',
  'theme',
  'area',
  'ecosystem',
  'ecosysteem',
  'kies',
  'graph',
  'graaf',
  'data',
  'together',
  'samen',
  'directly',
  'indirectly',
  'indirect',
]);
