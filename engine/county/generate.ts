/**
 * Synthetic county generator: a seeded, deterministic, realistic roster of compulsory-education
 * schools (urban primaries and juniors around the county seat; townships with a central primary,
 * often a junior school, village primaries and teaching points; a few nine-year schools).
 */
import type { County, Location, Resources, School, SchoolKind, SchoolLevel, TeacherResourceKey } from './types.ts';
import type { Rng } from './random.ts';
import { createRng } from './random.ts';

export interface GenerateOptions {
  schools: number;
  seed: number;
  name?: string;
}

type Range = readonly [number, number];
type Segment = 'urbanP' | 'townP' | 'ruralP' | 'village' | 'point' | 'urbanJ' | 'townJ' | 'ruralJ';

interface Profile {
  students: readonly [mean: number, sd: number, min: number, max: number];
  classSize: Range; // students per class targeted; never above the legal maximum
  minClasses: number;
  maxClasses?: number;
  ratio: Range; // students per teacher, best school first
  minTeachersPerClass: number;
  degree: Range; // share of teachers above the required degree
  backbone: Range; // share of teachers
  peArt: Range; // share of teachers
  teach: Range; // m² per student
  sports: Range; // m² per student
  equip: Range; // yuan per student
  mmPerClass: Range; // multimedia rooms per class
  rooms: Range; // music/art rooms as a share of one per 12 classes
  computers: Range; // per 100 students
  books: Range; // per student
  land: readonly [chance: number, min: number, max: number]; // m²
}

const PROFILES: Record<Segment, Profile> = {
  urbanP: { students: [1600, 280, 900, 2000], classSize: [40, 45], minClasses: 12, ratio: [15, 19], minTeachersPerClass: 1.8,
    degree: [0.92, 1], backbone: [0.13, 0.23], peArt: [0.13, 0.18], teach: [3.5, 5.2], sports: [3.5, 8.5], equip: [1700, 2900],
    mmPerClass: [0.9, 1.1], rooms: [0.7, 1.2], computers: [9, 16], books: [18, 30], land: [0.1, 100, 600] },
  townP: { students: [1400, 280, 1000, 2000], classSize: [39, 45], minClasses: 12, ratio: [13, 16], minTeachersPerClass: 1.8,
    degree: [0.86, 0.98], backbone: [0.1, 0.19], peArt: [0.11, 0.16], teach: [3.6, 5.2], sports: [5, 9.5], equip: [1500, 2700],
    mmPerClass: [0.85, 1.08], rooms: [0.6, 1.1], computers: [8, 15], books: [18, 32], land: [0.3, 300, 2000] },
  ruralP: { students: [650, 150, 400, 980], classSize: [32, 42], minClasses: 6, ratio: [11, 14], minTeachersPerClass: 1.6,
    degree: [0.78, 0.95], backbone: [0.06, 0.14], peArt: [0.07, 0.12], teach: [4.3, 6.8], sports: [6, 11], equip: [1500, 3000],
    mmPerClass: [0.7, 1.1], rooms: [0.4, 1], computers: [7, 14], books: [18, 34], land: [0.6, 800, 5000] },
  village: { students: [220, 80, 100, 400], classSize: [24, 38], minClasses: 6, ratio: [9, 13], minTeachersPerClass: 1.3,
    degree: [0.66, 0.92], backbone: [0, 0.07], peArt: [0.03, 0.09], teach: [4.4, 9], sports: [3.5, 9], equip: [1200, 3300],
    mmPerClass: [0.2, 0.8], rooms: [0, 1], computers: [5, 14], books: [15, 35], land: [0.65, 600, 6000] },
  point: { students: [48, 16, 20, 80], classSize: [12, 24], minClasses: 2, maxClasses: 4, ratio: [8, 14], minTeachersPerClass: 1,
    degree: [0.6, 0.95], backbone: [0, 0.05], peArt: [0, 0.12], teach: [4, 12], sports: [3, 14], equip: [1000, 4000],
    mmPerClass: [0.2, 0.6], rooms: [0, 0.4], computers: [3, 15], books: [12, 30], land: [0.5, 200, 2000] },
  urbanJ: { students: [1250, 180, 800, 1500], classSize: [45, 50], minClasses: 9, ratio: [11.5, 13.5], minTeachersPerClass: 2.8,
    degree: [0.86, 0.98], backbone: [0.12, 0.2], peArt: [0.1, 0.14], teach: [4.6, 6.6], sports: [6, 12], equip: [2100, 3400],
    mmPerClass: [1, 1.3], rooms: [0.7, 1.2], computers: [10, 18], books: [25, 40], land: [0.1, 100, 600] },
  townJ: { students: [900, 220, 500, 1500], classSize: [42, 50], minClasses: 9, ratio: [10, 13], minTeachersPerClass: 2.8,
    degree: [0.76, 0.93], backbone: [0.09, 0.17], peArt: [0.08, 0.13], teach: [5, 7], sports: [7, 12], equip: [1900, 3200],
    mmPerClass: [0.9, 1.25], rooms: [0.6, 1.1], computers: [9, 16], books: [25, 42], land: [0.3, 300, 2500] },
  ruralJ: { students: [450, 100, 300, 700], classSize: [28, 42], minClasses: 6, ratio: [7, 10], minTeachersPerClass: 3,
    degree: [0.62, 0.86], backbone: [0.03, 0.09], peArt: [0.07, 0.12], teach: [5.8, 9.5], sports: [8, 15], equip: [1800, 3600],
    mmPerClass: [0.5, 1], rooms: [0.3, 1], computers: [8, 16], books: [25, 45], land: [0.6, 1000, 8000] },
};

const clamp = (v: number, lo: number, hi: number): number => Math.min(hi, Math.max(lo, v));
/** A value in the range; a school's quality q (standard normal) moves it towards the high end. */
const at = (rng: Rng, r: Range, q: number): number => r[0] + (r[1] - r[0]) * clamp(0.5 + 0.3 * q + rng.normal(0, 0.2), 0, 1);

type Staff = Record<TeacherResourceKey, number>;
type Facilities = Omit<Resources, TeacherResourceKey>;

function staff(rng: Rng, p: Profile, students: number, classes: number, q: number): Staff {
  const ratio = at(rng, [p.ratio[1], p.ratio[0]], q);
  const teachers = Math.max(2, Math.ceil(classes * p.minTeachersPerClass), Math.round(students / ratio));
  const share = (r: Range): number => Math.min(teachers, Math.round(teachers * at(rng, r, q)));
  return {
    teachers,
    degreeTeachers: share(p.degree),
    backboneTeachers: share(p.backbone),
    peArtTeachers: share(p.peArt),
    seniorTitleTeachers: Math.round(teachers * rng.uniform(0.4, 0.75)),
  };
}

function facilities(rng: Rng, p: Profile, students: number, classes: number, q: number): Required<Facilities> {
  const rooms = (): number => Math.ceil(classes / 12) * at(rng, p.rooms, q);
  return {
    teachingArea: students * at(rng, p.teach, q),
    sportsArea: students * at(rng, p.sports, q),
    equipmentValue: students * at(rng, p.equip, q),
    multimediaRooms: classes * at(rng, p.mmPerClass, q),
    computers: (students * rng.uniform(p.computers[0], p.computers[1])) / 100,
    books: students * rng.uniform(p.books[0], p.books[1]),
    musicRooms: rooms(),
    artRooms: rooms(),
  };
}

function classesFor(rng: Rng, p: Profile, students: number): number {
  const c = Math.max(p.minClasses, Math.ceil(students / rng.uniform(p.classSize[0], p.classSize[1])));
  return p.maxClasses === undefined ? c : Math.min(p.maxClasses, c);
}

const sum = <T extends object>(a: T, b: T): T => {
  const out = { ...a } as Record<string, number>;
  for (const [k, v] of Object.entries(b)) out[k] = (out[k] ?? 0) + (v as number);
  return out as T;
};

interface Plan {
  kind: SchoolKind;
  level: SchoolLevel;
  location: Location;
  name: string;
  x: number;
  y: number;
  juniorParts?: boolean; // nine-year: give the junior part of teacher counts
}

function segment(kind: SchoolKind, location: Location): Segment {
  if (kind === 'village-primary') return 'village';
  if (kind === 'teaching-point') return 'point';
  return `${location}${kind === 'junior' ? 'J' : 'P'}`;
}

function buildSchool(rng: Rng, plan: Plan, id: string): School {
  const q = rng.normal();
  const base = { id, name: plan.name, level: plan.level, kind: plan.kind, location: plan.location };
  let students: number;
  let classes: number;
  let st: Staff;
  let fac: Required<Facilities>;
  let junior: Pick<School, 'juniorStudents' | 'juniorClasses' | 'juniorResources'> = {};
  let profile: Profile;
  if (plan.kind === 'nine-year') {
    const pp = PROFILES[plan.location === 'rural' ? 'ruralP' : 'townP'];
    const jp = PROFILES[plan.location === 'rural' ? 'ruralJ' : 'townJ'];
    profile = pp;
    students = Math.round(rng.normalIn(700, 250, 300, 1500));
    const juniorStudents = Math.round(students * rng.uniform(0.28, 0.42));
    const primaryStudents = students - juniorStudents;
    const pc = Math.max(6, Math.ceil(primaryStudents / rng.uniform(30, 44)));
    const jc = Math.max(3, Math.ceil(juniorStudents / rng.uniform(35, 49)));
    classes = pc + jc;
    const js = staff(rng, jp, juniorStudents, jc, q);
    st = sum(staff(rng, pp, primaryStudents, pc, q), js);
    fac = sum(facilities(rng, pp, primaryStudents, pc, q), facilities(rng, jp, juniorStudents, jc, q));
    junior = { juniorStudents, juniorClasses: jc, ...(plan.juniorParts ? { juniorResources: js } : {}) };
  } else {
    profile = PROFILES[segment(plan.kind, plan.location)];
    const [mean, sd, min, max] = profile.students;
    students = Math.round(rng.normalIn(mean, sd, min, max));
    classes = classesFor(rng, profile, students);
    st = staff(rng, profile, students, classes, q);
    fac = facilities(rng, profile, students, classes, q);
  }
  const eligibleTeachers = Math.round(st.teachers * rng.uniform(0.25, 0.4));
  const [landChance, landMin, landMax] = profile.land;
  const landAvailable = rng.chance(landChance) ? Math.round(rng.uniform(landMin, landMax) / 10) * 10 : 0;
  return {
    ...base,
    students,
    classes,
    ...junior,
    resources: {
      degreeTeachers: st.degreeTeachers,
      backboneTeachers: st.backboneTeachers,
      peArtTeachers: st.peArtTeachers,
      teachingArea: Math.round(fac.teachingArea),
      sportsArea: Math.round(fac.sportsArea),
      equipmentValue: Math.round(fac.equipmentValue / 100) * 100,
      multimediaRooms: Math.round(fac.multimediaRooms),
      teachers: st.teachers,
      seniorTitleTeachers: st.seniorTitleTeachers,
      computers: Math.round(fac.computers),
      books: Math.round(fac.books / 10) * 10,
      musicRooms: Math.round(fac.musicRooms),
      artRooms: Math.round(fac.artRooms),
    },
    eligibleTeachers,
    eligibleBackbone: Math.min(eligibleTeachers, st.backboneTeachers, Math.round(st.backboneTeachers * rng.uniform(0.5, 0.9))),
    landAvailable,
    x: Math.round(plan.x * 10) / 10,
    y: Math.round(plan.y * 10) / 10,
    extra: {},
  };
}

const FIRST = '李王张刘陈杨黄赵周吴徐孙马朱胡郭何罗高林郑梁谢宋唐韩冯邓曹彭曾萧田董潘袁蔡蒋余杜叶程魏苏吕丁沈石白龙金'.split('');
const SECOND = '家庄桥河口湾坪岭集店铺坝塘溪沟营寨岗埠园冲港洲坡圩堡墩垄滩渡楼岩峪川屯垭坂畈洼台场垸'.split('');
const PREFIX = '上下东西南北前后大小新老'.split('');
const DIGITS = '零一二三四五六七八九';

/** Chinese numeral for 1–999 (十一, 二十, 一百零五); larger numbers stay Arabic. */
export function chineseNumber(n: number): string {
  const d = (i: number): string => DIGITS[i] ?? '';
  if (n < 10) return d(n);
  if (n < 20) return '十' + (n % 10 ? d(n % 10) : '');
  if (n < 100) return d(Math.floor(n / 10)) + '十' + (n % 10 ? d(n % 10) : '');
  if (n < 1000) {
    const r = n % 100;
    return d(Math.floor(n / 100)) + '百' + (r === 0 ? '' : r < 10 ? '零' + d(r) : r < 20 ? '一' + chineseNumber(r) : chineseNumber(r));
  }
  return String(n);
}

function placeNames(rng: Rng): () => string {
  const two = rng.shuffle(FIRST.flatMap((a) => SECOND.map((b) => a + b)));
  let three: string[] = [];
  let i = 0;
  return () => {
    if (i < two.length) return two[i++] as string;
    if (three.length === 0) three = rng.shuffle(PREFIX.flatMap((p) => two.map((t) => p + t)));
    const k = i++ - two.length;
    return three[k % three.length] + (k >= three.length ? String(Math.floor(k / three.length) + 1) : '');
  };
}

const URBAN_JUNIOR = ['城南中学', '城北中学', '城东中学', '城西中学', '城关中学'];
const W = 60; // km, county width
const H = 50; // km, county height
const SEAT = { x: 30, y: 25 };

export function generateCounty(options: GenerateOptions): County {
  const n = Math.round(options.schools);
  if (!(n >= 10)) throw new RangeError(`a synthetic county needs at least 10 schools, got ${options.schools}`);
  const rng = createRng(options.seed);
  const nine = Math.max(1, Math.round(n * 0.04));
  const urbanP = Math.max(1, Math.round(n * 0.08));
  const urbanJ = Math.max(1, Math.round(n * 0.04));
  const towns = Math.max(2, Math.round(n * 0.13));
  const townJ = Math.max(1, Math.round(n * 0.09));
  const village = Math.max(1, Math.round(n * 0.38));
  const points = Math.max(0, n - nine - urbanP - urbanJ - towns - townJ - village);
  const place = placeNames(rng);
  const spacing = Math.sqrt((W * H) / towns);
  const near = (cx: number, cy: number, sd: number): { x: number; y: number } => ({
    x: clamp(cx + rng.normal(0, sd), 0.5, W - 0.5),
    y: clamp(cy + rng.normal(0, sd), 0.5, H - 0.5),
  });

  const centres: { x: number; y: number; isTown: boolean; name: string }[] = [];
  for (let t = 0; t < towns; t++) {
    const isTown = t % 5 < 3;
    let best = { x: 0, y: 0 };
    for (let attempt = 0; attempt < 30; attempt++) {
      best = { x: rng.uniform(3, W - 3), y: rng.uniform(3, H - 3) };
      const dSeat = Math.hypot(best.x - SEAT.x, best.y - SEAT.y);
      const ok = dSeat >= 6 && (!isTown || dSeat <= 22) && centres.every((c) => Math.hypot(c.x - best.x, c.y - best.y) >= 0.55 * spacing);
      if (ok) break;
    }
    centres.push({ ...best, isTown, name: place() });
  }

  const perTown: Plan[][] = centres.map(() => []);
  const urban: Plan[] = [];
  for (let i = 0; i < urbanP; i++) {
    urban.push({ kind: 'other', level: 'primary', location: 'urban', name: `城关第${chineseNumber(i + 1)}小学`, ...near(SEAT.x, SEAT.y, 1.5) });
  }
  for (let i = 0; i < urbanJ; i++) {
    const name = URBAN_JUNIOR[i] ?? `城关第${chineseNumber(i - URBAN_JUNIOR.length + 2)}初级中学`;
    urban.push({ kind: 'junior', level: 'junior', location: 'urban', name, ...near(SEAT.x, SEAT.y, 1.8) });
  }
  type Centre = (typeof centres)[number];
  const townPlans = (t: number, make: (c: Centre) => Omit<Plan, 'x' | 'y' | 'location'>, sd: number, village = false): void => {
    const c = centres[t % towns] as Centre;
    const location: Location = c.isTown && !village ? 'town' : 'rural';
    perTown[t % towns]?.push({ ...make(c), location, ...near(c.x, c.y, sd) });
  };
  const suffix = (c: { isTown: boolean }): string => (c.isTown ? '镇' : '乡');
  const villageSd = Math.min(6, 0.3 * spacing);
  for (let t = 0; t < towns; t++) {
    townPlans(t, (c) => ({ kind: 'central-primary', level: 'primary', name: `${c.name}${suffix(c)}中心小学` }), 0.4);
  }
  for (let t = 0; t < townJ; t++) townPlans(t, (c) => ({ kind: 'junior', level: 'junior', name: `${c.name}${suffix(c)}中学` }), 0.6);
  for (let t = 0; t < nine; t++) {
    townPlans(townJ + t, () => ({ kind: 'nine-year', level: 'nine-year', name: `${place()}九年一贯制学校`, juniorParts: t % 2 === 0 }), 0.8);
  }
  for (let i = 0; i < village; i++) {
    townPlans(rng.int(0, towns - 1), () => ({ kind: 'village-primary', level: 'primary', name: `${place()}村小学` }), villageSd, true);
  }
  for (let i = 0; i < points; i++) {
    townPlans(rng.int(0, towns - 1), () => ({ kind: 'teaching-point', level: 'primary', name: `${place()}教学点` }), villageSd, true);
  }

  const plans = [...urban, ...perTown.flat()];
  const width = Math.max(3, String(plans.length).length);
  const seen = new Set<string>();
  const schools = plans.map((plan, i) => {
    let name = plan.name;
    for (let k = 2; seen.has(name); k++) name = `${plan.name}（${k}）`;
    seen.add(name);
    return buildSchool(rng, { ...plan, name }, `S${String(i + 1).padStart(width, '0')}`);
  });
  return { source: options.name ?? `synthetic county (seed ${options.seed}, ${n} schools)`, schools, ignoredColumns: [] };
}
