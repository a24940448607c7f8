// Per-document heading rules and the small, documented list of overrides where the line shapes mislead.

export interface DocumentProfile {
  /** Longest line (trimmed) that can be a heading. */
  maxHeadingLength: number;
  maxHeadingWords: number;
  /** The KIA's PDF extraction starts each text block with one space: such a line may be a heading without a blank above. */
  blockStartSpace: boolean;
  /** Page furniture specific to this document (running headers), never substantive. */
  furniture: RegExp[];
  /** Line ranges (1-based, inclusive) where no heading is detected: a table of contents, a figure's scattered labels. */
  noHeadings: [number, number][];
  /** Most heading lines in a row (one blank line apart) that still form one heading: title, subtitle, kicker. */
  titleRun: number;
  /** Lines the detector takes for a heading that are not one. */
  notHeadings: number[];
  /** Headings the detector cannot see (a figure's title, a chapter label the PDF placed elsewhere). */
  headings: { line: number; title: string }[];
  /** Chapter titles and the line each chapter starts at: the report prefixes section headings with them. */
  chapters: { line: number; title: string }[];
}

const BASE: DocumentProfile = {
  maxHeadingLength: 80,
  maxHeadingWords: 10,
  blockStartSpace: false,
  titleRun: 2,
  furniture: [],
  noHeadings: [],
  notHeadings: [],
  headings: [],
  chapters: [],
};

/** Profiles by file-name prefix (the seed's documents are named NNN_hash.txt). */
const PROFILES: Record<string, Partial<DocumentProfile>> = {
  // The brochure "Van beleid naar impact" (one paragraph per line): titles of projects and quotes run up to 120 characters.
  '002_': {
    maxHeadingLength: 120,
    maxHeadingWords: 16,
    titleRun: 3, // "Voorbeelden ...", the project's name, its tagline
    noHeadings: [[24, 115]], // the table of contents: chapter titles, page numbers and key figures
    notHeadings: [277], // P4O2's subtitle, part of the forced heading at 275
    headings: [
      { line: 160, title: 'Thematische Calls' }, // printed at line 148, inside the previous page's paragraph
      {
        line: 275,
        title:
          'P4O2 — Voorspellende, preventieve, gepersonaliseerde en participatieve (P4) geneeskunde voor meer zuurstof (O2)',
      }, // "P4O2" has too few letters
      { line: 521, title: 'Colofon' }, // a run of one-word credits, too many in a row for a heading
    ],
    chapters: [
      { line: 1, title: 'Omslag' },
      { line: 8, title: 'Voorwoord' },
      { line: 23, title: 'Inhoudsopgave' },
      { line: 116, title: 'PPS-toeslag (Match Call)' },
      { line: 160, title: 'Thematische Calls' },
      { line: 213, title: 'Strategische publiek-private partnerschappen' },
      { line: 289, title: 'Subsidie Innovatiemakelaars' },
      { line: 321, title: 'Subsidie Netwerkactiviteiten' },
      { line: 357, title: 'Evenementen' },
      { line: 379, title: 'Internationalisering' },
      { line: 433, title: 'Human Capital' },
      { line: 495, title: 'GROZ-programma' },
      { line: 517, title: 'Dankwoord en colofon' },
    ],
  },
  // The KIA G&Z 2024-2027 (PDF): two-column pages, text blocks start with one space, figures scattered into labels.
  // Headings in [brackets] are not printed in the text (the PDF lost them); they name what the lines hold.
  '004_': {
    maxHeadingLength: 72,
    blockStartSpace: true,
    // Running page headers: the mission's title in capitals across the top of its pages.
    furniture: [/^(CENTRALE )?MISSIE\s*[IV ]*:\s?[^\p{Ll}]{10,}$/u],
    noHeadings: [
      [794, 872], // Tabel 2 and Figuur 1a-c: table cells and figure labels
      [2120, 2271],
      [2480, 2487],
      [2520, 2703],
      [2957, 3108],
      [3365, 3534],
      [3749, 3899],
      [4139, 4323], // mission maps
      [5811, 6017], // glossary: "Term: definition" lines
      [6018, 6495], // Figuur 4 and Figuur 5: figure labels
    ],
    notHeadings: [
      496, // "Managementsamenvatting": the chapter label, printed mid-text (the chapter starts at 401)
      687, // "Centrale missie:", a row of Tabel 1
      2047, // a running header
      4671, // "Figuur 3", the label of a figure without text
    ],
    headings: [
      { line: 108, title: '[Voorwoord van de voorzitter van het Themateam]' },
      { line: 134, title: '[Het MTIB, de missies en deze KIA]' },
      { line: 644, title: '[Inleiding: het MTIB en de G&Z-missies]' },
      { line: 682, title: 'Tabel 1: De missies zoals beschreven in het missiedocument Gezondheid & Zorg' },
      { line: 794, title: 'Tabel 2 (cellen): zorgakkoorden en -programma’s bij de missies' },
      { line: 842, title: 'Figuur 1a-1c (labels): technologische en sociale innovatie' },
      { line: 1169, title: 'Gezamenlijk thematisch programmeren voor voeding, gezondheid en leefomgeving' },
      { line: 1188, title: '[Speerpunten: inleiding]' },
      { line: 1200, title: 'Digitalisering & Sleuteltechnologieën' },
      { line: 1753, title: 'Meerjarig Missiegedreven Innovatieprogramma’s' },
      { line: 1889, title: 'CENTRALE MISSIE: + 5 – 30, veel meer doen tegen gezondheidsverschillen' },
      { line: 2120, title: 'Missiemap centrale missie (figuur)' },
      { line: 2272, title: '[Missie I: inleiding]' },
      { line: 2306, title: 'MISSIE I: Leefstijl en leefomgeving' },
      { line: 2520, title: 'Missiemap missie I (figuur)' },
      { line: 2704, title: '[Missie II: inleiding]' },
      { line: 2740, title: 'MISSIE II: Zorg in de leefomgeving' },
      { line: 2957, title: 'Missiemap missie II (figuur)' },
      { line: 3109, title: '[Missie III: inleiding]' },
      { line: 3142, title: 'MISSIE III: Meedoen en ertoe doen met een ziekte of beperking' },
      { line: 3365, title: 'Missiemap missie III (figuur)' },
      { line: 3535, title: 'MISSIE IV: Kwaliteit van leven voor mensen met dementie' },
      { line: 3749, title: 'Missiemap missie IV (figuur)' },
      { line: 3900, title: 'MISSIE V: Betere bescherming tegen gezondheidsdreigingen' },
      { line: 4139, title: 'Missiemap missie V (figuur)' },
      { line: 4324, title: '[Randvoorwaarden: inleiding]' },
      { line: 4436, title: 'Financiers & Investeerders' }, // after two labels, too many in a row for a heading
      { line: 4672, title: 'Valorisatie & Marktcreatie' },
      { line: 5209, title: 'Memorandum of Understanding – Nederland - Massachusetts' },
      { line: 5811, title: '[Leeswijzer, kernelementen en begrippenlijst]' },
      { line: 6018, title: 'Figuur 4: Overall Theory of Change' },
      { line: 6183, title: 'Figuur 5: Kennis- en innovatie ecosysteem Gezondheid & Zorg (KIES-G&Z)' },
      { line: 6328, title: 'Figuur 5 (tweede weergave, met de missies)' },
      { line: 6474, title: '[Toelichting bij Figuur 5]' },
    ],
    chapters: [
      { line: 1, title: 'Illustratieproject Slow-SPEED' },
      { line: 94, title: 'Inhoud, leeswijzer en voorwoord' },
      { line: 217, title: 'Uitnodiging' },
      { line: 401, title: 'Managementsamenvatting' },
      { line: 644, title: 'Inleiding' },
      { line: 1188, title: 'Speerpunten' },
      { line: 1200, title: 'Speerpunt Digitalisering & Sleuteltechnologieën' },
      { line: 1383, title: 'Speerpunten Klimaat & Energie en Circulaire Economie' },
      { line: 1709, title: 'Missies' },
      { line: 1889, title: 'Centrale missie' },
      { line: 2272, title: 'Missie I' },
      { line: 2704, title: 'Missie II' },
      { line: 3109, title: 'Missie III' },
      { line: 3535, title: 'Missie IV' },
      { line: 3900, title: 'Missie V' },
      { line: 4324, title: 'Randvoorwaarden' },
      { line: 4335, title: 'Randvoorwaarde Sociale Innovatie' },
      { line: 4436, title: 'Randvoorwaarde Financiers & Investeerders' },
      { line: 4672, title: 'Randvoorwaarde Valorisatie & Marktcreatie' },
      { line: 4870, title: 'Randvoorwaarde Human Capital' },
      { line: 5078, title: 'Randvoorwaarde Internationalisering' },
      { line: 5310, title: 'Randvoorwaarde Communicatie' },
      { line: 5462, title: 'Randvoorwaarde Monitoring & Evaluatie' },
      { line: 5667, title: 'Randvoorwaarde Governance' },
      { line: 5811, title: 'Begrippenlijst' },
      { line: 6018, title: 'Bijlagen' },
    ],
  },
};

/** The profile for a document file name: its own overrides over the base rules. */
export function profileFor(document: string): DocumentProfile {
  const own = Object.entries(PROFILES).find(([prefix]) => document.startsWith(prefix))?.[1] ?? {};
  return { ...BASE, ...own };
}
