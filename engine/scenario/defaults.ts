/**
 * Planning defaults, each overridable per scenario. Sources: ../shared/domain.md "Planning costs"
 * ([P] partly confirmed, [U] planning assumption) and "Government-guarantee rules" ([V]).
 */
export const DEFAULT_COSTS = {
  teachingAreaPerM2: 2800, // yuan/m², teaching building construction [P], range 2,100–3,300
  sportsAreaPerM2: 300, // yuan/m², outdoor ground build/resurface [P], range 180–360
  multimediaRoom: 25000, // yuan/room fit-out [P], range 10,000–30,000
  teacherPerYear: 100000, // yuan/year per new teacher, employment cost [U], range 80,000–150,000
  backboneTeacherPerYear: 130000, // yuan/year per recruited backbone teacher [U]: teacher cost plus a 30% premium
  degreeUpgrade: 15000, // yuan per serving teacher upgraded to the required degree [U]
  rotationSubsidyPerYear: 6000, // yuan/teacher/year while rotated [U], range 2,400–12,000
} as const;

export const DEFAULT_ROTATION = {
  minShare: 0.1, // of eligible teachers, each year [V]
  backboneShare: 0.2, // of those rotated [V]
  countsAtReceiver: true, // domain.md default; province-specific (Anhui keeps the post at the origin)
  maxOutShare: 0.15, // of a donor school's teachers per year [U]
  protectDonors: true,
  termYears: 1, // years a rotated teacher stays at the receiving school [U]
  donorRule: 'national', // 教师〔2014〕4号: 城镇学校 and 优质学校 send (standards/rotation-rules.ts)
  levelAware: true, // 《教师资格条例》第五条: junior → primary allowed, primary → junior only with a junior certificate
} as const;

export const DEFAULT_CONSTRUCTION = {
  leadYears: 1, // a building started in year t serves from t+1 [V]
  buildingFloors: 4, // land per m² of teaching building = 1/floors [U]
} as const;

export const DEFAULT_SOLVER = {
  timeLimitSeconds: 30,
  mipRelGap: 0.01,
} as const;

export const DEFAULT_HORIZON = [2026, 2027, 2028] as const;
