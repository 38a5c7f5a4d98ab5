/** /api/datasets: upload (multipart CSV/GBK CSV/XLSX or a JSON body), list, read, delete, evaluate. */
import { Readable } from 'node:stream';
import type { MultipartFile } from '@fastify/multipart';
import { Type } from '@sinclair/typebox';
import type { FastifyRequest } from 'fastify';
import { evaluateCounty, EvaluationError } from '../../../engine/indicators/evaluate.ts';
import type { Evaluation } from '../../../engine/indicators/types.ts';
import type { County } from '../../../engine/county/types.ts';
import { DEFAULT_STANDARD_ID, type Standard } from '../../../engine/standards/index.ts';
import { CHECKED_IN_HANDLER, type App, type RouteContext } from '../context.ts';
import { audit } from '../audit.ts';
import { contentLength, readBodyBytes } from '../body-bytes.ts';
import { HttpError, notFound } from '../errors.ts';
import { datasetName, jsonText, prepareDataset, standardById } from '../inputs.ts';
import { fileNameLabel } from '../store/datasets.ts';
import { DatasetDetail, DatasetSummary, DatasetUploadQuery, ErrorRef, EvaluationBody, IdParams, StandardQuery } from '../../contract/index.ts';

const UploadBody = Type.Unsafe<unknown>({
  [CHECKED_IN_HANDLER]: true,
  description: 'multipart/form-data with a "file" (CSV, GBK CSV, XLSX or JSON) and optional "name" and "sheet" fields; or a county JSON body (as data/sample-county.json)',
  type: 'object',
});

export function evaluate(county: County, standard: Standard): Evaluation {
  try {
    return evaluateCounty(county, standard);
  } catch (e) {
    if (e instanceof EvaluationError) throw new HttpError(422, 'cannot-evaluate', e.message);
    throw e;
  }
}

interface Upload {
  bytes: Uint8Array;
  fileName: string;
  name?: string;
  sheet?: string;
}

/**
 * A multipart file's bytes in shared memory, read chunk by chunk (body-bytes.ts: no concat of the whole file on the
 * event loop, no copy to the import thread); 413 past the file size limit, as @fastify/multipart's toBuffer.
 */
async function fileBytes(part: MultipartFile, request: FastifyRequest, ctx: RouteContext): Promise<Uint8Array> {
  let bytes: Uint8Array;
  try {
    bytes = await readBodyBytes(part.file, { limit: ctx.uploadLimitBytes, capacityHint: contentLength(request.headers['content-length']) }, true);
  } catch (e) {
    if ((e as { code?: unknown }).code === 'FST_ERR_CTP_BODY_TOO_LARGE') throw Object.assign(e as Error, { code: 'FST_REQ_FILE_TOO_LARGE' });
    throw new HttpError(400, 'invalid-upload', `the multipart body could not be read: ${(e as Error).message}`, [{ field: 'body', message: (e as Error).message }]);
  }
  if (part.file.truncated) throw Object.assign(new Error('request file too large'), { code: 'FST_REQ_FILE_TOO_LARGE' });
  return bytes;
}

async function readMultipart(request: FastifyRequest, ctx: RouteContext): Promise<Upload> {
  const fields: Record<string, string> = {};
  let file: { bytes: Uint8Array; fileName: string } | undefined;
  try {
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        const bytes = await fileBytes(part as MultipartFile, request, ctx);
        if (part.fieldname === 'file' && !file) file = { bytes, fileName: part.filename || 'upload' };
      } else if (typeof part.value === 'string') fields[part.fieldname] = part.value;
    }
  } catch (e) {
    const code = (e as { code?: unknown }).code;
    if (code === 'FST_FILES_LIMIT') throw new HttpError(400, 'too-many-files', 'send one county file per upload (multipart field "file"); this upload had more than one', [{ field: 'body/file', message: 'more than one file' }]);
    if (code === 'FST_FIELDS_LIMIT' || code === 'FST_PARTS_LIMIT') throw new HttpError(400, 'too-many-fields', 'an upload has one "file" and at most the fields "name" and "sheet"; this one had more than 10 parts', [{ field: 'body', message: 'too many parts' }]);
    if (code === 'FST_REQ_FILE_TOO_LARGE') throw new HttpError(413, 'too-large', `the file is larger than the upload limit: at most ${(ctx.uploadLimitBytes / 1024 / 1024).toFixed(1)} MB is accepted (JUNHENG_UPLOAD_LIMIT_MB)`);
    if (typeof (e as { statusCode?: unknown }).statusCode === 'number') throw e;
    throw new HttpError(400, 'invalid-upload', `the multipart body could not be read: ${(e as Error).message}`, [{ field: 'body', message: (e as Error).message }]);
  }
  if (!file) throw new HttpError(400, 'invalid-upload', 'send the county file in a multipart field named "file"', [{ field: 'body/file', message: 'missing' }]);
  return { ...file, ...(fields.name ? { name: fields.name } : {}), ...(fields.sheet ? { sheet: fields.sheet } : {}) };
}

export async function datasetRoutes(app: App, ctx: RouteContext): Promise<void> {
  const { datasets } = ctx.store;
  const detail = (id: number, standard: Standard): DatasetDetail => {
    const summary = datasets.get(id);
    const county = datasets.county(id);
    if (!summary || !county) throw notFound('dataset', id);
    return { ...summary, county, evaluation: evaluate(county, standard) };
  };

  // Uploads in progress, counted from the request's arrival (before its body is read) to its answer's end.
  let uploading = 0;
  app.post('/api/datasets', {
    onRequest: (request, reply, done) => {
      if (uploading >= ctx.maxUploadsAtOnce) {
        void reply.status(429).header('retry-after', '10').send({ error: 'busy', message: `the server is reading ${uploading} uploads (at most ${ctx.maxUploadsAtOnce} at once); try again in a few seconds` });
        return;
      }
      uploading += 1;
      let counted = true;
      const release = (): void => {
        if (counted) uploading -= 1;
        counted = false;
      };
      reply.raw.once('close', release); // answered, or the client went away
      request.raw.once('error', release);
      done();
    },
    schema: {
      summary: 'Upload a county file; returns the stored dataset with its evaluation',
      consumes: ['multipart/form-data', 'application/json'],
      querystring: DatasetUploadQuery,
      body: UploadBody,
      response: { 201: DatasetDetail, 400: ErrorRef, 413: ErrorRef, 422: ErrorRef, 429: ErrorRef, 503: ErrorRef },
    },
  }, async (request, reply) => {
    let upload: Upload;
    if (request.isMultipart()) upload = await readMultipart(request, ctx);
    else if (request.body && typeof request.body === 'object' && 'countyBytes' in request.body) {
      upload = { bytes: (request.body as { countyBytes: Uint8Array }).countyBytes, fileName: 'upload.json' };
    } else {
      if (request.body === undefined || request.body === null || typeof request.body !== 'object') {
        throw new HttpError(400, 'invalid-upload', 'send a multipart upload with a "file" field, or a county JSON body', [{ field: 'body', message: 'missing' }]);
      }
      upload = { bytes: new TextEncoder().encode(jsonText(request.body, 'invalid-upload')), fileName: 'upload.json' };
    }
    const named = request.query.name !== undefined ? 'querystring/name' : upload.name !== undefined ? 'body/name' : undefined;
    const name = named ? datasetName(request.query.name ?? upload.name!, named) : datasetName(fileNameLabel(upload.fileName), 'body/file');
    const prepared = await prepareDataset(upload.bytes, upload.fileName, { sheet: upload.sheet, maxSchools: ctx.maxSchools, deadlineMs: ctx.uploadDeadlineMs }, ctx.importPool);
    const stored = datasets.insertEncoded({ name, fileName: upload.fileName, format: prepared.format, bytes: upload.bytes, countyJson: prepared.county, schools: prepared.schools, warnings: prepared.warnings });
    audit(ctx, request, 'dataset-upload', `dataset:${stored.id}`, `${stored.name} (${stored.schools} schools)`);
    // DatasetDetail put together from the JSON the import thread wrote: no parse or stringify of the county here.
    const head = JSON.stringify(stored).slice(0, -1);
    const body = Readable.from([Buffer.from(`${head},"county":`), prepared.county, Buffer.from(',"evaluation":'), prepared.evaluation, Buffer.from('}')]);
    return reply.status(201).type('application/json; charset=utf-8').send(body as unknown as DatasetDetail); // the pieces are streamed as they are
  });

  app.get('/api/datasets', {
    schema: { summary: 'List datasets', response: { 200: Type.Array(DatasetSummary) } },
  }, async () => datasets.list());

  app.get('/api/datasets/:id', {
    schema: { summary: 'A dataset with its county and its evaluation against the default standard', params: IdParams, response: { 200: DatasetDetail, 400: ErrorRef, 404: ErrorRef } },
  }, async (request) => detail(request.params.id, standardById(undefined, DEFAULT_STANDARD_ID)));

  app.delete('/api/datasets/:id', {
    schema: { summary: 'Delete a dataset (runs that used it keep their results)', params: IdParams, response: { 204: Type.Null(), 400: ErrorRef, 404: ErrorRef } },
  }, async (request, reply) => {
    if (!datasets.delete(request.params.id)) throw notFound('dataset', request.params.id);
    audit(ctx, request, 'dataset-delete', `dataset:${request.params.id}`, 'moved to the trash');
    return reply.status(204).send(null);
  });

  app.get('/api/datasets/:id/evaluation', {
    schema: {
      summary: 'Evaluate a dataset against a standard',
      params: IdParams, querystring: StandardQuery,
      response: { 200: EvaluationBody, 400: ErrorRef, 404: ErrorRef, 422: ErrorRef },
    },
  }, async (request) => {
    const county = datasets.county(request.params.id);
    if (!county) throw notFound('dataset', request.params.id);
    return evaluate(county, standardById(request.query.standard, DEFAULT_STANDARD_ID));
  });
}
