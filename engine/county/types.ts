/** Compulsory-education school data for one county, as imported. */

/**
 * 'complete-secondary' 完全中学 (junior + senior; only the junior part is evaluated);
 * 'twelve-year' 十二年一贯制 (primary + junior + senior; only the compulsory parts are evaluated).
 */
export type SchoolLevel = 'primary' | 'junior' | 'nine-year' | 'complete-secondary' | 'twelve-year';
/** Levels whose school has more than one part (the data gives the junior and senior students). */
export const MULTI_PART_LEVELS: readonly SchoolLevel[] = ['nine-year', 'complete-secondary', 'twelve-year'];
/** The two levels the evaluation compares schools within; a nine-year school counts in both. */
export type EvaluatedLevel = 'primary' | 'junior';
export const EVALUATED_LEVELS: readonly EvaluatedLevel[] = ['primary', 'junior'];

export type SchoolKind =
  | 'central-primary'
  | 'village-primary'
  | 'teaching-point'
  | 'junior'
  | 'nine-year'
  | 'special'
  | 'vocational'
  | 'other';

export type Location = 'urban' | 'town' | 'rural';

/** Resources a school holds, whole school (both levels of a nine-year school together). */
export interface Resources {
  degreeTeachers: number; // persons above the required degree
  backboneTeachers: number; // persons, county level or higher
  peArtTeachers: number; // persons, PE + music + fine art
  teachingArea: number; // m², teaching and auxiliary rooms
  sportsArea: number; // m², grounds and halls
  equipmentValue: number; // yuan
  multimediaRooms: number; // rooms
  teachers?: number; // persons, all full-time teachers
  seniorTitleTeachers?: number; // persons with intermediate-or-higher title
  computers?: number; // units
  books?: number; // volumes
  musicRooms?: number; // rooms
  artRooms?: number; // rooms
}

export type ResourceKey = keyof Resources;

/** Teacher counts may be given for the junior part of a nine-year school. */
export type TeacherResourceKey = 'degreeTeachers' | 'backboneTeachers' | 'peArtTeachers' | 'teachers' | 'seniorTitleTeachers';

export interface School {
  id: string;
  name: string;
  level: SchoolLevel;
  kind?: SchoolKind;
  location?: Location;
  students: number; // persons, whole school
  classes: number;
  juniorStudents?: number; // multi-part schools only: students in grades 7–9
  juniorClasses?: number;
  /** 完全中学 and 十二年一贯制 only: students in grades 10–12 (counted in `students`, never evaluated). */
  seniorStudents?: number;
  /** Pupils in the school's largest class, where the data gives it (the class-size rule is about every class). */
  largestClass?: number;
  /** Total area of the music rooms and of the art rooms, m², where the data gives it. */
  musicRoomArea?: number;
  artRoomArea?: number;
  resources: Resources;
  /** Multi-part schools only: junior part of teacher counts where the file gives it (else split by students). */
  juniorResources?: Partial<Record<TeacherResourceKey, number>>;
  eligibleTeachers?: number; // persons, six or more consecutive years at this school
  eligibleBackbone?: number; // persons, eligible and backbone
  /** Primary schools: eligible teachers who hold a junior (初中) or higher teacher certificate and so may rotate to a junior school. */
  eligibleJuniorCertified?: number;
  landAvailable?: number; // m² of land free for sports grounds or buildings
  x?: number; // km, for rotation distances
  y?: number; // km
  /** Columns the importer did not know, kept as text. */
  extra: Record<string, string>;
  /** Where the school came from: 1-based spreadsheet row (header is row 1). */
  row?: number;
}

export interface County {
  /** File name or label the data came from. */
  source: string;
  schools: School[];
  /** Header names present in the source that were not used. */
  ignoredColumns: string[];
}
