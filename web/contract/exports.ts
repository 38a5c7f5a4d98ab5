/** Plan exports: a run's workbook and actions CSV, and a comparison's workbook. */
import { Type, type Static } from '@sinclair/typebox';

export const ExportLang = Type.Union([Type.Literal('zh-CN'), Type.Literal('en')], { description: 'language of sheet names and headers; default zh-CN' });
export type ExportLang = Static<typeof ExportLang>;

export const ExportQuery = Type.Object({ lang: Type.Optional(ExportLang) }, { additionalProperties: false });
export type ExportQuery = Static<typeof ExportQuery>;

export const CompareExportQuery = Type.Object({
  runs: Type.String({ pattern: '^[1-9][0-9]{0,15}(,[1-9][0-9]{0,15}){1,3}$', description: '2 to 4 finished run ids, comma-separated; the first is the baseline' }),
  lang: Type.Optional(ExportLang),
}, { additionalProperties: false });
export type CompareExportQuery = Static<typeof CompareExportQuery>;

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
/** Bytes, sent as they are (fastify does not serialize a Buffer). */
export const Workbook = Type.Unsafe<Uint8Array>({ type: 'string', format: 'binary', description: `an Excel workbook (${XLSX_TYPE})` });
export const CsvText = Type.String({ description: 'text/csv, UTF-8 with a byte-order mark' });
