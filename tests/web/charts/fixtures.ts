/** Small fixed plan data for chart tests (yuan, persons, ratios). */
import type { BaseYear } from '../../../engine/plan/base-year.ts';
import type { Rotation } from '../../../engine/plan/types.ts';
import type { ShadowPrice, SolveReport, YearSummary } from '../../../engine/optimize/solve-report.ts';

const zeroCv = (v: number) => ({
  degreeTeachers: v, backboneTeachers: v + 0.12, peArtTeachers: v - 0.05, teachingArea: v * 0.6,
  sportsArea: v * 0.8, equipmentValue: v + 0.02, multimediaRooms: v * 0.5,
});

export const YEARS: YearSummary[] = [
  {
    year: 2026, budget: 30_000_000, available: 30_000_000,
    spend: { construction: 12_000_000, equipment: 5_000_000, multimedia: 1_000_000, hiring: 4_000_000, upgrades: 600_000, rotation: 240_000, total: 22_840_000 },
    cv: { primary: zeroCv(0.42), junior: zeroCv(0.4) }, schoolsPassing: 5, schoolsTotal: 12, floor: 0.7, countyPasses: false,
  },
  {
    year: 2027, budget: 30_000_000, available: 37_160_000,
    spend: { construction: 20_000_000, equipment: 6_000_000, multimedia: 2_500_000, hiring: 6_000_000, upgrades: 300_000, rotation: 300_000, total: 35_100_000 },
    cv: { primary: zeroCv(0.36), junior: zeroCv(0.34) }, schoolsPassing: 9, schoolsTotal: 12, floor: 0.86, countyPasses: false,
  },
  {
    year: 2028, budget: 25_000_000, available: 27_060_000,
    spend: { construction: 8_000_000, equipment: 3_000_000, multimedia: 500_000, hiring: 8_000_000, upgrades: 0, rotation: 360_000, total: 19_860_000 },
    cv: { primary: zeroCv(0.3), junior: zeroCv(0.28) }, schoolsPassing: 12, schoolsTotal: 12, floor: 1.02, countyPasses: true,
  },
];

/** The data year before YEARS: 2025 as imported, more schools evaluated (one falls out in 2026), backbone over the limit. */
export const BASE: BaseYear = {
  year: 2025, cv: { primary: zeroCv(0.46), junior: zeroCv(0.44) }, schoolsPassing: 3, schoolsTotal: 13, schoolsExcluded: 1, floor: 0.4, countyPasses: false,
};

export const SCHOOLS = [
  { id: 'S01', name: '城关第一小学', x: 0, y: 0 },
  { id: 'S02', name: '河西中心小学', x: 12, y: 4 },
  { id: 'S03', name: '北山村小', x: 3, y: 18 },
  { id: 'S04', name: '城关初级中学', x: -6, y: 2 },
  { id: 'S05', name: '南湖九年一贯制学校', x: 8, y: -10 },
];

export const ROTATIONS: Rotation[] = [
  { year: 2026, from: 'S01', to: 'S03', category: 'backbone', teachers: 2, untilYear: 2028, distanceKm: 18.2 },
  { year: 2026, from: 'S01', to: 'S02', category: 'general', teachers: 3, untilYear: 2028, distanceKm: 12.6 },
  { year: 2026, from: 'S04', to: 'S05', category: 'general', teachers: 1, untilYear: 2028, distanceKm: 18.4 },
  { year: 2027, from: 'S02', to: 'S03', category: 'general', teachers: 4, untilYear: 2029, distanceKm: 16.6 },
  { year: 2027, from: 'S04', to: 'S01', category: 'backbone', teachers: 1, untilYear: 2029, distanceKm: 6.3 },
];

export const SHADOW: ShadowPrice[] = [
  { year: 2026, perMillion: 0.031, method: 'dual', message: { zh: '2026年每增加100万元，最低达标比提高0.031', en: 'the next 1 million yuan in 2026 raises the floor by 0.031' } },
  { year: 2027, perMillion: 0.012, method: 'dual', message: { zh: '2027年每增加100万元，最低达标比提高0.012', en: 'the next 1 million yuan in 2027 raises the floor by 0.012' } },
  { year: 2028, perMillion: 0, method: 'dual', message: { zh: '2028年每增加100万元，最低达标比提高0.000', en: 'the next 1 million yuan in 2028 raises the floor by 0.000' } },
];

/** Indicator values in the standard's units (per 100 students, m² or yuan per student). */
export const VALUES: SolveReport['values'] = [
  { year: 2026, schoolId: 'S01', level: 'primary', values: { degreeTeachers: 5.1, backboneTeachers: 1.2, peArtTeachers: 0.95, teachingArea: 4.8, sportsArea: 7.9, equipmentValue: 2300, multimediaRooms: 2.5 } },
  { year: 2026, schoolId: 'S02', level: 'primary', values: { degreeTeachers: 3.9, backboneTeachers: 0.6, peArtTeachers: 0.9, teachingArea: 3.1, sportsArea: 9.5, equipmentValue: 1500, multimediaRooms: 2.3 } },
  { year: 2026, schoolId: 'S05', level: 'junior', values: { degreeTeachers: 5.3, backboneTeachers: 1.4, peArtTeachers: 0.7, teachingArea: 6.1, sportsArea: 12, equipmentValue: 2400, multimediaRooms: 3.1 } },
  { year: 2027, schoolId: 'S01', level: 'primary', values: { degreeTeachers: 5.2, backboneTeachers: 1.3, peArtTeachers: 1, teachingArea: 4.9, sportsArea: 8, equipmentValue: 2400, multimediaRooms: 2.6 } },
];
