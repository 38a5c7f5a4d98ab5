/** /api/scenarios: create, list, read (latest or any version), edit (adds a version), delete. */
import { Type } from '@sinclair/typebox';
import { CHECKED_IN_HANDLER, type App, type RouteContext } from '../context.ts';
import { audit } from '../audit.ts';
import { notFound } from '../errors.ts';
import { scenarioFromText, scenarioText } from '../inputs.ts';
import { ErrorRef, IdParams, ScenarioBody, ScenarioSummary, ScenarioVersion, VersionEntry, VersionParams } from '../../contract/index.ts';

const Body = Type.Unsafe<unknown>({ ...ScenarioBody, [CHECKED_IN_HANDLER]: true });
const scenarioTypes = ['application/json', 'application/yaml', 'application/x-yaml', 'text/yaml'];

export async function scenarioRoutes(app: App, ctx: RouteContext): Promise<void> {
  const { scenarios } = ctx.store;

  app.post('/api/scenarios', {
    schema: {
      summary: 'Create a scenario from JSON or YAML; validated by the scenario schema',
      consumes: scenarioTypes, body: Body,
      response: { 201: ScenarioVersion, 400: ErrorRef, 413: ErrorRef, 422: ErrorRef },
    },
  }, async (request, reply) => {
    const text = scenarioText(request.body, request.bodyText);
    const { file } = scenarioFromText(text);
    const created = scenarios.create({ name: file.name, text, file });
    audit(ctx, request, 'scenario-create', `scenario:${created.id}`, created.name);
    return reply.status(201).send(created);
  });

  app.get('/api/scenarios', {
    schema: { summary: 'List scenarios (latest versions)', response: { 200: Type.Array(ScenarioSummary) } },
  }, async () => scenarios.list());

  app.get('/api/scenarios/:id', {
    schema: { summary: 'The latest version of a scenario', params: IdParams, response: { 200: ScenarioVersion, 400: ErrorRef, 404: ErrorRef } },
  }, async (request) => {
    const latest = scenarios.latest(request.params.id);
    if (!latest) throw notFound('scenario', request.params.id);
    return latest;
  });

  app.put('/api/scenarios/:id', {
    schema: {
      summary: 'Edit a scenario: stores a new version, the earlier ones stay',
      consumes: scenarioTypes, params: IdParams, body: Body,
      response: { 200: ScenarioVersion, 400: ErrorRef, 404: ErrorRef, 413: ErrorRef, 422: ErrorRef },
    },
  }, async (request) => {
    if (!scenarios.exists(request.params.id)) throw notFound('scenario', request.params.id);
    const text = scenarioText(request.body, request.bodyText);
    const { file } = scenarioFromText(text);
    const stored = scenarios.addVersion(request.params.id, { name: file.name, text, file });
    if (!stored) throw notFound('scenario', request.params.id);
    audit(ctx, request, 'scenario-edit', `scenario:${stored.id}`, `version ${stored.version}: ${stored.name}`);
    return stored;
  });

  app.delete('/api/scenarios/:id', {
    schema: { summary: 'Delete a scenario (runs that used it keep their versions)', params: IdParams, response: { 204: Type.Null(), 400: ErrorRef, 404: ErrorRef } },
  }, async (request, reply) => {
    if (!scenarios.delete(request.params.id)) throw notFound('scenario', request.params.id);
    audit(ctx, request, 'scenario-delete', `scenario:${request.params.id}`, 'moved to the trash');
    return reply.status(204).send(null);
  });

  app.get('/api/scenarios/:id/versions', {
    schema: { summary: 'Every version of a scenario, oldest first', params: IdParams, response: { 200: Type.Array(VersionEntry), 400: ErrorRef, 404: ErrorRef } },
  }, async (request) => {
    const versions = scenarios.versions(request.params.id);
    if (!versions) throw notFound('scenario', request.params.id);
    return versions;
  });

  app.get('/api/scenarios/:id/versions/:version', {
    schema: { summary: 'One version of a scenario', params: VersionParams, response: { 200: ScenarioVersion, 400: ErrorRef, 404: ErrorRef } },
  }, async (request) => {
    const { id, version } = request.params;
    const found = scenarios.version(id, version, false);
    if (!found) throw notFound(`scenario ${id} version`, version);
    return found;
  });
}
