/** Teacher rotation as net flows per school and category (not school pairs): balance, shares, pools, donor protection. */
import { ROTATION_CATEGORIES, type RotationCategory } from '../plan/types.ts';
import { required, type ModelContext } from './context.ts';
import { LinExpr } from './linear.ts';
import { addRow } from './rows.ts';
import type { RotationRoles } from '../plan/rotation-roles.ts';

const INDICATOR_OF: Record<RotationCategory, string> = { backbone: 'backboneTeachers', general: 'degreeTeachers' };

export function addRotationConstraints(ctx: ModelContext, roles: Record<RotationCategory, RotationRoles>): void {
  const { cols, scenario, schools } = ctx;
  const policy = scenario.rotation;
  const years = scenario.years;
  // National rule: the minimum share counts the eligible teachers of the sending schools (城镇学校, 优质学校) only.
  const senders = new Set(ROTATION_CATEGORIES.flatMap((c) => [...roles[c].donors]));
  const counted = (id: string) => policy.donorRule === 'county-ratio' || senders.has(id);
  const eligible = schools.reduce((s, x) => s + (counted(x.id) ? x.eligibleTeachers ?? 0 : 0), 0);
  if (eligible === 0) {
    ctx.notes.push({
      zh: '数据中没有符合交流条件的教师数（eligible_teachers）：每年轮岗比例下限不起约束作用。',
      en: 'No eligible_teachers in the data: the rotation minimum is not binding.',
    });
  }

  for (let t = 0; t < ctx.T; t++) {
    const all = new LinExpr();
    for (const c of ROTATION_CATEGORIES) {
      const balance = new LinExpr();
      schools.forEach((_, i) => {
        balance.add(cols.out[c][i]![t]!, 1).add(cols.in[c][i]![t]!, -1);
        all.add(cols.out[c][i]![t]!, 1);
      });
      if (balance.terms.size > 0) addRow(ctx, `rotationBalance[${c},${years[t]}]`, balance, { lb: 0, ub: 0 });
    }
    if (eligible > 0 && policy.minShare > 0) {
      addRow(ctx, `rotationMin[${years[t]}]`, all, { lb: policy.minShare * eligible },
        { family: 'rotation-min', year: t, unit: 'teachers', side: 'lb' });
    }
    if (policy.backboneShare > 0 && all.terms.size > 0) {
      const share = new LinExpr();
      schools.forEach((_, i) => share.add(cols.out.backbone[i]![t]!, 1));
      share.addExpr(all, -policy.backboneShare);
      addRow(ctx, `rotationBackbone[${years[t]}]`, share, { lb: 0 }, { family: 'rotation-backbone', year: t, unit: 'teachers', side: 'lb' });
    }
    schools.forEach((s, i) => {
      const out = new LinExpr();
      for (const c of ROTATION_CATEGORIES) out.add(cols.out[c][i]![t]!, 1);
      if (out.terms.size === 0) return;
      const staff = s.resources.teachers ?? s.eligibleTeachers ?? 0;
      addRow(ctx, `rotationMaxOut[${s.id},${years[t]}]`, out, { ub: Math.floor(policy.maxOutShare * staff + 1e-9) },
        { family: 'rotation-max-out', year: t, schoolId: s.id, unit: 'teachers', side: 'ub' });
    });
  }
  for (const c of ROTATION_CATEGORIES) {
    schools.forEach((s, i) => {
      const over = new LinExpr();
      for (const j of cols.out[c][i]!) over.add(j, 1);
      if (over.terms.size === 0) return;
      const pool = c === 'backbone' ? (s.eligibleBackbone ?? 0) : Math.max(0, (s.eligibleTeachers ?? 0) - (s.eligibleBackbone ?? 0));
      addRow(ctx, `rotationPool[${c},${s.id}]`, over, { ub: pool }, { family: 'rotation-pool', schoolId: s.id, unit: 'teachers', side: 'ub' });
    });
  }
  if (policy.protectDonors && policy.countsAtReceiver) addDonorProtection(ctx, roles);
}

/** A donor's amount stays at least min(standard amount, base amount) in every year. */
function addDonorProtection(ctx: ModelContext, roles: Record<RotationCategory, RotationRoles>): void {
  const { standard } = ctx;
  ctx.parts.forEach((part, pi) => {
    const school = ctx.schools[part.school]!;
    const keys = new Set<string>();
    for (const c of ROTATION_CATEGORIES) {
      if (!roles[c].donors.has(school.id) || ctx.cols.out[c][part.school]!.every((j) => j < 0)) continue;
      keys.add(INDICATOR_OF[c]);
      keys.add('degreeTeachers');
    }
    for (const key of keys) {
      const ind = standard.indicators.find((i) => i.key === key);
      if (!ind || ind.threshold[part.level] === null) continue;
      for (let t = 0; t < ctx.T; t++) {
        const floor = Math.min(required(ctx, part, ind, t), part.base[key]![t]!);
        addRow(ctx, `protectDonor[${school.id},${part.level},${key},${ctx.scenario.years[t]}]`, ctx.amount[pi]![key]![t]!, { lb: floor },
          { family: 'protect-donors', year: t, schoolId: school.id, unit: 'teachers', side: 'lb' });
      }
    }
  });
}
