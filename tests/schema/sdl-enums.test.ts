// The SDL enums must spell what the label and relationship registries define; a planted difference must be named.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, GraphQLEnumType } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DIMENSIONS, LABELS, NODE_LABELS, RELATIONSHIP_TYPES, RELATIONSHIPS } from '@kies/schema';
import { REGISTRY_ENUMS, sdlEnumDifferences, syncSdlEnums } from '../../schema/src/sdl-enums.js';

const SDL = readFileSync(join(import.meta.dirname, '..', '..', 'schema', 'schema.graphql'), 'utf8');

/** The enum as graphql-js reads it (a strict parser, independent of sdl-enums.ts). */
function enumValues(sdl: string, name: string): { value: string; description: string | null }[] {
  const type = buildSchema(sdl).getType(name);
  if (!(type instanceof GraphQLEnumType)) throw new Error(`${name} is not an enum`);
  return type.getValues().map((v) => ({ value: v.name, description: v.description ?? null }));
}

describe('SDL enums and the registries', () => {
  it('schema.graphql agrees with the registries (run `npm run codegen` to rewrite the enums)', () => {
    expect(sdlEnumDifferences(SDL)).toEqual([]);
    expect(syncSdlEnums(SDL)).toBe(SDL);
  });

  it('graphql-js reads the same values and descriptions the registries hold', () => {
    expect(enumValues(SDL, 'NodeLabel')).toEqual(
      NODE_LABELS.map((l) => ({ value: l, description: LABELS[l].sdlDescription })),
    );
    expect(enumValues(SDL, 'RelationshipType')).toEqual(
      RELATIONSHIP_TYPES.map((t) => ({ value: t, description: RELATIONSHIPS[t].sdlDescription })),
    );
    expect(enumValues(SDL, 'CoverageDimension').map((v) => v.value)).toEqual(DIMENSIONS);
    // Every value an enum block holds is checked: none of the three is empty.
    for (const values of Object.values(REGISTRY_ENUMS)) expect(values.length).toBeGreaterThan(0);
  });

  it('names a value missing from the SDL and one the SDL has extra', () => {
    const planted = SDL.replace(/\n {2}"A team: [^\n]*\n {2}Team\n/, '\n  "A planted label"\n  PlantedLabel\n');
    expect(planted).not.toBe(SDL);
    expect(sdlEnumDifferences(planted)).toEqual([
      'enum NodeLabel: missing Team (in the registry, not in the SDL)',
      'enum NodeLabel: extra PlantedLabel (in the SDL, not in the registry)',
    ]);
    // The rewrite puts the registry's values back, byte for byte.
    expect(syncSdlEnums(planted)).toBe(SDL);
  });

  it('names a label the registry has and the SDL lacks (a label added to schema/src only)', () => {
    const registry = {
      ...REGISTRY_ENUMS,
      NodeLabel: [...REGISTRY_ENUMS.NodeLabel!, { value: 'PlantedLabel', description: 'A planted label' }],
    };
    expect(sdlEnumDifferences(SDL, registry)).toEqual([
      'enum NodeLabel: missing PlantedLabel (in the registry, not in the SDL)',
    ]);
    const synced = syncSdlEnums(SDL, registry);
    expect(enumValues(synced, 'NodeLabel').at(-1)).toEqual({ value: 'PlantedLabel', description: 'A planted label' });
  });

  it('names a changed description, a changed order and a missing enum', () => {
    const described = SDL.replace('"A science park or campus"', '"A campus"');
    expect(sdlEnumDifferences(described)).toEqual([
      'enum NodeLabel.SciencePark: description "A campus" in the SDL, "A science park or campus" in the registry',
    ]);
    const reordered = SDL.replace('  PPP\n  NGF_PROJECT\n', '  NGF_PROJECT\n  PPP\n');
    expect(reordered).not.toBe(SDL);
    expect(sdlEnumDifferences(reordered)).toEqual([
      `enum CoverageDimension: order NGF_PROJECT, PPP, ${DIMENSIONS.slice(2).join(', ')} in the SDL, ${DIMENSIONS.join(', ')} in the registry`,
    ]);
    const without = SDL.replace('enum RelationshipType {', 'enum RelationshipKind {');
    expect(sdlEnumDifferences(without)).toEqual(['enum RelationshipType: not in the SDL']);
    expect(() => syncSdlEnums(without)).toThrow(/enum RelationshipType is not in the SDL/);
  });
});
