// How a question asks: intent cue words and word pairs of both languages ("works with" is partners, "how many" counts).
import { distance } from 'fastest-levenshtein';
import { stem } from './text.js';
import { wordList } from './word-lists.js';

export type IntentCue =
  | 'serve'
  | 'connect'
  | 'why'
  | 'partner'
  | 'gap'
  | 'nothing'
  | 'fund'
  | 'count'
  | 'details'
  | 'neighbours'
  | 'membership'
  | 'search'
  | 'list';

// Cue words; each hints at one way of asking, matched as written and by stem.
const CUES: Record<IntentCue, string[]> = {
  serve: wordList(`
    serve serves serving served address addresses addressing dien dienen dient bedien bedienen bedient
    bijdragen draagt dragen contribute contributes work works working werk werken werkt gediend bediend
    ondersteund geadresseerd richt richten gericht adresseert adresseren linked gekoppeld koppeling
    behind achter support supports ondersteunt ondersteunen tackle tackles focus focussen involved
    betrokken relevant helpen help helps
    frame frames framed kadert kaderen input
  `),
  connect: wordList(`
    connected connect connects connection verbonden verbinding verbindt related relate relation
    samenhang verband link links path paths pad paden hangen hangt samen reach bereikt
  `),
  why: wordList(`
    why waarom
  `),
  partner: wordList(`
    partner partners partnering collaborate collaborates collaborator collaborators samenwerken
    samenwerkt samenwerkingspartner samenwerkingspartners cooperate werkt-samen
  `),
  gap: wordList(`
    gap gaps hiaat hiaten lacune lacunes blind zwakke weak leemte leemtes ontbreekt ontbreken missing
    mist unserved onbediend gat gaten single kwetsbaar vulnerable risico risk lack lacks lacking missen ontberen
    ontbeert
  `),
  nothing: wordList(`
    nothing no niets niks nobody niemand none geen without zonder no-one
  `),
  fund: wordList(`
    fund funds funding finance finances financier financiert financieren financiering steer steers stuur
    stuurt sturen pay pays betaalt betalen responsible verantwoordelijk acts act funded financed gefinancierd
    betaald gestuurd steered funder funders financier financiers
  `),
  count: wordList(`
    hoeveel aantal number count many
  `),
  details: wordList(`
    wat-is what-is who-is wie-is explain uitleg leg describe beschrijf details detail informatie
    information info betekent mean means stand staat doel
  `),
  neighbours: wordList(`
    neighbour neighbours neighbor neighbors buren buur omgeving surroundings relaties relations
    relationships verbindingen connections
  `),
  membership: wordList(`
    member members lid leden part deel deelnemer deelnemers participate participates participeert mee
    zit takes participant participants deelnemen aangesloten belong belongs behoren behoort
    runs run running coordinates coordinate coordineert leads lead voert uitvoerder uitvoerders penvoerder
    trekker
  `),
  search: wordList(`
    zoek search lookup opzoeken look
  `),
  list: wordList(`
    which welke welk list lijst alle all toon show noem geef overzicht wat
  `),
};

const cueByStem = new Map<string, IntentCue[]>();
for (const [cue, list] of Object.entries(CUES) as [IntentCue, string[]][]) {
  for (const w of list) {
    for (const key of [stem(w), w]) cueByStem.set(key, [...new Set([...(cueByStem.get(key) ?? []), cue])]);
  }
}

const CUE_WORDS = [...cueByStem.keys()].filter((w) => w.length >= 5);

/** The cues a word gives (a word may give none or several: "werkt" serves and, with "samen", partners). */
export function cuesOfWord(word: string): IntentCue[] {
  return cueByStem.get(word) ?? cueByStem.get(stem(word)) ?? [];
}

/**
 * The cues of a longer cue word written with one slip ("adress", "conected"): the same first letter, one edit away.
 * Only for words that named nothing: "Leiden" is one edit from "leden" but a city in a name.
 */
export function slipCuesOf(word: string): IntentCue[] {
  if (word.length < 6 || cuesOfWord(word).length > 0) return [];
  const near = CUE_WORDS.find(
    (w) => w[0] === word[0] && Math.abs(w.length - word.length) <= 1 && distance(w, word) <= 1,
  );
  return near ? (cueByStem.get(near) ?? []) : [];
}

/**
 * Word pairs that change what a question asks ("works with" is partners, "what is" is details, "how many" counts);
 * an empty second word matches alone, "about" anywhere after the first ("tell me more about").
 */
export const CUE_PAIRS: [string, string, IntentCue][] = [
  ['wat', 'is', 'details'],
  ['what', 'is', 'details'],
  ['whats', '', 'details'],
  ["what's", '', 'details'],
  ['who', 'is', 'details'],
  ['wie', 'is', 'details'],
  ['tell', 'about', 'details'],
  ['vertel', 'over', 'details'],
  ['wat', 'doet', 'details'],
  ['what', 'does', 'details'],
  ['work', 'with', 'partner'],
  ['works', 'with', 'partner'],
  ['working', 'with', 'partner'],
  ['werkt', 'samen', 'partner'],
  ['werken', 'samen', 'partner'],
  ['samen', 'met', 'partner'],
  ['team', 'up', 'partner'],
  ['how', 'many', 'count'],
  ['served', 'by', 'nothing'],
  ['take', 'part', 'membership'],
  ['takes', 'part', 'membership'],
  ['neemt', 'deel', 'membership'],
  ['nemen', 'deel', 'membership'],
  ['doet', 'mee', 'membership'],
  ['doen', 'mee', 'membership'],
  ['how', 'connected', 'connect'],
];
