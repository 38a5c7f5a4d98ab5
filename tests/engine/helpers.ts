import type { County, Resources, School } from '../../engine/county/types.ts';

/** A primary school that meets every quality-2017 primary threshold comfortably. */
export function school(id: string, overrides: Partial<Omit<School, 'resources'>> & { resources?: Partial<Resources> } = {}): School {
  const students = overrides.students ?? 500;
  const base: Resources = {
    degreeTeachers: Math.ceil(students * 0.05),
    backboneTeachers: Math.ceil(students * 0.012),
    peArtTeachers: Math.ceil(students * 0.01),
    teachingArea: students * 5,
    sportsArea: students * 8,
    equipmentValue: students * 2200,
    multimediaRooms: Math.ceil(students * 0.025),
  };
  const { resources, ...rest } = overrides;
  return { id, name: `学校${id}`, level: 'primary', students, classes: Math.ceil(students / 40), extra: {}, ...rest, resources: { ...base, ...resources } };
}

export function county(schools: School[]): County {
  return { source: 'test', schools, ignoredColumns: [] };
}
