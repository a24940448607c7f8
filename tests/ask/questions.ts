// The ask question set (issue 14): questions in Dutch and English with the expected intent, linked entities and key answer
// members, each checked against graph-seed/ (nodes and relationships named here exist with the stated links).
export type Intent =
  | 'SERVES_MISSION'
  | 'LINKED'
  | 'CONNECTION'
  | 'PARTNERS'
  | 'GAPS'
  | 'FUNDS_STEERS'
  | 'DETAILS'
  | 'COUNT'
  | 'NEIGHBOURHOOD'
  | 'LIST'
  | 'SEARCH'
  | 'NOT_UNDERSTOOD';

export interface AskCase {
  q: string;
  lang: 'nl' | 'en';
  intent: Intent;
  /** Ids the interpretation must link, in order. */
  entities: string[];
  /** Ids that must be among the answer's items, path nodes or finding subjects (or choices, when ambiguous). */
  members?: string[];
  count?: number;
  status?: 'ANSWERED' | 'AMBIGUOUS' | 'NOT_UNDERSTOOD' | 'NO_RESULT';
  /** Written with a typo or an abbreviation. */
  typo?: boolean;
}

const refuse = (q: string, lang: 'nl' | 'en'): AskCase => ({
  q,
  lang,
  intent: 'NOT_UNDERSTOOD',
  entities: [],
  status: 'NOT_UNDERSTOOD',
});

export const QUESTIONS: AskCase[] = [
  // Which X serve mission M
  {
    q: "Welke PPP's dienen missie IV?",
    lang: 'nl',
    intent: 'SERVES_MISSION',
    entities: ['mission-iv'],
    members: ['ppp-health-ri', 'ppp-dempact', 'ppp-tap-dementia'],
  },
  {
    q: 'Which PPPs serve mission IV?',
    lang: 'en',
    intent: 'SERVES_MISSION',
    entities: ['mission-iv'],
    members: ['ppp-health-ri', 'ppp-yod-included'],
  },
  {
    q: 'Which growth-fund projects work on dementia?',
    lang: 'en',
    intent: 'SERVES_MISSION',
    entities: ['mission-iv'],
    members: ['ppp-health-ri', 'precondition-biotech-booster'],
  },
  {
    q: 'Welke sleuteltechnologieën dragen bij aan missie III?',
    lang: 'nl',
    intent: 'SERVES_MISSION',
    entities: ['mission-iii'],
    members: ['ket-cs4nl', 'ket-nxtgen-hightech'],
  },
  {
    q: 'Which key technologies address mission I?',
    lang: 'en',
    intent: 'SERVES_MISSION',
    entities: ['mission-i'],
    members: ['ket-exceed'],
  },
  {
    q: 'Welke ministeries werken aan missie 2?',
    lang: 'nl',
    intent: 'SERVES_MISSION',
    entities: ['mission-ii'],
    members: ['ministry-vws', 'ministry-ezk'],
  },
  {
    q: 'Which topsectors work on mission V?',
    lang: 'en',
    intent: 'SERVES_MISSION',
    entities: ['mission-v'],
    members: ['topsector-lsh', 'topsector-water'],
  },
  {
    q: 'Welke zorgakkoorden richten zich op missie 1?',
    lang: 'nl',
    intent: 'SERVES_MISSION',
    entities: ['mission-i'],
    members: ['care-iza'],
  },
  {
    q: 'Which care agreements address mission II?',
    lang: 'en',
    intent: 'SERVES_MISSION',
    entities: ['mission-ii'],
    members: ['care-iza'],
  },
  {
    q: 'Welke NWA-routes dienen de centrale missie?',
    lang: 'nl',
    intent: 'SERVES_MISSION',
    entities: ['mission-cm'],
    members: ['nwa-route-06', 'nwa-route-25'],
  },
  {
    q: 'What serves the central mission?',
    lang: 'en',
    intent: 'SERVES_MISSION',
    entities: ['mission-cm'],
    members: ['ppp-aboard', 'ket-ai', 'team-centrale-missieteam'],
  },
  {
    q: 'Which programmes serve mission IV?',
    lang: 'en',
    intent: 'SERVES_MISSION',
    entities: ['mission-iv'],
    members: ['programme-mjp-2', 'programme-mjp-13'],
  },
  {
    q: 'Welke methodologieën werken aan missie III?',
    lang: 'nl',
    intent: 'SERVES_MISSION',
    entities: ['mission-iii'],
    members: ['kem-gedrag-empowerment', 'kem-participatie-co-creatie'],
  },
  {
    q: 'Which NGF projects work on mission 3?',
    lang: 'en',
    intent: 'SERVES_MISSION',
    entities: ['mission-iii'],
    members: ['ngf-oncode-pact', 'ppp-regmed-xb'],
  },
  {
    q: 'Wat draagt bij aan missie V?',
    lang: 'nl',
    intent: 'SERVES_MISSION',
    entities: ['mission-v'],
    members: ['tki-watertechnologie'],
  },
  {
    q: 'Which PPPs serve mision 4?',
    lang: 'en',
    intent: 'SERVES_MISSION',
    entities: ['mission-iv'],
    members: ['ppp-health-ri'],
    typo: true,
  },
  {
    q: 'welke ppps dienen misie iv',
    lang: 'nl',
    intent: 'SERVES_MISSION',
    entities: ['mission-iv'],
    members: ['ppp-dempact'],
    typo: true,
  },
  {
    q: 'which ppps adress dementia',
    lang: 'en',
    intent: 'SERVES_MISSION',
    entities: ['mission-iv'],
    members: ['ppp-health-ri'],
    typo: true,
  },
  {
    q: "Welke PPP's werken aan dementie?",
    lang: 'nl',
    intent: 'SERVES_MISSION',
    entities: ['mission-iv'],
    members: ['ppp-dempact'],
  },
  {
    q: "PPP's voor M4",
    lang: 'nl',
    intent: 'SERVES_MISSION',
    entities: ['mission-iv'],
    members: ['ppp-health-ri'],
    typo: true,
  },
  // Which X are linked to A (funds, memberships, what A addresses)
  {
    q: 'Which missions does Health-RI serve?',
    lang: 'en',
    intent: 'LINKED',
    entities: ['ppp-health-ri'],
    members: ['mission-iv'],
  },
  {
    q: 'Aan welke missies werkt Health-RI?',
    lang: 'nl',
    intent: 'LINKED',
    entities: ['ppp-health-ri'],
    members: ['mission-iv'],
  },
  {
    q: "Welke PPP's financiert het Nationaal Groeifonds?",
    lang: 'nl',
    intent: 'LINKED',
    entities: ['instrument-nationaal-groeifonds'],
    members: ['ppp-health-ri', 'ppp-ained'],
  },
  {
    q: 'Which care agreements does VWS act via?',
    lang: 'en',
    intent: 'LINKED',
    entities: ['ministry-vws'],
    members: ['care-iza', 'care-wozo'],
    typo: true,
  },
  {
    q: 'Welke topsectoren stuurt EZK aan?',
    lang: 'nl',
    intent: 'LINKED',
    entities: ['ministry-ezk'],
    members: ['topsector-lsh', 'topsector-htsm'],
    typo: true,
  },
  {
    q: 'Waar doet Radboudumc aan mee?',
    lang: 'nl',
    intent: 'LINKED',
    entities: ['org-radboudumc'],
    members: ['activity-slow-speed'],
  },
  {
    q: 'What does TNO take part in?',
    lang: 'en',
    intent: 'LINKED',
    entities: ['org-tno'],
    members: ['ppp-coalitie-leefstijl-in-de-zorg', 'team-missieteam-i'],
  },
  {
    q: 'In which PPPs is TNO a partner?',
    lang: 'en',
    intent: 'LINKED',
    entities: ['org-tno'],
    members: ['ppp-coalitie-leefstijl-in-de-zorg'],
  },
  {
    q: "In welke PPP's zit Philips?",
    lang: 'nl',
    intent: 'LINKED',
    entities: ['org-philips'],
    members: ['ppp-e-mtic'],
  },
  // How is A connected to B / why does A serve M
  {
    q: 'How is Health-RI connected to mission IV?',
    lang: 'en',
    intent: 'CONNECTION',
    entities: ['ppp-health-ri', 'mission-iv'],
    members: ['ppp-health-ri', 'mission-iv'],
  },
  {
    q: 'Hoe is IZA verbonden met missie I?',
    lang: 'nl',
    intent: 'CONNECTION',
    entities: ['care-iza', 'mission-i'],
    members: ['care-iza', 'mission-i'],
    typo: true,
  },
  {
    q: 'Why does Health-RI serve mission IV?',
    lang: 'en',
    intent: 'CONNECTION',
    entities: ['ppp-health-ri', 'mission-iv'],
    members: ['mission-iv'],
  },
  {
    q: 'Waarom dient Health-RI missie IV?',
    lang: 'nl',
    intent: 'CONNECTION',
    entities: ['ppp-health-ri', 'mission-iv'],
    members: ['mission-iv'],
  },
  {
    q: 'Hoe hangt VWS samen met missie IV?',
    lang: 'nl',
    intent: 'CONNECTION',
    entities: ['ministry-vws', 'mission-iv'],
    members: ['ministry-vws', 'mission-iv'],
  },
  {
    q: 'What links TNO and mission II?',
    lang: 'en',
    intent: 'CONNECTION',
    entities: ['org-tno', 'mission-ii'],
    members: ['org-tno'],
  },
  {
    q: 'How is Alzheimer Nederland connected to Health-RI?',
    lang: 'en',
    intent: 'CONNECTION',
    entities: ['org-alzheimer-nederland', 'ppp-health-ri'],
    members: ['org-alzheimer-nederland'],
  },
  {
    q: 'Hoe is Helth-RI verbonden met missie 4?',
    lang: 'nl',
    intent: 'CONNECTION',
    entities: ['ppp-health-ri', 'mission-iv'],
    members: ['mission-iv'],
    typo: true,
  },
  // Who are partners for A / who works with A
  {
    q: 'Wie zijn partners voor Alzheimer Nederland?',
    lang: 'nl',
    intent: 'PARTNERS',
    entities: ['org-alzheimer-nederland'],
    members: ['org-4tu'],
  },
  {
    q: 'Who are partners for Health-RI?',
    lang: 'en',
    intent: 'PARTNERS',
    entities: ['ppp-health-ri'],
    members: ['ppp-ained', 'ppp-go-fair'],
  },
  {
    q: 'Who works with TNO?',
    lang: 'en',
    intent: 'PARTNERS',
    entities: ['org-tno'],
    members: ['org-nfu', 'org-patientenfederatie'],
  },
  {
    q: 'Wie werkt samen met het UMC Utrecht?',
    lang: 'nl',
    intent: 'PARTNERS',
    entities: ['org-umc-utrecht'],
    members: ['org-amgen'],
  },
  {
    q: 'Suggest partners for Radboudumc',
    lang: 'en',
    intent: 'PARTNERS',
    entities: ['org-radboudumc'],
    members: ['org-parkinsonnl', 'org-philips'],
  },
  {
    q: 'Met wie kan Philips samenwerken?',
    lang: 'nl',
    intent: 'PARTNERS',
    entities: ['org-philips'],
    members: ['org-tu-eindhoven', 'org-maxima-mc'],
  },
  {
    q: 'Who works with UMCU?',
    lang: 'en',
    intent: 'PARTNERS',
    entities: ['org-umc-utrecht'],
    members: ['org-ortec'],
    typo: true,
  },
  {
    q: 'Partners van Topsector LSH?',
    lang: 'nl',
    intent: 'PARTNERS',
    entities: ['topsector-lsh'],
    members: ['org-nwo', 'org-zonmw'],
  },
  // Gaps
  {
    q: 'Which care agreements are served by nothing?',
    lang: 'en',
    intent: 'GAPS',
    entities: [],
    members: ['care-gala', 'care-haj'],
  },
  {
    q: 'Welke zorgakkoorden worden door niets gediend?',
    lang: 'nl',
    intent: 'GAPS',
    entities: [],
    members: ['care-gala', 'care-pp'],
  },
  { q: 'Welke hiaten heeft missie 2?', lang: 'nl', intent: 'GAPS', entities: ['mission-ii'], members: ['mission-ii'] },
  { q: 'What gaps does mission V have?', lang: 'en', intent: 'GAPS', entities: ['mission-v'], members: ['mission-v'] },
  {
    q: 'Which PPPs are linked to no mission?',
    lang: 'en',
    intent: 'GAPS',
    entities: [],
    members: ['ppp-ctmm', 'ppp-ti-pharma'],
  },
  {
    q: "Welke PPP's zijn aan geen missie gekoppeld?",
    lang: 'nl',
    intent: 'GAPS',
    entities: [],
    members: ['ppp-bmm', 'ppp-e-mtic'],
  },
  { q: 'Welke missies hebben geen NGF-projecten?', lang: 'nl', intent: 'GAPS', entities: [], members: ['mission-i'] },
  {
    q: 'Which programmes are served by nothing?',
    lang: 'en',
    intent: 'GAPS',
    entities: [],
    members: ['programme-mjp-16', 'programme-mjp-72'],
  },
  // What does ministry Y fund / steer
  {
    q: 'What does VWS fund?',
    lang: 'en',
    intent: 'FUNDS_STEERS',
    entities: ['ministry-vws'],
    members: ['care-iza', 'care-nds'],
    typo: true,
  },
  {
    q: 'Wat financiert het Nationaal Groeifonds?',
    lang: 'nl',
    intent: 'FUNDS_STEERS',
    entities: ['instrument-nationaal-groeifonds'],
    members: ['ppp-health-ri', 'ngf-oncode-pact'],
  },
  {
    q: 'Wat stuurt het ministerie van OCW aan?',
    lang: 'nl',
    intent: 'FUNDS_STEERS',
    entities: ['ministry-ocw'],
    members: ['nwa-route-06'],
    typo: true,
  },
  {
    q: 'What does the ministry of Economic Affairs steer?',
    lang: 'en',
    intent: 'FUNDS_STEERS',
    entities: ['ministry-ezk'],
    members: ['topsector-lsh'],
  },
  {
    q: 'What does LNV fund or steer?',
    lang: 'en',
    intent: 'FUNDS_STEERS',
    entities: ['ministry-lnv'],
    members: ['care-tpi'],
    typo: true,
  },
  {
    q: 'Wat financiert het Groeifonds?',
    lang: 'nl',
    intent: 'FUNDS_STEERS',
    entities: ['instrument-nationaal-groeifonds'],
    members: ['ppp-ained'],
  },
  // What is A
  { q: 'Wat is Health-RI?', lang: 'nl', intent: 'DETAILS', entities: ['ppp-health-ri'], members: ['ppp-health-ri'] },
  { q: 'What is WOZO?', lang: 'en', intent: 'DETAILS', entities: ['care-wozo'], members: ['care-wozo'] },
  {
    q: 'Wat is het Integraal Zorgakkoord?',
    lang: 'nl',
    intent: 'DETAILS',
    entities: ['care-iza'],
    members: ['care-iza'],
  },
  {
    q: 'Tell me about Alzheimer Nederland',
    lang: 'en',
    intent: 'DETAILS',
    entities: ['org-alzheimer-nederland'],
    members: ['org-alzheimer-nederland'],
  },
  {
    q: 'What is Helth-RI?',
    lang: 'en',
    intent: 'DETAILS',
    entities: ['ppp-health-ri'],
    members: ['ppp-health-ri'],
    typo: true,
  },
  {
    q: 'Wat is Dempakt?',
    lang: 'nl',
    intent: 'DETAILS',
    entities: ['ppp-dempact'],
    members: ['ppp-dempact'],
    typo: true,
  },
  {
    q: 'What is AI?',
    lang: 'en',
    intent: 'DETAILS',
    entities: [],
    members: ['ket-ai', 'programme-mjp-44'],
    status: 'AMBIGUOUS',
  },
  {
    q: 'Wat is AI?',
    lang: 'nl',
    intent: 'DETAILS',
    entities: [],
    members: ['ket-ai', 'programme-mjp-45'],
    status: 'AMBIGUOUS',
  },
  // How many X
  { q: 'How many PPPs are there?', lang: 'en', intent: 'COUNT', entities: [], count: 76 },
  { q: "Hoeveel PPP's zijn er?", lang: 'nl', intent: 'COUNT', entities: [], count: 76 },
  { q: 'Hoeveel ministeries zijn er?', lang: 'nl', intent: 'COUNT', entities: [], count: 7 },
  { q: 'How many missions are there?', lang: 'en', intent: 'COUNT', entities: [], count: 6 },
  { q: 'How many PPPs serve mission IV?', lang: 'en', intent: 'COUNT', entities: ['mission-iv'], count: 23 },
  {
    q: 'Hoeveel NGF-projecten werken aan missie vier?',
    lang: 'nl',
    intent: 'COUNT',
    entities: ['mission-iv'],
    count: 6,
  },
  // What is A connected to
  {
    q: 'Waar is Health-RI mee verbonden?',
    lang: 'nl',
    intent: 'NEIGHBOURHOOD',
    entities: ['ppp-health-ri'],
    members: ['mission-iv'],
  },
  {
    q: 'What is connected to WOZO?',
    lang: 'en',
    intent: 'NEIGHBOURHOOD',
    entities: ['care-wozo'],
    members: ['ministry-vws', 'mission-iv'],
  },
  {
    q: 'Show the neighbours of IZA',
    lang: 'en',
    intent: 'NEIGHBOURHOOD',
    entities: ['care-iza'],
    members: ['ministry-vws'],
    typo: true,
  },
  {
    q: 'Welke relaties heeft TNO?',
    lang: 'nl',
    intent: 'NEIGHBOURHOOD',
    entities: ['org-tno'],
    members: ['ppp-coalitie-leefstijl-in-de-zorg', 'team-kernteam'],
  },
  // All X, and searches
  {
    q: 'Which ministries are there?',
    lang: 'en',
    intent: 'LIST',
    entities: [],
    members: ['ministry-vws', 'ministry-ezk'],
  },
  { q: 'Welke missies zijn er?', lang: 'nl', intent: 'LIST', entities: [], members: ['mission-cm', 'mission-v'] },
  { q: 'Toon alle topsectoren', lang: 'nl', intent: 'LIST', entities: [], members: ['topsector-lsh'] },
  {
    q: 'Search for leefstijlinterventies',
    lang: 'en',
    intent: 'SEARCH',
    entities: [],
    members: ['activity-leefstijlgeneeskunde'],
  },
  // Not supported: refused with suggestions
  refuse("What's the weather in Utrecht tomorrow?", 'en'),
  refuse('Tell me a joke', 'en'),
  refuse('Hoe laat is het?', 'nl'),
  refuse('Wat kost een brood bij de bakker?', 'nl'),
  refuse('Who won the world cup in 2022?', 'en'),
  refuse('Schrijf een gedicht over de lente', 'nl'),
  refuse('asdf qwerty zxcv', 'en'),
  refuse('Wat is de hoofdstad van Frankrijk?', 'nl'),
  refuse('Can you book a train ticket to Amsterdam?', 'en'),
  refuse('Hoe gaat het met je?', 'nl'),
  refuse('What is the meaning of life?', 'en'),
];
