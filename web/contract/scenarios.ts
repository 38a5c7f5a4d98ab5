/** /api/scenarios: scenarios and their numbered versions. */
import { Type, type Static } from '@sinclair/typebox';
import type { ScenarioFile } from '../../engine/scenario/schema.ts';
import { Id, Timestamp } from './common.ts';

/** The scenario schema by reference; the server registers it under the $id 'Scenario'. */
export const ScenarioFileRef = Type.Unsafe<ScenarioFile>(Type.Ref('Scenario'));
export const ScenarioBody = Type.Unsafe<ScenarioFile | string>({
  description: 'the scenario as JSON, or its YAML/JSON text (Content-Type application/yaml or text/plain)',
  anyOf: [{ $ref: 'Scenario' }, { type: 'string' }],
});

export const ScenarioVersion = Type.Object({
  id: Id,
  version: Type.Integer({ minimum: 1 }),
  name: Type.String(),
  text: Type.String({ description: 'the scenario as sent (YAML or JSON text)' }),
  scenario: ScenarioFileRef,
  createdAt: Timestamp,
});
export type ScenarioVersion = Static<typeof ScenarioVersion>;

export const ScenarioSummary = Type.Object({
  id: Id,
  version: Type.Integer({ minimum: 1, description: 'latest version' }),
  name: Type.String(),
  createdAt: Timestamp,
  updatedAt: Timestamp,
});
export type ScenarioSummary = Static<typeof ScenarioSummary>;

export const VersionParams = Type.Object({ id: Id, version: Type.Integer({ minimum: 1 }) });
export const VersionEntry = Type.Object({ version: Type.Integer({ minimum: 1 }), name: Type.String(), createdAt: Timestamp });
export type VersionEntry = Static<typeof VersionEntry>;
