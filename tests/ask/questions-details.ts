// Ask question set, part 3: what A is, how many X, what A is connected to, lists, searches and refusals.
import { refuse, type AskCase } from './ask-case.js';
import { readSeedGraph } from '../../server/src/seed-graph.js';

// Counts follow the seed (it grows as sections are curated): the API must answer what the seed holds.
const graph = readSeedGraph();
const count = (label: string) => graph.nodes.filter((n) => n.labels.includes(label as never)).length;
const serving = (mission: string, label: string) =>
  graph.nodes.filter(
    (n) =>
      n.labels.includes(label as never) &&
      graph.relationships.some((r) => r.type === 'ADDRESSES' && r.start === n.id && r.end === mission),
  ).length;

export const DETAILS: AskCase[] = [
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
  { q: 'How many PPPs are there?', lang: 'en', intent: 'COUNT', entities: [], count: count('PPP') },
  { q: "Hoeveel PPP's zijn er?", lang: 'nl', intent: 'COUNT', entities: [], count: count('PPP') },
  { q: 'Hoeveel ministeries zijn er?', lang: 'nl', intent: 'COUNT', entities: [], count: count('Ministry') },
  { q: 'How many missions are there?', lang: 'en', intent: 'COUNT', entities: [], count: count('Mission') },
  {
    q: 'How many PPPs serve mission IV?',
    lang: 'en',
    intent: 'COUNT',
    entities: ['mission-iv'],
    count: serving('mission-iv', 'PPP'),
  },
  {
    q: 'Hoeveel NGF-projecten werken aan missie vier?',
    lang: 'nl',
    intent: 'COUNT',
    entities: ['mission-iv'],
    count: serving('mission-iv', 'NGFProject'),
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
