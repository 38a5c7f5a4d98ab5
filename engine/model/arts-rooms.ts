/**
 * Music and art rooms as decisions (issue 15 item 2), like multimedia rooms: fitted in year t, they count the same
 * year. Optional target: from a plan year on, every school has at least one music and one art room per 12 classes
 * (教督〔2017〕6号 第六条第（四）项, standards/guarantee-2017.ts), its classes including new standard classrooms.
 * Schools without a music_rooms (art_rooms) column are left out of the target: what they have is unknown.
 */
import { GUARANTEE_2017 } from '../standards/guarantee-2017.ts';
import { classesIn } from './classrooms.ts';
import type { ModelContext } from './context.ts';
import { LinExpr } from './linear.ts';
import { addRow } from './rows.ts';

const ROOMS = ['musicRooms', 'artRooms'] as const;

export function addArtsRoomVariables(ctx: ModelContext): void {
  const on = ctx.scenario.schoolConditions.artsRooms !== null;
  for (const key of ROOMS) {
    ctx.cols[key] = ctx.schools.map((s) => Array.from({ length: ctx.T }, (_, t) => {
      if (!on) return -1;
      const j = ctx.b.addVariable(`${key}[${s.id},${t}]`, { integer: ctx.scenario.integer });
      if (ctx.scenario.integer) ctx.integerColumns.add(j);
      return j;
    }));
  }
}

/** Rooms of `key` school `si` has in plan year s (base data plus rooms fitted by then). */
export function roomsIn(ctx: ModelContext, key: (typeof ROOMS)[number], si: number, s: number): LinExpr {
  const e = new LinExpr();
  e.constant = ctx.schools[si]!.resources[key] ?? 0;
  for (let t = 0; t <= s; t++) e.add(ctx.cols[key][si]?.[t] ?? -1, 1);
  return e;
}

export function addArtsRoomConstraints(ctx: ModelContext): void {
  const r = ctx.scenario.schoolConditions.artsRooms;
  if (!r || r.meetFrom === null) return;
  const per = (ctx.standard.conditions ?? GUARANTEE_2017).artsRooms.classesPerRoom;
  let unknown = 0;
  for (let s = ctx.scenario.years.indexOf(r.meetFrom); s < ctx.T; s++) {
    ctx.schools.forEach((school, si) => {
      for (const key of ROOMS) {
        if (school.resources[key] === undefined) {
          if (s === ctx.T - 1) unknown++;
          continue;
        }
        // rooms ≥ classes / 12; with whole rooms this is rooms ≥ ⌈classes / 12⌉.
        const e = roomsIn(ctx, key, si, s).addExpr(classesIn(ctx, si, s), -1 / per); // constants included
        addRow(ctx, `${key}[${school.id},${ctx.scenario.years[s]}]`, e, { lb: 0 }, { family: 'arts-rooms', year: s, schoolId: school.id, unit: 'schools', side: 'lb' });
      }
    });
  }
  if (unknown > 0) {
    ctx.notes.push({
      zh: `缺少 ${unknown} 项学校专用教室数（music_rooms / art_rooms）：这些学校不计入音乐、美术专用教室目标。`,
      en: `${unknown} school room count(s) missing (music_rooms / art_rooms): those schools are left out of the music and art room target.`,
    });
  }
}
