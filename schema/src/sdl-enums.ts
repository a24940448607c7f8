// The SDL enums that mirror the label and relationship registries: rendered from them, and checked against the SDL.
import { DIMENSIONS } from './coverage-dimensions.js';
import { NODE_LABELS } from './label-lists.js';
import { LABELS } from './labels.js';
import { RELATIONSHIPS, RELATIONSHIP_TYPES } from './relationships.js';

export interface SdlEnumValue {
  value: string;
  description: string | null;
}

/** The enums schema/schema.graphql must spell exactly as the registries do (names, order, value descriptions). */
export const REGISTRY_ENUMS: Record<string, readonly SdlEnumValue[]> = {
  NodeLabel: NODE_LABELS.map((l) => ({ value: l, description: LABELS[l].sdlDescription })),
  RelationshipType: RELATIONSHIP_TYPES.map((t) => ({ value: t, description: RELATIONSHIPS[t].sdlDescription })),
  CoverageDimension: DIMENSIONS.map((d) => ({ value: d, description: null })),
};

/** The body of `enum Name { ... }` as SDL lines (two-space indent, a description line before each value that has one). */
function renderEnumBody(values: readonly SdlEnumValue[]): string {
  return values
    .map((v) => (v.description === null ? '' : `  ${JSON.stringify(v.description)}\n`) + `  ${v.value}`)
    .join('\n');
}

const blockOf = (name: string) => new RegExp(`(\\benum ${name}\\s*\\{\\n)([\\s\\S]*?)(\\n\\})`);

/** Parses an enum body written as renderEnumBody writes it (quoted one-line descriptions, one value per line). */
function parseEnumBody(body: string): SdlEnumValue[] {
  const values: SdlEnumValue[] = [];
  let description: string | null = null;
  for (const line of body
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))) {
    if (line.startsWith('"')) description = JSON.parse(line) as string;
    else {
      values.push({ value: line, description });
      description = null;
    }
  }
  return values;
}

/**
 * What differs between the SDL text and the registries, one readable line per difference (empty: they agree).
 * Names the missing and extra values, changed descriptions and a changed order.
 */
export function sdlEnumDifferences(
  sdl: string,
  expected: Record<string, readonly SdlEnumValue[]> = REGISTRY_ENUMS,
): string[] {
  const problems: string[] = [];
  for (const [name, want] of Object.entries(expected)) {
    const match = blockOf(name).exec(sdl);
    if (!match) {
      problems.push(`enum ${name}: not in the SDL`);
      continue;
    }
    const have = parseEnumBody(match[2]!);
    const haveNames = have.map((v) => v.value);
    const wantNames = want.map((v) => v.value);
    const missing = wantNames.filter((v) => !haveNames.includes(v));
    const extra = haveNames.filter((v) => !wantNames.includes(v));
    if (missing.length > 0)
      problems.push(`enum ${name}: missing ${missing.join(', ')} (in the registry, not in the SDL)`);
    if (extra.length > 0) problems.push(`enum ${name}: extra ${extra.join(', ')} (in the SDL, not in the registry)`);
    for (const w of want) {
      const h = have.find((v) => v.value === w.value);
      if (h && h.description !== w.description) {
        problems.push(
          `enum ${name}.${w.value}: description ${JSON.stringify(h.description)} in the SDL, ${JSON.stringify(w.description)} in the registry`,
        );
      }
    }
    const common = wantNames.filter((v) => haveNames.includes(v));
    if (
      missing.length === 0 &&
      extra.length === 0 &&
      common.join() !== haveNames.filter((v) => wantNames.includes(v)).join()
    ) {
      problems.push(`enum ${name}: order ${haveNames.join(', ')} in the SDL, ${wantNames.join(', ')} in the registry`);
    }
  }
  return problems;
}

/** The SDL with every registry enum's body rewritten from the registries (descriptions of the enums themselves kept). */
export function syncSdlEnums(sdl: string, expected: Record<string, readonly SdlEnumValue[]> = REGISTRY_ENUMS): string {
  let out = sdl;
  for (const [name, values] of Object.entries(expected)) {
    if (!blockOf(name).test(out))
      throw new Error(`enum ${name} is not in the SDL: add \`enum ${name} {\\n}\` where it belongs`);
    out = out.replace(
      blockOf(name),
      (_, open: string, _body: string, close: string) => open + renderEnumBody(values) + close,
    );
  }
  return out;
}
