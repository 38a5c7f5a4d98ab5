/** The scenario file schema (YAML or JSON): one TypeBox schema gives validation and the TS types. */
import { Type, type Static } from '@sinclair/typebox';

/** yuan; 10 trillion, past any county's money, so costs and budgets stay finite in the model. */
const MAX_YUAN = 1e13;
/** m² of one building project (1,000 ha). */
const MAX_PROJECT_AREA = 1e7;
/** seconds per solver stage (one day); the server's deadline timer must stay below 2^31 ms. */
const MAX_TIME_LIMIT = 86_400;
/**
 * An amount written as an expression with money units, e.g. "1000万" (see scenario/amounts.ts). Variables: `year`,
 * years since the data year (1 in the first plan year, 2 in the next…), and `calendarYear` (e.g. 2026).
 */
const YEAR_NOTE = '`year` is the number of years since the data year (1 in the first plan year), `calendarYear` the plan year';
const Expression = Type.String({ minLength: 1, maxLength: 200, pattern: '[0-9]', description: `an expression with at least one digit; money units 元 千 万 亿; ${YEAR_NOTE}` });
const Yuan = (description: string) => Type.Union([Type.Number({ minimum: 0, maximum: MAX_YUAN }), Expression], {
  description: `${description}; a number or an expression such as "25000", "2.5万" or "2800 * 1.05^year" (${YEAR_NOTE}; the amount is worked out for each plan year)`,
});
const Share = (description: string) => Type.Number({ minimum: 0, maximum: 1, description });
const Amount = Type.Number({ minimum: 0, maximum: MAX_YUAN });
const PerYear = (description: string) => Type.Union([Amount, Type.Array(Amount, { minItems: 1 })], { description });

export const CostsSchema = Type.Object({
  teachingAreaPerM2: Type.Optional(Yuan('yuan per m² of teaching building')),
  sportsAreaPerM2: Type.Optional(Yuan('yuan per m² of sports ground')),
  multimediaRoom: Type.Optional(Yuan('yuan per multimedia classroom fit-out')),
  teacherPerYear: Type.Optional(Yuan('yuan per new teacher per year')),
  backboneTeacherPerYear: Type.Optional(Yuan('yuan per recruited backbone teacher per year')),
  degreeUpgrade: Type.Optional(Yuan('yuan per degree upgrade')),
  rotationSubsidyPerYear: Type.Optional(Yuan('yuan per rotated teacher per year')),
}, { additionalProperties: false });

export const ProjectSchema = Type.Object({
  id: Type.String({ minLength: 1 }),
  school: Type.String({ minLength: 1, description: 'school id' }),
  kind: Type.Union([Type.Literal('teaching'), Type.Literal('sports')]),
  area: Type.Number({ exclusiveMinimum: 0, maximum: MAX_PROJECT_AREA, description: 'm²' }),
  cost: Type.Optional(Yuan('fixed cost; default area × unit cost')),
  earliestYear: Type.Optional(Type.Integer({ description: 'first year it may start' })),
}, { additionalProperties: false });

export const ScenarioSchema = Type.Object({
  name: Type.String({ minLength: 1, maxLength: 200, description: 'at most 200 characters; control and bidi characters are removed' }),
  description: Type.Optional(Type.String()),
  standard: Type.Optional(Type.String({ description: 'quality-2017 (default) or basic-2012' })),
  horizon: Type.Optional(Type.Array(Type.Integer({ minimum: 2000, maximum: 2100 }), { minItems: 1, maxItems: 10, description: 'plan years from 2000 to 2100, increasing and consecutive; default three' })),
  budget: Type.Object({
    perYear: Type.Union([Amount, Expression, Type.Array(Type.Union([Amount, Expression]), { minItems: 1 })], {
      description: `yuan available each year: one number or expression for every year (e.g. "1000万", "3000万 * 1.05^year"), or one per year; ${YEAR_NOTE}`,
    }),
    carryOver: Type.Optional(Type.Boolean({ description: 'unspent money moves to the next year' })),
  }, { additionalProperties: false }),
  costs: Type.Optional(CostsSchema),
  enrollment: Type.Optional(Type.Object({
    growth: Type.Optional(Type.Object({
      default: Type.Optional(Type.Number({ minimum: -0.5, maximum: 1 })),
      urban: Type.Optional(Type.Number({ minimum: -0.5, maximum: 1 })),
      town: Type.Optional(Type.Number({ minimum: -0.5, maximum: 1 })),
      rural: Type.Optional(Type.Number({ minimum: -0.5, maximum: 1 })),
    }, { additionalProperties: false, description: 'yearly growth rate of students by location' })),
    schools: Type.Optional(Type.Record(Type.String(), Type.Number({ minimum: -0.5, maximum: 1 }), { description: 'yearly growth rate by school id' })),
    table: Type.Optional(Type.Record(Type.String(), Type.Array(Type.Integer({ minimum: 1 }), { minItems: 1 }), { description: 'students per plan year by school id' })),
  }, { additionalProperties: false })),
  uncertainty: Type.Optional(Type.Object({
    distribution: Type.Optional(Type.Union([Type.Literal('normal'), Type.Literal('triangular')])),
    spread: Type.Optional(Type.Object({
      default: Type.Optional(Type.Number({ minimum: 0, maximum: 0.5 })),
      urban: Type.Optional(Type.Number({ minimum: 0, maximum: 0.5 })),
      town: Type.Optional(Type.Number({ minimum: 0, maximum: 0.5 })),
      rural: Type.Optional(Type.Number({ minimum: 0, maximum: 0.5 })),
    }, { additionalProperties: false, description: 'sd (normal) or half-width (triangular) of the yearly growth rate, by location' })),
    schools: Type.Optional(Type.Record(Type.String(), Type.Number({ minimum: 0, maximum: 0.5 }), { description: 'spread by school id' })),
    correlation: Type.Optional(Share('correlation of the yearly shocks of schools in the same group')),
    groupBy: Type.Optional(Type.Union([Type.Literal('location'), Type.Literal('level')])),
    seed: Type.Optional(Type.Integer({ minimum: 0 })),
  }, { additionalProperties: false, description: 'enrollment uncertainty for Monte Carlo simulation and robust plans' })),
  robust: Type.Optional(Type.Object({
    quantile: Type.Optional(Type.Object({
      growing: Type.Optional(Share('quantile of students planned for at growing schools')),
      shrinking: Type.Optional(Share('quantile of students planned for at shrinking schools')),
    }, { additionalProperties: false })),
    paths: Type.Optional(Type.Integer({ minimum: 1, maximum: 10000, description: 'sampled paths the quantiles are taken over' })),
    seed: Type.Optional(Type.Integer({ minimum: 0 })),
  }, { additionalProperties: false, description: 'plan against a quantile of sampled enrollment instead of the projection' })),
  policy: Type.Optional(Type.Object({
    rotation: Type.Optional(Type.Object({
      minShare: Type.Optional(Share('share of eligible teachers rotating each year')),
      backboneShare: Type.Optional(Share('minimum share of backbone teachers among those rotated')),
      countsAtReceiver: Type.Optional(Type.Boolean()),
      maxOutShare: Type.Optional(Share('most of a donor school\'s teachers rotating out in a year')),
      protectDonors: Type.Optional(Type.Boolean()),
      termYears: Type.Optional(Type.Integer({ minimum: 1, maximum: 10 })),
      donorRule: Type.Optional(Type.Union([Type.Literal('national'), Type.Literal('county-ratio')], { description: 'who sends: national (城镇学校 and 优质学校, default) or county-ratio' })),
      levelAware: Type.Optional(Type.Boolean({ description: 'primary teachers go to junior schools only with a junior certificate (default true)' })),
    }, { additionalProperties: false })),
  }, { additionalProperties: false })),
  construction: Type.Optional(Type.Object({
    leadYears: Type.Optional(Type.Integer({ minimum: 0, maximum: 5 })),
    allowExpansion: Type.Optional(Type.Boolean({ description: 'build teaching/sports area by the m² at any school (within land)' })),
    useLandLimits: Type.Optional(Type.Boolean()),
    buildingFloors: Type.Optional(Type.Number({ minimum: 1 })),
    projects: Type.Optional(Type.Array(ProjectSchema)),
  }, { additionalProperties: false })),
  hiring: Type.Optional(Type.Object({
    maxNewTeachers: Type.Optional(PerYear('new teachers per year, county total')),
    quota: Type.Optional(Type.Integer({ minimum: 0, description: 'county staffing quota (编制), all teachers' })),
    allowBackboneRecruitment: Type.Optional(Type.Boolean()),
  }, { additionalProperties: false })),
  objective: Type.Optional(Type.Object({
    kind: Type.Optional(Type.Union(['floor', 'shortfall', 'mincost', 'cv'].map((k) => Type.Literal(k)))),
    targets: Type.Optional(Type.Array(Share('share of schools passing'), { minItems: 1 })),
    tieBreak: Type.Optional(Type.Union(['cost', 'shortfall', 'none'].map((k) => Type.Literal(k)))),
    margin: Type.Optional(Type.Number({ minimum: 0, maximum: 0.5, description: 'plan every target indicator to at least (1 + margin) × standard, e.g. 0.02' })),
  }, { additionalProperties: false })),
  schoolConditions: Type.Optional(Type.Object({
    classrooms: Type.Optional(Type.Object({
      unitCost: Type.Optional(Yuan('yuan per standard classroom (标准教室); default area × teaching building cost')),
      area: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 1000, description: 'm² of teaching area per standard classroom; default 80' })),
      noOverSizeFrom: Type.Optional(Type.Integer({ description: 'plan year from which no class is over size (primary 45, junior 50)' })),
      everyPupilSeated: Type.Optional(Type.Boolean({ description: 'every pupil has a seat (classes × limit ≥ pupils) in every plan year' })),
    }, { additionalProperties: false, description: 'build standard classrooms: each adds a class after the construction lead time' })),
    artsRooms: Type.Optional(Type.Object({
      musicRoomCost: Type.Optional(Yuan('yuan per music room; default 96 m² × teaching building cost')),
      artRoomCost: Type.Optional(Yuan('yuan per art room; default 90 m² × teaching building cost')),
      meetFrom: Type.Optional(Type.Integer({ description: 'plan year from which every school has one music and one art room per 12 classes' })),
    }, { additionalProperties: false, description: 'fit out music and art rooms (same year, like multimedia rooms)' })),
  }, { additionalProperties: false })),
  commitments: Type.Optional(Type.Object({
    operatingFunds: Type.Optional(Type.Boolean({ description: 'take the per-pupil operating funds (生均公用经费) of every school from each year\'s budget first' })),
    teacherTraining: Type.Optional(Type.Boolean({ description: 'take only their teacher-training share (operating funds paid from another line)' })),
    perPupil: Type.Optional(Type.Object({
      primary: Type.Optional(Type.Number({ minimum: 0, maximum: 1e6, description: 'yuan per primary pupil and year; default 650' })),
      junior: Type.Optional(Type.Number({ minimum: 0, maximum: 1e6, description: 'yuan per junior pupil and year; default 850' })),
    }, { additionalProperties: false })),
    minPupils: Type.Optional(Type.Integer({ minimum: 0, maximum: 10_000, description: 'smaller schools funded as this many pupils; default 100' })),
    trainingShare: Type.Optional(Share('share of the operating funds for teacher training; default 0.05')),
  }, { additionalProperties: false })),
  integer: Type.Optional(Type.Boolean({ description: 'teachers, rooms and projects as whole numbers' })),
  solver: Type.Optional(Type.Object({
    timeLimitSeconds: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: MAX_TIME_LIMIT })),
    mipRelGap: Type.Optional(Type.Number({ minimum: 0, maximum: 1 })),
  }, { additionalProperties: false })),
}, { additionalProperties: false, $id: 'Scenario' });

/** A scenario as written in the file. */
export type ScenarioFile = Static<typeof ScenarioSchema>;
export type ObjectiveKind = 'floor' | 'shortfall' | 'mincost' | 'cv';
export type TieBreak = 'cost' | 'shortfall' | 'none';
export type ProjectSpec = Static<typeof ProjectSchema>;
