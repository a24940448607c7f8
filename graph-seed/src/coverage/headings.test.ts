// Heading detection and section splitting on excerpts of the real sources (graph-seed/sources).
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectHeadings } from './headings.js';
import { profileFor } from './profiles.js';
import { LEAD_HEADING, splitSections } from './sections.js';

const SOURCES = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'sources');
const KIA = '004_9090d7b3c6790adc.txt';
const BROCHURE = '002_1ab76fe67ea36983.txt';
const text = (name: string) => readFileSync(join(SOURCES, name), 'utf8');
/** Lines from..to (1-based, inclusive) of a real source. */
const excerpt = (name: string, from: number, to: number) =>
  text(name)
    .split('\n')
    .slice(from - 1, to);
/** Headings of an excerpt with the document's rules but none of its line-numbered overrides, as "offset: text". */
const headingsOf = (name: string, from: number, to: number) => {
  const rules = { ...profileFor(name), noHeadings: [], notHeadings: [], headings: [], chapters: [] };
  return detectHeadings(excerpt(name, from, to), rules).map((h) => `${h.line + from - 1}: ${h.text}`);
};

describe('heading detection on the KIA (004)', () => {
  it('finds the headings of a speerpunt: block-start headings and one followed straight by text', () => {
    expect(headingsOf(KIA, 1383, 1480)).toEqual([
      '1383: Klimaat & Energie en Circulaire Economie',
      '1445: Klimaat & Energie', // its "Terugblik" on the next line stays part of it
      '1473: Kansen en uitdagingen',
    ]);
  });

  it('joins a heading wrapped over two lines and leaves the paragraph after it alone', () => {
    expect(headingsOf(KIA, 751, 793)).toEqual([
      '753: Technologische en sociale innovaties: hoe maken we Nederland gezamenlijk beter?',
    ]);
    expect(headingsOf(KIA, 921, 967)).toEqual(['923: Evaluatie strategieperiode 2020-2023', '937: Inzet']);
  });

  it('takes a running page header inside a paragraph for furniture, not a heading', () => {
    expect(headingsOf(KIA, 1997, 2021)).toEqual(['1997: Huidige ontwikkelingen']);
  });

  it('drops a run of figure labels (Figuur 1) instead of splitting the page into one-word sections', () => {
    const found = headingsOf(KIA, 839, 895);
    expect(found.some((h) => /Formeel|Sociaal domein|TECHNOLOGIE|THERAPIE/.test(h))).toBe(false);
  });

  it('takes an all-caps title (LEGENDA) and a numbered heading (3.2 ...) for headings', () => {
    expect(headingsOf(KIA, 6490, 6537)).toEqual(['6496: LEGENDA']);
    const numbered = [
      '3.2 Sleuteltechnologieën en missies',
      `${'Lopende tekst met genoeg woorden om een alinea te zijn. '.repeat(2)}`,
      '',
      '3.3 Governance',
      'Het Themateam is het besluitvormende orgaan van de coalitie.',
    ];
    expect(detectHeadings(numbered, profileFor('x.txt')).map((h) => h.text)).toEqual([
      '3.2 Sleuteltechnologieën en missies',
      '3.3 Governance',
    ]);
  });

  it('splits the whole KIA into chapters and sections of readable size', () => {
    const sections = splitSections(text(KIA), profileFor(KIA));
    expect(sections.length).toBeGreaterThan(100);
    expect(sections.length).toBeLessThan(200);
    const at = (line: number) => sections.find((s) => s.startLine === line)?.heading;
    expect(at(3577)).toBe('Missie IV › Terugblik');
    expect(at(5667)).toBe('Randvoorwaarde Governance');
    expect(at(5485)).toBe('Randvoorwaarde Monitoring & Evaluatie › Terugblik');
    expect(at(1213)).toBe('Speerpunt Digitalisering & Sleuteltechnologieën › Digitalisering');
    expect(at(6183)).toBe('Bijlagen › Figuur 5: Kennis- en innovatie ecosysteem Gezondheid & Zorg (KIES-G&Z)');
    expect(at(6496)).toBe('Bijlagen › LEGENDA');
    // Contiguous and complete: each section starts where the previous ended, the last ends at the last line.
    sections.forEach((s, k) => expect(s.startLine).toBe(k === 0 ? 1 : sections[k - 1].endLine + 1));
    expect(sections.at(-1)?.endLine).toBe(text(KIA).split('\n').length);
    // No section swallows a chapter: the largest (the contributor list, the glossary, the mission maps) stay under 200 lines.
    expect(Math.max(...sections.map((s) => s.substantiveLines))).toBeLessThan(200);
  });
});

describe('heading detection on the brochure (002) and the web pages (000, 001, 003)', () => {
  it('reads an all-caps attribution after a quote as who said it, not as a heading', () => {
    expect(headingsOf(BROCHURE, 251, 272)).toEqual([
      '251: RegMed XB — Een robuust instituut voor regeneratieve geneeskunde',
      '261: ImmuneHealthXL — Immungemedieerde ziekten begrijpen en therapieën ontwikkelen om de kwaliteit van leven van patiënten te verbeteren',
    ]);
  });

  it('ignores a chapter title the PDF dropped into the middle of a paragraph', () => {
    expect(headingsOf(BROCHURE, 140, 158)).toEqual([
      '140: ‘Een bloedtest voor de ziekte van Alzheimer; een lopend onderzoek’',
    ]);
  });

  it('splits the brochure by its chapters and project titles', () => {
    const headings = splitSections(text(BROCHURE), profileFor(BROCHURE)).map((s) => `${s.startLine} ${s.heading}`);
    expect(headings).toContain('23 Inhoudsopgave');
    expect(headings).toContain('160 Thematische Calls');
    expect(headings).toContain('167 Thematische Calls › COVID-19 Call');
    expect(headings).toContain('299 Subsidie Innovatiemakelaars › Inreda Diabetic');
    expect(headings).toContain('521 Dankwoord en colofon › Colofon');
    expect(headings.some((h) => / AMSTERDAM UMC|RADBOUD UMC$|pagina \d/.test(h))).toBe(false);
  });

  it('splits the Health~Holland pages by their paragraph titles', () => {
    const name = '000_1c3f02fdbca5d2b7.txt';
    expect(splitSections(text(name), profileFor(name)).map((s) => [s.startLine, s.heading])).toEqual([
      [1, 'Over Health~Holland'],
      [5, 'Bijdragen aan mondiale maatschappelijke uitdagingen'],
      [8, 'Economische en maatschappelijke impact bereiken'],
    ]);
  });

  it('gives text before the first heading a section of its own', () => {
    expect(
      splitSections(
        'intro text without a heading line here\n\nTitel\n\nEen alinea met genoeg woorden om lopende tekst te zijn.\n',
        profileFor('x.txt'),
      ).map((s) => [s.heading, s.startLine, s.endLine]),
    ).toEqual([
      [LEAD_HEADING, 1, 2],
      ['Titel', 3, 5],
    ]);
  });
});
