// Ask question set, part 4: who takes part in X ("partners in DEMPACT", "leden van", "doen mee aan") answered with X's
// members, against who could work with X ("partners for", "samenwerken met") answered with partner suggestions.
import type { AskCase } from './ask-case.js';

export const MEMBERS: AskCase[] = [
  // The seed records no partner or member of DEMPACT (the KIA names it only): an honest "nothing found", not suggestions.
  {
    q: 'Which organisations are partners in DEMPACT?',
    lang: 'en',
    intent: 'LINKED',
    entities: ['ppp-dempact'],
    status: 'NO_RESULT',
  },
  {
    q: 'Wie zijn de partners van DEMPACT?',
    lang: 'nl',
    intent: 'LINKED',
    entities: ['ppp-dempact'],
    status: 'NO_RESULT',
  },
  {
    q: 'Who takes part in Hoofdzaken?',
    lang: 'en',
    intent: 'LINKED',
    entities: ['ppp-hoofdzaken'],
    members: ['org-hersenstichting', 'org-zonmw', 'topsector-lsh'],
  },
  {
    q: 'Wie doen mee aan Hoofdzaken?',
    lang: 'nl',
    intent: 'LINKED',
    entities: ['ppp-hoofdzaken'],
    members: ['org-mind', 'org-nwo'],
  },
  {
    q: 'Welke organisaties zijn partner in e-MTIC?',
    lang: 'nl',
    intent: 'LINKED',
    entities: ['ppp-e-mtic'],
    members: ['org-philips', 'org-maxima-mc', 'org-tu-eindhoven'],
  },
  {
    q: 'Who are the members of Coalitie Leefstijl in de Zorg?',
    lang: 'en',
    intent: 'LINKED',
    entities: ['ppp-coalitie-leefstijl-in-de-zorg'],
    members: ['org-tno', 'org-nfu', 'org-patientenfederatie'],
  },
  {
    q: 'Partners of e-MTIC',
    lang: 'en',
    intent: 'LINKED',
    entities: ['ppp-e-mtic'],
    members: ['org-tu-eindhoven'],
  },
  {
    q: 'Welke organisaties nemen deel aan de Coalitie Leefstijl in de Zorg?',
    lang: 'nl',
    intent: 'LINKED',
    entities: ['ppp-coalitie-leefstijl-in-de-zorg'],
    members: ['org-tno'],
  },
  {
    q: 'Wie zijn de leden van het Centrale Missieteam?',
    lang: 'nl',
    intent: 'LINKED',
    entities: ['team-centrale-missieteam'],
    members: ['org-rvs', 'org-umcg'],
  },
  {
    q: 'Which organisations take part in Hoofdzaken?',
    lang: 'en',
    intent: 'LINKED',
    entities: ['ppp-hoofdzaken'],
    members: ['org-hersenstichting', 'org-mind'],
  },
  {
    q: 'Who runs Coalitie Leefstijl in de Zorg?',
    lang: 'en',
    intent: 'LINKED',
    entities: ['ppp-coalitie-leefstijl-in-de-zorg'],
    members: ['org-tno', 'org-nfu', 'org-patientenfederatie'],
  },
  {
    q: 'Wie voert de Coalitie Leefstijl in de Zorg uit?',
    lang: 'nl',
    intent: 'LINKED',
    entities: ['ppp-coalitie-leefstijl-in-de-zorg'],
    members: ['org-tno'],
  },
  // Who could work with X: suggestions, also for a partnership.
  {
    q: 'Who could work with DEMPACT?',
    lang: 'en',
    intent: 'PARTNERS',
    entities: ['ppp-dempact'],
  },
  {
    q: 'Welke partners passen bij Health-RI?',
    lang: 'nl',
    intent: 'PARTNERS',
    entities: ['ppp-health-ri'],
    members: ['ppp-ained'],
  },
];
