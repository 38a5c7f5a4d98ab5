/**
 * Builds the sample county in data/ (CSV UTF-8, CSV GBK, CSV UTF-8 with BOM, XLSX, JSON) and prints
 * its student-weighted difference coefficients. Deterministic: `npx tsx scripts/make-sample.ts`.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import type { County, EvaluatedLevel, Resources, School } from '../engine/county/types.ts';
import { generateCounty } from '../engine/county/generate.ts';
import { columnValue, countyToRows, toCsv } from '../engine/county/write.ts';
import { COLUMNS } from '../engine/county/columns.ts';

export const SAMPLE_SEED = 16;
export const SAMPLE_SCHOOLS = 40;

type Key = 'degreeTeachers' | 'backboneTeachers' | 'peArtTeachers' | 'teachingArea' | 'sportsArea' | 'equipmentValue' | 'multimediaRooms';
/** 2017 standard: value per 100 students (per100) or per student, primary and junior thresholds. */
const STANDARD: Record<Key, { per100: boolean; teacher: boolean; primary: number; junior: number }> = {
  degreeTeachers: { per100: true, teacher: true, primary: 4.2, junior: 5.3 },
  backboneTeachers: { per100: true, teacher: true, primary: 1.0, junior: 1.0 },
  peArtTeachers: { per100: true, teacher: true, primary: 0.9, junior: 0.9 },
  teachingArea: { per100: false, teacher: false, primary: 4.5, junior: 5.8 },
  sportsArea: { per100: false, teacher: false, primary: 7.5, junior: 10.2 },
  equipmentValue: { per100: false, teacher: false, primary: 2000, junior: 2500 },
  multimediaRooms: { per100: true, teacher: false, primary: 2.3, junior: 2.4 },
};
const KEYS = Object.keys(STANDARD) as Key[];
const JUNIOR_WEIGHT = 1.1; // facility split of nine-year schools, primary : junior = 1 : 1.1

interface Part { school: School; students: number; values: Record<Key, number> }

/** The part of a school evaluated at one level; undefined if the school is not evaluated there. */
function part(s: School, level: EvaluatedLevel): Part | undefined {
  if (s.kind === 'teaching-point' && s.students < 50) return undefined;
  if (s.kind === 'special' || s.kind === 'vocational') return undefined;
  const nine = s.level === 'nine-year';
  if (!nine && s.level !== level) return undefined;
  const j = nine ? (s.juniorStudents ?? 0) : 0;
  const students = !nine ? s.students : level === 'junior' ? j : s.students - j;
  if (students <= 0) return undefined;
  const facShare = (JUNIOR_WEIGHT * j) / (JUNIOR_WEIGHT * j + s.students - j);
  const values = {} as Record<Key, number>;
  for (const k of KEYS) {
    const total = s.resources[k];
    let amount = total;
    if (nine) {
      const jr = s.juniorResources?.[k as keyof NonNullable<School['juniorResources']>];
      const juniorAmount = STANDARD[k].teacher ? (jr ?? (total * j) / s.students) : total * facShare;
      amount = level === 'junior' ? juniorAmount : total - juniorAmount;
    }
    values[k] = (STANDARD[k].per100 ? 100 : 1) * (amount / students);
  }
  return { school: s, students, values };
}

/** Student-weighted coefficient of variation, population form (weights P_i / P). */
export function weightedCv(parts: readonly { students: number; values: Partial<Record<Key, number>> }[], k: Key): number {
  const P = parts.reduce((a, p) => a + p.students, 0);
  const mean = parts.reduce((a, p) => a + p.students * (p.values[k] ?? 0), 0) / P;
  const variance = parts.reduce((a, p) => a + (p.students / P) * ((p.values[k] ?? 0) - mean) ** 2, 0);
  return Math.sqrt(variance) / mean;
}

function partPasses(p: Part, level: EvaluatedLevel): boolean {
  const ratios = KEYS.map((k) => p.values[k] / STANDARD[k][level]);
  const short = ratios.filter((r) => r < 1);
  return short.length === 0 || (short.length === 1 && (short[0] ?? 0) >= 0.85);
}

export function summarize(county: County) {
  const parts = { primary: [] as Part[], junior: [] as Part[] };
  for (const s of county.schools) for (const level of ['primary', 'junior'] as const) {
    const p = part(s, level);
    if (p) parts[level].push(p);
  }
  const cv = (level: EvaluatedLevel) => Object.fromEntries(KEYS.map((k) => [k, weightedCv(parts[level], k)])) as Record<Key, number>;
  const evaluated = county.schools.filter((s) => part(s, 'primary') || part(s, 'junior'));
  const passing = evaluated.filter((s) =>
    (['primary', 'junior'] as const).every((level) => { const p = part(s, level); return !p || partPasses(p, level); }));
  return { primary: cv('primary'), junior: cv('junior'), evaluated: evaluated.length, passing: passing.length, passingIds: passing.map((s) => s.id) };
}

/** Scales every whole-school quantity to a new enrolment, keeping per-student values. */
function rescale(s: School, students: number, classes: number, teachers?: number): void {
  const f = students / s.students;
  const t = teachers === undefined ? f : teachers / (s.resources.teachers ?? teachers);
  const teacherKeys = new Set(['degreeTeachers', 'backboneTeachers', 'peArtTeachers', 'teachers', 'seniorTitleTeachers']);
  const r = s.resources as unknown as Record<string, number>;
  for (const k of Object.keys(r) as (keyof Resources)[]) {
    if (k === 'musicRooms' || k === 'artRooms') continue;
    const v = r[k] ?? 0;
    r[k] = k === 'equipmentValue' ? Math.round((v * f) / 100) * 100 : Math.round(v * (teacherKeys.has(k) ? t : f));
  }
  s.students = students;
  s.classes = classes;
  s.eligibleTeachers = Math.round((s.eligibleTeachers ?? 0) * t);
  s.eligibleBackbone = Math.min(s.eligibleTeachers, s.resources.backboneTeachers, s.eligibleBackbone ?? 0);
}

export function makeSample(seed = SAMPLE_SEED): County {
  const county = generateCounty({ schools: SAMPLE_SCHOOLS, seed, name: 'sample county (样例县)' });
  const find = (pred: (s: School) => boolean): School => {
    const s = county.schools.find(pred);
    if (!s) throw new Error('sample: no school to anchor a planning figure on');
    return s;
  };
  // Planning-document figures: a 371-student, 12-class rural junior with 50 teachers; a 1,500-student, 34-class town primary.
  rescale(find((s) => s.level === 'junior' && s.location === 'rural'), 371, 12, 50);
  rescale(find((s) => s.kind === 'central-primary' && s.location === 'town'), 1500, 34);
  // Exactly two teaching points under 50 students (left out of the evaluation); the others 50 or more.
  const points = county.schools.filter((s) => s.kind === 'teaching-point');
  points.forEach((s, i) => {
    const target = i === 0 ? 28 : i === 1 ? 43 : Math.max(52, s.students);
    if (target !== s.students) rescale(s, target, s.classes, s.resources.teachers);
  });
  addRuleColumns(county);
  return county;
}

/**
 * Columns for the issue-15 rules, set without drawing from the generator (so every other number stays as it was):
 * - eligible_junior_certified (primary schools): a quarter of the eligible teachers in urban and town schools, a
 *   tenth in rural ones, rounded down (primary teachers with a junior certificate may rotate to junior schools);
 * - music_room_area_m2 / art_room_area_m2: urban and town rooms at the standard size (96 / 90 m²), rural rooms
 *   smaller (72 / 70 m²), so some rural schools have rooms that do not count.
 */
function addRuleColumns(county: County): void {
  for (const s of county.schools) {
    const rural = s.location === 'rural';
    if (s.level === 'primary' && s.eligibleTeachers !== undefined) s.eligibleJuniorCertified = Math.floor(s.eligibleTeachers * (rural ? 0.1 : 0.25));
    if (s.resources.musicRooms !== undefined) s.musicRoomArea = s.resources.musicRooms * (rural ? 72 : 96);
    if (s.resources.artRooms !== undefined) s.artRoomArea = s.resources.artRooms * (rural ? 70 : 90);
  }
}

function checkSample(county: County, sum: ReturnType<typeof summarize>): string[] {
  const problems: string[] = [];
  const over = KEYS.filter((k) => sum.primary[k] > 0.5);
  if (over.length === 0) problems.push('no primary coefficient above 0.50');
  if (over.length > 1) problems.push(`${over.length} primary coefficients above 0.50`);
  if (KEYS.some((k) => sum.junior[k] > 0.45)) problems.push('a junior coefficient above 0.45');
  if (sum.passing === 0 || sum.passing > sum.evaluated / 2) problems.push(`${sum.passing} of ${sum.evaluated} schools pass 6-of-7`);
  if (county.schools.filter((s) => s.level === 'nine-year').length !== 2) problems.push('not exactly two nine-year schools');
  return problems;
}

async function writeXlsx(rows: string[][], path: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Junheng';
  wb.created = wb.modified = new Date(Date.UTC(2024, 0, 1));
  const ws = wb.addWorksheet('学校基础数据');
  const numeric = rows[0]?.map((_, c) => rows.slice(1).every((r) => r[c] === '' || !Number.isNaN(Number(r[c]))) && c > 1);
  rows.forEach((r, i) => ws.addRow(i === 0 ? r : r.map((v, c) => (v === '' ? null : numeric?.[c] ? Number(v) : v))));
  ws.getRow(1).font = { bold: true };
  ws.views = [{ state: 'frozen', ySplit: 1 }];
  const note = wb.addWorksheet('说明');
  for (const line of [
    ['Junheng 样例县数据（合成数据，非真实学校）'],
    ['第一张表为学校基础数据，每行一所学校；列名与 CSV 中文表头相同。'],
    ['371 名学生、12 个班、50 名教师的乡村初中，以及 1500 名学生、34 个班的镇区小学，取自规划文件中引用的数字；其余数字由生成器按固定种子合成。'],
    ['标准依据：《县域义务教育优质均衡发展督导评估办法》（2017）。详见 data/README.md。'],
    [`生成种子 seed = ${SAMPLE_SEED}；重新生成：npx tsx scripts/make-sample.ts`],
  ]) note.addRow(line);
  note.getColumn(1).width = 100;
  await wb.xlsx.writeFile(path);
}

function toJson(county: County): string {
  const schools = county.schools.map((s) => {
    const o: Record<string, string | number> = {};
    for (const spec of COLUMNS) {
      const v = columnValue(s, spec);
      if (v !== undefined) o[spec.header] = v;
    }
    return o;
  });
  return JSON.stringify({ schools }, null, 2) + '\n';
}

async function main(): Promise<void> {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'data');
  mkdirSync(dir, { recursive: true });
  const county = makeSample();
  const sum = summarize(county);
  const en = countyToRows(county, { headers: 'en' });
  const zh = countyToRows(county, { headers: 'zh' });
  writeFileSync(join(dir, 'sample-county.csv'), toCsv(en), 'utf8');
  writeFileSync(join(dir, 'sample-county-gbk.csv'), iconv.encode(toCsv(zh), 'gbk'));
  writeFileSync(join(dir, 'sample-county-bom.csv'), '\uFEFF' + toCsv(zh), 'utf8');
  writeFileSync(join(dir, 'sample-county.json'), toJson(county), 'utf8');
  await writeXlsx(zh, join(dir, 'sample-county.xlsx'));

  const fmt = (x: number) => x.toFixed(4);
  console.log(`${county.schools.length} schools (seed ${SAMPLE_SEED}); ${sum.evaluated} evaluated`);
  console.log('indicator          primary   junior');
  for (const k of KEYS) console.log(`${k.padEnd(18)} ${fmt(sum.primary[k])}    ${fmt(sum.junior[k])}`);
  const avg = (r: Record<Key, number>) => KEYS.reduce((a, k) => a + r[k], 0) / KEYS.length;
  console.log(`${'average'.padEnd(18)} ${fmt(avg(sum.primary))}    ${fmt(avg(sum.junior))}`);
  console.log(`schools meeting 6-of-7: ${sum.passing} of ${sum.evaluated} (${sum.passingIds.join(' ')})`);
  const problems = checkSample(county, sum);
  if (problems.length > 0) {
    console.error(`sample does not fail the standard in the intended way: ${problems.join('; ')}`);
    process.exitCode = 1;
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((e: unknown) => {
    console.error(e);
    process.exitCode = 1;
  });
}
