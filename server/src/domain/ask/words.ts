// The interpretation in words (Dutch and English), the plan as an API call, and suggestions when a question is not understood.
import { COVERAGE_LABELS, LABELS, type NodeLabel } from '@kies/schema';
import type { GraphNode } from '../graph-data.js';
import { nameIn } from '../display-names.js';
import type { AskPlan, Interpretation } from './intent.js';
import type { AskLanguage } from './text.js';

/** Kinds in a sentence, by their plural in the label registry: "PPP's en NGF-projecten". */
const kindWords = (labels: readonly NodeLabel[] | null, lang: AskLanguage, capital = true): string => {
  if (!labels || labels.length === 0) return lang === 'nl' ? 'Alles' : 'Everything';
  if (labels.length === COVERAGE_LABELS.length && COVERAGE_LABELS.every((l) => labels.includes(l)))
    return lang === 'nl' ? 'Alles' : 'Everything';
  const list = labels.map((l) => LABELS[l].ask.plural[lang]);
  const and = lang === 'nl' ? ' en ' : ' and ';
  const text = list.length > 1 ? `${list.slice(0, -1).join(', ')}${and}${list.at(-1)}` : list[0];
  return capital ? text.charAt(0).toUpperCase() + text.slice(1) : text;
};

/**
 * The typed query in words, nodes named in `lang` (nameIn): "PPPs linked to Better perspectives for people with
 * dementia" / "PPP's gekoppeld aan Missie IV: Mensen met dementie".
 */
export function queryInWords(it: Interpretation, lang: AskLanguage): string {
  const nl = lang === 'nl';
  const [a, b] =
    it.pending?.slots.map((s) => (s.node ? nameIn(s.node, lang) : `"${s.mention}"`)) ??
    (it.entities.length > 0 ? it.entities.map((e) => nameIn(e.node, lang)) : it.choices.map((c) => `"${c.mention}"`));
  const p = it.pending?.plan ?? it.plan;
  const kinds = p.op === 'paths' ? kindWords(p.toLabels, lang) : kindWords(it.kinds, lang);
  const lower = p.op === 'paths' ? kindWords(p.toLabels, lang, false) : kindWords(it.kinds, lang, false);
  switch (it.intent) {
    case 'SERVES_MISSION':
      return nl ? `${kinds} gekoppeld aan ${a}` : `${kinds} linked to ${a}`;
    case 'COUNT':
      if (p.op === 'stats')
        return nl ? `Aantal ${kindWords(it.kinds, lang, false)}` : `Number of ${kindWords(it.kinds, lang, false)}`;
      return nl ? `Aantal: ${lower} gekoppeld aan ${a}` : `Number of ${lower} linked to ${a}`;
    case 'LINKED': {
      if (p.op === 'paths' && p.types?.includes('FUNDS') && p.keep === 'incoming')
        return nl
          ? `${kinds} die ${a} financieren, erdoor sturen of ervoor verantwoordelijk zijn`
          : `${kinds} funding ${a}, acting via it or responsible for it`;
      if (p.op === 'paths' && p.types?.includes('FUNDS'))
        return nl
          ? `${kinds} die ${a} financiert, via wie het stuurt of waarvoor het verantwoordelijk is`
          : `${kinds} ${a} funds, acts via or is responsible for`;
      if (p.op === 'paths' && p.keep === 'members')
        return p.toLabels
          ? nl
            ? `${kinds} die deelnemen aan ${a} (partner, lid, uitvoerder, initiatiefnemer)`
            : `${kinds} taking part in ${a} (partner, member, runs it, initiator)`
          : nl
            ? `Wie deelneemt aan ${a} (partners, leden, uitvoerders, initiatiefnemers)`
            : `Who takes part in ${a} (partners, members, who runs it, initiators)`;
      if (p.op === 'paths' && p.types?.includes('PARTNER_IN') && p.toLabels) {
        return nl
          ? `${kinds} verbonden met ${a} als partner, lid of onderdeel`
          : `${kinds} linked to ${a} as partner, member or part`;
      }
      if (p.op === 'paths' && p.types?.includes('PARTNER_IN'))
        return nl
          ? `Waar ${a} aan deelneemt (partner, lid, onderdeel)`
          : `What ${a} takes part in (partner, member, part)`;
      if (p.op === 'paths' && p.types?.includes('ADDRESSES'))
        return nl ? `Missies en zorgakkoorden waar ${a} zich op richt` : `Missions and care agreements ${a} addresses`;
      return nl ? `${kinds} direct verbonden met ${a}` : `${kinds} directly related to ${a}`;
    }
    case 'CONNECTION':
      return nl ? `Paden van ${a} naar ${b} (tot 3 stappen)` : `Paths from ${a} to ${b} (up to 3 steps)`;
    case 'PARTNERS':
      return nl ? `Voorgestelde partners voor ${a}` : `Suggested partners for ${a}`;
    case 'GAPS':
      return gapWords(p, a, lang);
    case 'FUNDS_STEERS':
      if (p.op === 'paths' && p.keep === 'incoming')
        return nl
          ? `Wie ${a} financiert, erdoor stuurt of ervoor verantwoordelijk is`
          : `Who funds ${a}, acts via it or is responsible for it`;
      return nl
        ? `Wat ${a} financiert, via wie het stuurt of waarvoor het verantwoordelijk is`
        : `What ${a} funds, acts via or is responsible for`;
    case 'DETAILS':
      return nl ? `Gegevens van ${a}, met de directe relaties` : `Details of ${a}, with its direct relations`;
    case 'NEIGHBOURHOOD':
      return nl ? `Directe buren van ${a}` : `Direct neighbours of ${a}`;
    case 'LIST': {
      const listed = kindWords(p.op === 'nodes' ? p.labels : it.kinds, lang, false);
      return nl ? `Alle ${listed}` : `All ${listed}`;
    }
    case 'SEARCH':
      if (p.op === 'search' && p.labels)
        return nl
          ? `${kindWords(p.labels, lang)} met "${p.text}" in naam of beschrijving`
          : `${kindWords(p.labels, lang)} with "${p.text}" in their name or description`;
      return nl
        ? `Zoeken naar "${p.op === 'search' ? p.text : ''}"`
        : `Search for "${p.op === 'search' ? p.text : ''}"`;
    case 'NOT_UNDERSTOOD':
      return nl ? 'Niet begrepen' : 'Not understood';
  }
}

function gapWords(p: AskPlan, about: string | undefined, lang: AskLanguage): string {
  const nl = lang === 'nl';
  if (p.op !== 'gaps') return '';
  if (p.emptyDimension) {
    const dim = kindWords([p.emptyDimension], lang, false);
    return about
      ? nl
        ? `Of ${about} ${dim} mist`
        : `Whether ${about} lacks ${dim}`
      : nl
        ? `Missies zonder of met één van de ${dim}`
        : `Missions with no or one of the ${dim}`;
  }
  if (about) return nl ? `Hiaten rond ${about}` : `Gaps concerning ${about}`;
  switch (p.kinds?.[0]) {
    case 'UNSERVED_CARE_AGREEMENT':
      return nl
        ? 'Zorgakkoorden en -programma’s die geen PPP of NGF-project ondersteunt'
        : 'Care agreements no PPP or NGF project supports';
    case 'UNSERVED_PROGRAMME':
      return nl
        ? "Programma's waaraan geen PPP gekoppeld is, of die in geen missierij staan"
        : 'Programmes no PPP is linked to, or in no mission row';
    case 'PPP_WITHOUT_MISSION':
      return nl ? "PPP's die aan geen missie gekoppeld zijn" : 'PPPs linked to no mission';
    default:
      return nl ? 'Alle hiaten' : 'All gaps';
  }
}

const list = (values: readonly string[]) => `[${values.join(', ')}]`;

/** The plan as the API call it corresponds to, e.g. paths(from: "mission-iv", toLabels: [PPP], maxLength: 1, types: [ADDRESSES]). */
export function operationOf(p: AskPlan): string {
  switch (p.op) {
    case 'paths': {
      const args = [
        `from: "${p.from}"`,
        p.to ? `to: "${p.to}"` : `toLabels: ${list(p.toLabels ?? ['*'])}`,
        `maxLength: ${p.maxLength}`,
      ];
      if (p.types) args.push(`types: ${list(p.types)}`);
      return `paths(${args.join(', ')}, limit: ${p.limit})`;
    }
    case 'partners':
      return `partners(of: "${p.of}", limit: ${p.limit})`;
    case 'gaps':
      return `gaps(${p.kinds ? `kinds: ${list(p.kinds)}` : ''})${p.about ? ` about "${p.about}"` : ''}`;
    case 'neighbourhood':
      return `neighbourhood(id: "${p.id}", depth: 1, limit: ${p.limit})`;
    case 'stats':
      return `stats { byLabel${p.label ? ` (${p.label})` : ''} }`;
    case 'nodes':
      return `nodes(labels: ${list(p.labels)}, first: ${p.first})`;
    case 'search':
      return `search(text: "${p.text}"${p.labels ? `, labels: ${list(p.labels)}` : ''}, first: ${p.first})`;
    case 'none':
      return '';
  }
}

// The supported question forms, each in both languages; {m} a mission, {e} an entity, {y} a ministry.
const FORMS: { en: string; nl: string }[] = [
  { en: 'Which PPPs serve {m}?', nl: "Welke PPP's dienen {m}?" },
  { en: 'Which NGF projects work on {m}?', nl: 'Welke NGF-projecten werken aan {m}?' },
  { en: 'How is {e} connected to {m}?', nl: 'Hoe is {e} verbonden met {m}?' },
  { en: 'Who are partners for {e}?', nl: 'Wie zijn partners voor {e}?' },
  { en: 'Which gaps does {m} have?', nl: 'Welke hiaten heeft {m}?' },
  { en: 'Which care agreements are served by nothing?', nl: 'Welke zorgakkoorden worden door niets gediend?' },
  { en: 'What does {y} fund or steer?', nl: 'Wat financiert of stuurt {y}?' },
  { en: 'What is {e}?', nl: 'Wat is {e}?' },
  { en: 'How many PPPs are there?', nl: "Hoeveel PPP's zijn er?" },
  { en: 'What does {e} take part in?', nl: 'Waar doet {e} aan mee?' },
];

/**
 * A mission in a suggested question: in English "mission IV" where it has a code, since a suggestion is asked again
 * when clicked and the English mission names share words ("Better perspectives for people with ...": the linker then
 * offers a choice); else its name in `lang`.
 */
function missionIn(mission: GraphNode, lang: AskLanguage): string {
  const code = mission.properties.code;
  return lang === 'en' && typeof code === 'string' && code !== 'CM' && code.trim() !== ''
    ? `mission ${code}`
    : nameIn(mission, lang);
}

/** The closest supported questions, filled in with what the question did name (or well-known examples). */
export function suggestions(question: string, named: readonly GraphNode[], lang: AskLanguage): string[] {
  const words = new Set(
    question
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2),
  );
  const mission = named.find((n) => n.labels.includes('Mission'));
  const ministry = named.find((n) => n.labels.includes('Ministry'));
  const other = named.find((n) => !n.labels.includes('Mission'));
  const fill = (text: string) =>
    text
      .replace('{m}', mission ? missionIn(mission, lang) : lang === 'nl' ? 'missie IV' : 'mission IV')
      .replace('{y}', ministry ? nameIn(ministry, lang) : 'VWS')
      .replace('{e}', other ? nameIn(other, lang) : 'Health-RI');
  const scored = FORMS.map((f, i) => {
    const text = f[lang];
    const overlap = text
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => words.has(w)).length;
    const fits =
      (text.includes('{m}') && mission ? 2 : 0) +
      (text.includes('{y}') && ministry ? 2 : 0) +
      (text.includes('{e}') && other ? 1 : 0);
    return { text: fill(text), score: overlap + fits - i * 0.01 };
  });
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, 4)
    .map((s) => s.text);
}
