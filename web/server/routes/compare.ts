/** POST /api/compare: the comparison `junheng compare` prints, of finished runs; the first is the baseline. */
import { compareRuns } from '../../../engine/compare/compare.ts';
import type { App, RouteContext } from '../context.ts';
import { HttpError, notFound } from '../errors.ts';
import { ComparisonBody, CompareRequest, ErrorRef } from '../../contract/index.ts';

export async function compareRoutes(app: App, ctx: RouteContext): Promise<void> {
  app.post('/api/compare', {
    schema: { summary: 'Compare finished runs with the first one', body: CompareRequest, response: { 200: ComparisonBody, 400: ErrorRef, 404: ErrorRef, 422: ErrorRef } },
  }, async (request) => {
    const inputs = request.body.runIds.map((id, i) => {
      const run = ctx.store.runs.get(id);
      if (!run) throw notFound('run', id);
      if (!run.result) {
        throw new HttpError(422, 'run-without-result', `run ${id} has no result to compare (status ${run.status})`, [{ field: `body/runIds/${i}`, message: `status ${run.status}` }]);
      }
      const version = ctx.store.scenarios.version(run.scenarioId, run.scenarioVersion)!;
      return { scenario: version.scenario, report: run.result };
    });
    return compareRuns(inputs);
  });
}
