/**
 * The columns a county file may have: canonical English header, accepted aliases
 * (Chinese headers as exported by Excel/WPS from the statistics system) and type.
 */
import type { ResourceKey, School, TeacherResourceKey } from './types.ts';

export type ColumnType = 'text' | 'count' | 'number' | 'level' | 'kind' | 'location';

export interface ColumnSpec {
  header: string;
  aliases: readonly string[];
  type: ColumnType;
  required: boolean;
  /** Where the value goes in School. */
  target:
    | { field: 'id' | 'name' | 'level' | 'kind' | 'location' }
    | { field: 'students' | 'classes' | 'juniorStudents' | 'juniorClasses' | 'seniorStudents' | 'largestClass' }
    | { field: 'musicRoomArea' | 'artRoomArea' }
    | { field: 'eligibleTeachers' | 'eligibleBackbone' | 'eligibleJuniorCertified' | 'landAvailable' | 'x' | 'y' }
    | { resource: ResourceKey }
    | { juniorResource: TeacherResourceKey };
}

const col = (
  header: string,
  aliases: readonly string[],
  type: ColumnType,
  required: boolean,
  target: ColumnSpec['target'],
): ColumnSpec => ({ header, aliases, type, required, target });

export const COLUMNS: readonly ColumnSpec[] = [
  col('id', ['学校代码', '学校标识码', '学校编号', '代码', 'school_id'], 'text', true, { field: 'id' }),
  col('name', ['学校名称', '名称', '校名', 'school_name'], 'text', true, { field: 'name' }),
  col('level', ['学段', '办学层次', '学校层次'], 'level', true, { field: 'level' }),
  col('students', ['在校生数', '学生数', '在校学生数'], 'count', true, { field: 'students' }),
  col('classes', ['班级数', '教学班数', '班数'], 'count', true, { field: 'classes' }),
  col('degree_teachers', ['高于规定学历教师数', '高学历教师数'], 'number', true, { resource: 'degreeTeachers' }),
  col('backbone_teachers', ['骨干教师数', '县级以上骨干教师数'], 'number', true, { resource: 'backboneTeachers' }),
  col('pe_art_teachers', ['体育艺术专任教师数', '体育艺术教师数', '体艺教师数'], 'number', true, { resource: 'peArtTeachers' }),
  col('teaching_area_m2', ['教学及辅助用房面积', '教学辅助用房面积'], 'number', true, { resource: 'teachingArea' }),
  col('sports_area_m2', ['体育运动场馆面积', '运动场馆面积'], 'number', true, { resource: 'sportsArea' }),
  col('equipment_value_yuan', ['教学仪器设备值', '教学仪器设备总值'], 'number', true, { resource: 'equipmentValue' }),
  col('multimedia_rooms', ['网络多媒体教室数', '多媒体教室数'], 'number', true, { resource: 'multimediaRooms' }),
  col('junior_students', ['初中在校生数', '初中学生数'], 'count', false, { field: 'juniorStudents' }),
  col('junior_classes', ['初中班级数'], 'count', false, { field: 'juniorClasses' }),
  col('senior_students', ['高中在校生数', '高中学生数'], 'count', false, { field: 'seniorStudents' }),
  col('largest_class', ['最大班额', '最大班级人数'], 'count', false, { field: 'largestClass' }),
  col('junior_degree_teachers', ['初中高于规定学历教师数'], 'number', false, { juniorResource: 'degreeTeachers' }),
  col('junior_backbone_teachers', ['初中骨干教师数'], 'number', false, { juniorResource: 'backboneTeachers' }),
  col('junior_pe_art_teachers', ['初中体育艺术专任教师数'], 'number', false, { juniorResource: 'peArtTeachers' }),
  col('junior_teachers', ['初中专任教师数'], 'number', false, { juniorResource: 'teachers' }),
  col('junior_senior_title_teachers', ['初中中级及以上职称教师数'], 'number', false, { juniorResource: 'seniorTitleTeachers' }),
  col('teachers', ['专任教师数', '教师数'], 'number', false, { resource: 'teachers' }),
  col('senior_title_teachers', ['中级及以上职称教师数', '中高级职称教师数'], 'number', false, { resource: 'seniorTitleTeachers' }),
  col('computers', ['计算机台数', '教学用计算机台数'], 'number', false, { resource: 'computers' }),
  col('books', ['图书册数', '图书藏量'], 'number', false, { resource: 'books' }),
  col('eligible_teachers', ['符合交流条件教师数', '应交流教师数'], 'count', false, { field: 'eligibleTeachers' }),
  col('eligible_backbone', ['符合交流条件骨干教师数', '应交流骨干教师数'], 'count', false, { field: 'eligibleBackbone' }),
  col('eligible_junior_certified', ['符合交流条件且具有初中教师资格的教师数', '具有初中教师资格的应交流教师数'], 'count', false, { field: 'eligibleJuniorCertified' }),
  col('land_available_m2', ['可用土地面积', '可用地面积'], 'number', false, { field: 'landAvailable' }),
  col('music_rooms', ['音乐教室数'], 'number', false, { resource: 'musicRooms' }),
  col('art_rooms', ['美术教室数'], 'number', false, { resource: 'artRooms' }),
  col('music_room_area_m2', ['音乐教室面积', '音乐专用教室面积'], 'number', false, { field: 'musicRoomArea' }),
  col('art_room_area_m2', ['美术教室面积', '美术专用教室面积'], 'number', false, { field: 'artRoomArea' }),
  col('kind', ['学校类型', '办学类型'], 'kind', false, { field: 'kind' }),
  col('location', ['城乡分类', '城乡类型', '所在地'], 'location', false, { field: 'location' }),
  col('x', ['横坐标', '经度'], 'number', false, { field: 'x' }),
  col('y', ['纵坐标', '纬度'], 'number', false, { field: 'y' }),
];

const PERSONS = 10_000; // teachers of one school
const AREA = 10_000_000; // m², 10 km²
const ROOMS = 10_000;
/**
 * Largest value one school can plausibly hold, by canonical header; beyond it the cell is a typing or
 * unit error (1e12 students, yuan typed as fen), refused rather than planned with.
 */
export const PLAUSIBLE_MAX: Readonly<Record<string, number>> = {
  students: 100_000, classes: 2_000, junior_students: 100_000, junior_classes: 2_000, senior_students: 100_000,
  largest_class: 200, music_room_area_m2: AREA, art_room_area_m2: AREA,
  degree_teachers: PERSONS, backbone_teachers: PERSONS, pe_art_teachers: PERSONS, teachers: PERSONS, senior_title_teachers: PERSONS,
  junior_degree_teachers: PERSONS, junior_backbone_teachers: PERSONS, junior_pe_art_teachers: PERSONS, junior_teachers: PERSONS,
  junior_senior_title_teachers: PERSONS, eligible_teachers: PERSONS, eligible_backbone: PERSONS, eligible_junior_certified: PERSONS,
  teaching_area_m2: AREA, sports_area_m2: AREA, land_available_m2: AREA,
  equipment_value_yuan: 10_000_000_000, // yuan
  multimedia_rooms: ROOMS, music_rooms: ROOMS, art_rooms: ROOMS,
  computers: 100_000, books: 10_000_000, // units, volumes
};

export const LEVEL_ALIASES: Readonly<Record<string, School['level']>> = {
  primary: 'primary', 小学: 'primary',
  junior: 'junior', 初中: 'junior', 初级中学: 'junior',
  'nine-year': 'nine-year', nine_year: 'nine-year', nineyear: 'nine-year', 九年一贯制: 'nine-year', 九年一贯制学校: 'nine-year',
  'complete-secondary': 'complete-secondary', complete_secondary: 'complete-secondary', completesecondary: 'complete-secondary',
  完全中学: 'complete-secondary', 完中: 'complete-secondary',
  'twelve-year': 'twelve-year', twelve_year: 'twelve-year', twelveyear: 'twelve-year', 十二年一贯制: 'twelve-year', 十二年一贯制学校: 'twelve-year',
};

export const KIND_ALIASES: Readonly<Record<string, NonNullable<School['kind']>>> = {
  'central-primary': 'central-primary', 中心小学: 'central-primary', 中心校: 'central-primary',
  'village-primary': 'village-primary', 村小: 'village-primary', 村完小: 'village-primary',
  'teaching-point': 'teaching-point', 教学点: 'teaching-point',
  junior: 'junior', 初中: 'junior', 初级中学: 'junior',
  'nine-year': 'nine-year', 九年一贯制: 'nine-year', 九年一贯制学校: 'nine-year',
  special: 'special', 特殊教育学校: 'special', 特教学校: 'special',
  vocational: 'vocational', 职业学校: 'vocational',
  other: 'other', 其他: 'other',
};

export const LOCATION_ALIASES: Readonly<Record<string, NonNullable<School['location']>>> = {
  urban: 'urban', 城区: 'urban', 城市: 'urban',
  town: 'town', 镇区: 'town', 镇: 'town', 县镇: 'town',
  rural: 'rural', 乡村: 'rural', 农村: 'rural',
};

/** Chinese header for each canonical header, used when writing files for Chinese users. */
export function chineseHeader(spec: ColumnSpec): string {
  return spec.aliases.find((a) => /[\u4e00-\u9fff]/.test(a)) ?? spec.header;
}
