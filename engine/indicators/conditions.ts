/**
 * Government-guarantee conditions judged per school (standards/guarantee-2017.ts): class size and seats,
 * school size, music and art rooms. Each is `{key, value, limit, meets}`; `meets` is null where the data
 * does not give what the condition needs (e.g. no music_rooms column).
 */
import type { School } from '../county/types.ts';
import type { GuaranteeConditions } from '../standards/guarantee-2017.ts';
import type { Text } from '../standards/types.ts';
import { headcounts, type SchoolPart } from './parts.ts';

/** basicStandard: the 2012 school basic standard (办学基本标准), every threshold of it met. */
export type ConditionKey = 'classSize' | 'schoolSize' | 'musicRooms' | 'artRooms' | 'basicStandard';
export const CONDITION_KEYS: readonly ConditionKey[] = ['classSize', 'schoolSize', 'musicRooms', 'artRooms', 'basicStandard'];

export interface Condition {
  key: ConditionKey;
  /** classSize: pupils per class; schoolSize: pupils in the compulsory part; rooms: rooms counted. */
  value: number | null;
  limit: number;
  meets: boolean | null;
  /** How the value was obtained (average or largest class, rooms of standard size, …). */
  basis?: Text;
  /** classSize only: pupils without a seat, students − classes × limit, at least 0. */
  seatsShort?: number;
  /** classSize judged for the whole school (same condition on every part of it). */
  wholeSchool?: boolean;
  /** basicStandard only: the indicators below their basic-standard threshold. */
  failing?: string[];
}

/** County total of one condition over the evaluated schools (a school meets it when all its parts do). */
export interface CountyCondition {
  key: ConditionKey;
  schoolsJudged: number;
  schoolsMeeting: number;
  /** Ids of the schools that do not meet it. */
  failing: string[];
  /** true when every judged school meets it; null when no school could be judged. */
  meets: boolean | null;
  /** classSize only: pupils without a seat, summed over the schools. */
  seatsShort?: number;
}

const TOLERANCE = 1e-9;

/**
 * Class size of one part. The rule is about every class: the largest class where the data gives it (single-level
 * schools), else the average, a lower bound of the largest. A multi-part school without junior classes is judged
 * as a whole against the capacity-weighted limit students / (P/45 + J/50).
 */
export function classSize(school: School, part: SchoolPart, rules: GuaranteeConditions): Condition {
  const limits = rules.classSize.limit;
  let students = part.students;
  let classes = part.classes;
  let limit = limits[part.level];
  let basis: Text = { zh: '平均班额（最大班额不小于此值）', en: 'average class (the largest class is at least this)' };
  if (part.classesEstimated) {
    const n = headcounts(school);
    students = n.primary + n.junior;
    classes = part.level === 'junior' && n.primary === 0 ? part.classes : school.classes;
    limit = students / (n.primary / limits.primary + n.junior / limits.junior);
    basis = { zh: '全校平均班额（未给出初中班级数，按学段人数加权限值）', en: 'whole-school average (no junior classes given; limit weighted by pupils per level)' };
    const seatsShort = Math.max(0, Math.ceil(students - classes * limit - TOLERANCE));
    return { key: 'classSize', value: students / classes, limit, meets: students / classes <= limit + TOLERANCE, basis, seatsShort, wholeSchool: true };
  }
  const seatsShort = Math.max(0, Math.ceil(students - classes * limit - TOLERANCE));
  if (school.largestClass !== undefined && (school.level === 'primary' || school.level === 'junior')) {
    basis = { zh: '最大班额', en: 'largest class' };
    return { key: 'classSize', value: school.largestClass, limit, meets: school.largestClass <= limit, basis, seatsShort };
  }
  if (classes <= 0) return { key: 'classSize', value: null, limit, meets: false, basis, seatsShort: students };
  const value = students / classes;
  return { key: 'classSize', value, limit, meets: value <= limit + TOLERANCE, basis, seatsShort };
}

/** Pupils in the compulsory part (a 完全中学's and 十二年一贯制's senior students do not count). */
export function schoolSize(school: School, rules: GuaranteeConditions): Condition {
  const n = headcounts(school);
  const value = n.primary + n.junior;
  const limit = rules.schoolSize.limit[school.level];
  return { key: 'schoolSize', value, limit, meets: value <= limit };
}

/**
 * At least one music (art) room per `classesPerRoom` classes of the compulsory part. Where the data gives the
 * rooms' total area, only as many rooms count as that area holds at the standard size (96 m² music, 90 m² art).
 */
export function artsRooms(key: 'musicRooms' | 'artRooms', school: School, compulsoryClasses: number, rules: GuaranteeConditions): Condition {
  const r = rules.artsRooms;
  const limit = Math.ceil(compulsoryClasses / r.classesPerRoom - TOLERANCE);
  const rooms = school.resources[key];
  if (rooms === undefined) return { key, value: null, limit, meets: null };
  const area = key === 'musicRooms' ? school.musicRoomArea : school.artRoomArea;
  const roomArea = key === 'musicRooms' ? r.musicRoomArea : r.artRoomArea;
  if (area === undefined) {
    return { key, value: rooms, limit, meets: rooms >= limit, basis: { zh: '房间数（未给出面积）', en: 'rooms (no area given)' } };
  }
  const value = Math.min(rooms, Math.floor(area / roomArea + TOLERANCE));
  const basis = { zh: `达到 ${roomArea} 平方米的房间数（总面积 ${area} 平方米）`, en: `rooms of at least ${roomArea} m² (total area ${area} m²)` };
  return { key, value, limit, meets: value >= limit, basis };
}

/** All conditions of one part; the school-wide ones (size, rooms) are the same for every part of a school. */
export function partConditions(school: School, part: SchoolPart, parts: readonly SchoolPart[], rules: GuaranteeConditions): Condition[] {
  const compulsoryClasses = parts.reduce((s, p) => s + p.classes, 0);
  const whole = parts.some((p) => p.classesEstimated) ? Math.min(school.classes, compulsoryClasses) : compulsoryClasses;
  return [
    classSize(school, part, rules),
    schoolSize(school, rules),
    artsRooms('musicRooms', school, whole, rules),
    artsRooms('artRooms', school, whole, rules),
  ];
}

/**
 * The 2012 school basic standard for one part: value = thresholds met, limit = thresholds judged, met when all are
 * (with the same rounding tolerance as the resource thresholds).
 */
export function basicStandard(values: Record<string, number>, level: SchoolPart['level'], thresholds: Record<string, Record<SchoolPart['level'], number | null>>): Condition {
  const judged = Object.entries(thresholds).flatMap(([key, t]) => (t[level] === null || values[key] === undefined ? [] : [[key, t[level]!] as const]));
  const failing = judged.filter(([key, t]) => values[key]! < t * (1 - TOLERANCE)).map(([key]) => key);
  const basis = { zh: '省定办学基本标准（达到的项数 / 评估的项数）', en: 'provincial school basic standard (thresholds met / judged)' };
  return { key: 'basicStandard', value: judged.length - failing.length, limit: judged.length, meets: judged.length === 0 ? null : failing.length === 0, basis, failing };
}

/** `rows`: the evaluated (not excluded) school parts with their conditions, in order. */
export function countyConditions(rows: readonly { id: string; conditions: Condition[] }[]): CountyCondition[] {
  const present = CONDITION_KEYS.filter((key) => rows.some((r) => r.conditions.some((c) => c.key === key)));
  return present.map((key): CountyCondition => {
    const bySchool = new Map<string, Condition[]>();
    for (const r of rows) {
      const c = r.conditions.find((x) => x.key === key);
      if (c) bySchool.set(r.id, [...(bySchool.get(r.id) ?? []), c]);
    }
    const judged = [...bySchool].filter(([, cs]) => cs.every((c) => c.meets !== null));
    const failing = judged.filter(([, cs]) => cs.some((c) => c.meets === false)).map(([id]) => id);
    const out: CountyCondition = {
      key, schoolsJudged: judged.length, schoolsMeeting: judged.length - failing.length, failing,
      meets: judged.length === 0 ? null : failing.length === 0,
    };
    if (key === 'classSize') {
      out.seatsShort = [...bySchool.values()].reduce((sum, cs) => sum + (cs[0]!.wholeSchool ? cs[0]!.seatsShort ?? 0 : cs.reduce((s, c) => s + (c.seatsShort ?? 0), 0)), 0);
    }
    return out;
  });
}
