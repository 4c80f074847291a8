// The rotation planner on a city's quarter. Run from packages/domain:
//   npx vitest bench --run bench/
// Inputs are generated from a fixed seed, so every run plans the same quarter.
import { bench, describe } from 'vitest';
import { addDays, quarterPeriod } from '../src/dates';
import { planRotation, type RotationPlanInput } from '../src/rotation-planner';

/** mulberry32: a small seeded generator, so the input is the same on every run. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Scale {
  members: number;
  branches: number;
  /** Days each member is unavailable in the quarter, at most (random days). */
  unavailableDays: number;
  /** Instead: each member is available on about one day in this many (a fixed pattern per member). */
  availableOneIn?: number;
  /** Quarters of past visits, one visit per member each. */
  pastQuarters: number;
  fixed: number;
}

function cityQuarter(scale: Scale, seed: number): RotationPlanInput {
  const rnd = random(seed);
  const pick = (n: number) => Math.floor(rnd() * n);
  const quarter = '2026-Q2';
  const { from } = quarterPeriod(quarter);
  const days = Array.from({ length: 91 }, (_, i) => addDays(from, i));
  const members = Array.from({ length: scale.members }, (_, i) => ({
    id: i + 1,
    name: `Ủy viên ${i + 1}`,
    unavailable: scale.availableOneIn
      ? days.filter((_, d) => (d * 7 + i) % (scale.availableOneIn as number) !== 0)
      : Array.from({ length: pick(scale.unavailableDays + 1) }, () => days[pick(days.length)]),
  }));
  const branches = Array.from({ length: scale.branches }, (_, i) => ({ id: i + 1, name: `Chi bộ ${i + 1}`, pilot: rnd() < 0.05 }));
  const meetings: RotationPlanInput['meetings'] = [];
  for (const b of branches) {
    const count = 1 + pick(3);
    const first = pick(30);
    for (let k = 0; k < count; k++) meetings.push({ id: meetings.length + 1, branchId: b.id, day: days[first + k * 30] });
  }
  const quarters = Array.from({ length: scale.pastQuarters }, (_, k) => {
    const index = 2026 * 4 + 1 - (k + 1);
    return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
  });
  const pastVisits = quarters.flatMap((q) => members.map((m) => ({ memberId: m.id, branchId: 1 + pick(scale.branches), quarter: q })));
  const fixed: NonNullable<RotationPlanInput['fixed']> = [];
  for (let k = 0; fixed.length < scale.fixed && k < scale.fixed * 10; k++) {
    const member = members[pick(members.length)];
    const meeting = meetings[pick(meetings.length)];
    if (fixed.some((f) => f.memberId === member.id) || member.unavailable.includes(meeting.day)) continue;
    fixed.push({ memberId: member.id, branchId: meeting.branchId, day: meeting.day });
  }
  return { quarter, rotationQuarters: 1, members, branches, meetings, pastVisits, fixed };
}

const city = cityQuarter({ members: 2000, branches: 6000, unavailableDays: 15, pastQuarters: 12, fixed: 100 }, 2026);
// More members than branches, many days unavailable: members share branches.
const crowded = cityQuarter({ members: 2000, branches: 1200, unavailableDays: 80, pastQuarters: 12, fixed: 100 }, 7);
// Each member available on about 6 days of the quarter: many branches find nobody (failed augmenting searches).
const busy = cityQuarter({ members: 2000, branches: 6000, unavailableDays: 0, availableOneIn: 15, pastQuarters: 12, fixed: 0 }, 9);
// Fewer meetings than members and a rotation of 8 quarters: unplaced members, Hall sets in the explanation.
const scarce = { ...cityQuarter({ members: 2000, branches: 700, unavailableDays: 30, pastQuarters: 12, fixed: 0 }, 11), rotationQuarters: 8 };

for (const [name, input] of [['city', city], ['crowded', crowded], ['busy', busy], ['scarce', scarce]] as const) {
  const plan = planRotation(input);
  const shared = plan.visits.filter((v) => v.reasonCodes.includes('SHARED_BRANCH')).length;
  const repeated = plan.visits.filter((v) => v.reasonCodes.includes('ROTATION_NOT_RESPECTED')).length;
  console.log(
    `${name}: ${input.members.length} members, ${input.branches.length} branches, ${input.meetings.length} meetings, ` +
      `${input.pastVisits.length} past visits -> ${plan.visits.length} visits (${shared} at shared branches, ` +
      `${repeated} repeating a branch), ${plan.unplaced.length} unplaced, complete ${plan.complete}`,
  );
}

const runs = (iterations: number) => ({ iterations, warmupIterations: 1, time: 0, warmupTime: 0 });

describe('rotation planner', () => {
  bench('city: 2,000 members, 6,000 branches', () => void planRotation(city), runs(10));
  bench('crowded: 2,000 members, 1,200 branches', () => void planRotation(crowded), runs(10));
  bench('busy: 2,000 members available ~6 days, 6,000 branches', () => void planRotation(busy), runs(5));
  bench('scarce: 2,000 members, 700 branches, rotation 8', () => void planRotation(scarce), runs(10));
});
