/**
 * Every field of the scenario schema has a name in both languages in the editor (field-labels.ts), so a new schema
 * field cannot be added without its label, and its validation messages can name it.
 */
import type { TSchema } from '@sinclair/typebox';
import { describe, expect, it } from 'vitest';
import { ScenarioSchema } from '../../../engine/scenario/schema.ts';
import { FIELD_LABELS } from '../../../web/app/src/features/scenario/field-labels.ts';

/** JSON-pointer patterns of the schema's fields ('*' for list items and record keys), objects walked into. */
function fieldPatterns(schema: TSchema, path = ''): string[] {
  const s = schema as { type?: string; properties?: Record<string, TSchema>; patternProperties?: Record<string, TSchema> };
  if (s.type === 'object' && s.properties) {
    return Object.entries(s.properties).flatMap(([k, sub]) => {
      const inner = fieldPatterns(sub, `${path}/${k}`);
      const isObject = (sub as { type?: string; properties?: unknown }).type === 'object' && (sub as { properties?: unknown }).properties;
      return isObject ? inner : [`${path}/${k}`, ...inner];
    });
  }
  return [];
}

describe('scenario field labels', () => {
  it('names every field of the schema in Chinese and English', () => {
    const patterns = fieldPatterns(ScenarioSchema);
    expect(patterns).toContain('/schoolConditions/classrooms/unitCost');
    expect(patterns).toContain('/commitments/perPupil/primary');
    const missing = patterns.filter((p) => !FIELD_LABELS[p]?.zh || !FIELD_LABELS[p]?.en);
    expect(missing).toEqual([]);
  });
});
