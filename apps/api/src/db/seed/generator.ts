import {
  addDays, BranchKind, Gender, MemberStatus, OrganizationKind, PositionRole, personSortKey, searchText, vietnameseSortKey, WorkStatus,
} from '@chibo/domain';
import { AGENCIES, ENTERPRISES, FAMILY_NAMES, FEMALE_GIVEN, FEMALE_MIDDLE, GRASSROOTS, MALE_GIVEN, MALE_MIDDLE, SCHOOLS, STREETS } from './names';

/** Deterministic pseudo-random numbers (mulberry32): the same seed gives the same ward, byte for byte. */
export class Random {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  next(): number {
    this.state = (this.state + 0x6d2b79f5) >>> 0;
    let t = this.state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }
  weighted(items: ReadonlyArray<[string, number]>): string {
    const total = items.reduce((s, [, w]) => s + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    return items[items.length - 1][0];
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

function addYears(day: string, years: number): string {
  const [y, m, d] = day.split('-');
  const dd = m === '02' && d === '29' ? '28' : d;
  return `${Number(y) + years}-${m}-${dd}`;
}

function dayFrom(random: Random, fromYear: number, toYear: number): string {
  const y = random.int(fromYear, toYear);
  const m = random.int(1, 12);
  const d = random.int(1, 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export interface SeedRows {
  wards: Record<string, unknown>[];
  wardMergedFrom: Array<{ ward_id: number; source_ward_id: number }>;
  organizations: Record<string, unknown>[];
  organizationPredecessors: Array<{ organization_id: number; predecessor_id: number }>;
  members: Record<string, unknown>[];
  memberships: Record<string, unknown>[];
  positions: Record<string, unknown>[];
  exemptions: Record<string, unknown>[];
  specialDuties: Record<string, unknown>[];
}

export interface GenerateOptions {
  seed: number;
  /** How many wards like the demo one; 185 gives a city of about 500,000 members. */
  wards: number;
  /** The day the data is generated for (probation and transfers are placed before it). */
  today: string;
}

const MERGER_DAY = '2025-07-01';
const COMMITTEE_FORMED = '2025-06-18';

interface BranchPlan {
  name: string;
  code: string;
  kind: BranchKind;
  size: number;
  groups: number;
  parentIndex: number | null; // index into grassroots committees
  /** Residential branches carried over from the old Thạch Bàn ward. */
  fromOldWard: boolean;
}

function plans(random: Random): { branches: BranchPlan[] } {
  const branches: BranchPlan[] = [];
  for (let i = 1; i <= 37; i++) {
    const large = i <= 3;
    branches.push({
      name: `Chi bộ Tổ dân phố số ${i}`, code: `TDP${String(i).padStart(2, '0')}`, kind: BranchKind.RESIDENTIAL,
      size: large ? random.int(135, 160) : random.int(28, 70), groups: large ? random.int(3, 4) : 0, parentIndex: null, fromOldWard: i <= 12,
    });
  }
  branches.push({ name: 'Chi bộ Công an phường', code: 'CA', kind: BranchKind.ARMED_FORCES, size: random.int(30, 40), groups: 0, parentIndex: null, fromOldWard: false });
  branches.push({ name: 'Chi bộ Quân sự phường', code: 'QS', kind: BranchKind.ARMED_FORCES, size: random.int(8, 12), groups: 0, parentIndex: null, fromOldWard: false });
  SCHOOLS.forEach((name, i) => branches.push({ name: `Chi bộ ${name}`, code: `TH${i + 1}`, kind: BranchKind.SCHOOL, size: random.int(9, 22), groups: 0, parentIndex: null, fromOldWard: false }));
  AGENCIES.forEach((name, i) => branches.push({ name: `Chi bộ ${name}`, code: `CQ${i + 1}`, kind: BranchKind.AGENCY, size: random.int(10, 30), groups: 0, parentIndex: null, fromOldWard: false }));
  ENTERPRISES.forEach((name, i) => branches.push({ name: `Chi bộ ${name}`, code: `DN${i + 1}`, kind: BranchKind.NON_STATE_ENTERPRISE, size: random.int(3, 8), groups: 0, parentIndex: null, fromOldWard: false }));
  GRASSROOTS.forEach((g, gi) => g.units.forEach((unit, ui) => branches.push({
    name: `Chi bộ ${unit}`, code: `CB${ui + 1}`, kind: gi === 1 ? BranchKind.AGENCY : gi === 2 ? BranchKind.SCHOOL : BranchKind.NON_STATE_ENTERPRISE,
    size: random.int(12, 35), groups: 0, parentIndex: gi, fromOldWard: false,
  })));
  return { branches };
}

/**
 * Generates a realistic, synthetic ward modelled on the new Long Biên ward (formed on 1 July 2025 by merging
 * Thạch Bàn and neighbouring wards): about 70 organizations and 2,700 members, with history from the old ward,
 * probationary, retired, exempt and special-duty members, party groups in the three large branches, and positions.
 * With `wards` > 1 the same recipe repeats under other names, for city-scale benchmarks.
 */
export function generate(options: GenerateOptions): SeedRows {
  const random = new Random(options.seed);
  const rows: SeedRows = {
    wards: [], wardMergedFrom: [], organizations: [], organizationPredecessors: [], members: [], memberships: [], positions: [], exemptions: [], specialDuties: [],
  };
  const now = new Date(`${options.today}T00:00:00Z`);
  const stamp = { version: 1, createdAt: now, updatedAt: now };
  let wardId = 0, orgId = 0, memberId = 0, membershipId = 0, positionId = 0, exemptionId = 0, dutyId = 0, cardSeq = 0;

  const ward = (code: string, name: string, foundedOn: string, dissolvedOn: string | null) => {
    const id = ++wardId;
    rows.wards.push({ id, ...stamp, code, name, foundedOn, dissolvedOn, searchText: searchText(code, name), sortKey: vietnameseSortKey(name) });
    return id;
  };
  const organization = (o: { ward: number; parent: { id: number; path: string } | null; kind: OrganizationKind; branchKind?: BranchKind | null; code: string; name: string; foundedOn: string; dissolvedOn?: string | null; address?: string | null }) => {
    const id = ++orgId;
    const path = `${o.parent?.path ?? '/'}${id}/`;
    rows.organizations.push({
      id, ...stamp, ward: o.ward, parent: o.parent?.id ?? null, kind: o.kind, branchKind: o.branchKind ?? null, code: o.code, name: o.name,
      foundedOn: o.foundedOn, dissolvedOn: o.dissolvedOn ?? null, address: o.address ?? null, note: null, path,
      searchText: searchText(o.code, o.name), sortKey: vietnameseSortKey(o.name),
    });
    return { id, path };
  };
  const position = (member: number, organization: number, role: PositionRole, from: string, to: string | null = null) => {
    rows.positions.push({ id: ++positionId, ...stamp, member, organization, role, from, to, note: null });
  };

  for (let w = 0; w < options.wards; w++) {
    const first = w === 0;
    const suffix = first ? '' : ` ${String(w + 1).padStart(3, '0')}`;
    const codeSuffix = first ? '' : `-${String(w + 1).padStart(3, '0')}`;
    const oldWards = [
      ward(`THACH-BAN${codeSuffix}`, `Phường Thạch Bàn${suffix}`, '2004-01-01', MERGER_DAY),
      ward(`LONG-BIEN-CU${codeSuffix}`, `Phường Long Biên (cũ)${suffix}`, '2004-01-01', MERGER_DAY),
      ward(`CU-KHOI${codeSuffix}`, `Phường Cự Khối${suffix}`, '2004-01-01', MERGER_DAY),
    ];
    const newWard = ward(`LONG-BIEN${codeSuffix}`, first ? 'Phường Long Biên' : `Phường Mẫu${suffix}`, MERGER_DAY, null);
    for (const source of oldWards) rows.wardMergedFrom.push({ ward_id: newWard, source_ward_id: source });

    // The old Thạch Bàn committee and its residential branches, dissolved at the merger.
    const oldCommittee = organization({ ward: oldWards[0], parent: null, kind: OrganizationKind.WARD_COMMITTEE, code: 'DU', name: `Đảng ủy phường Thạch Bàn${suffix}`, foundedOn: '2004-01-01', dissolvedOn: MERGER_DAY });
    const committee = organization({ ward: newWard, parent: null, kind: OrganizationKind.WARD_COMMITTEE, code: 'DU', name: first ? 'Đảng ủy phường Long Biên' : `Đảng ủy phường Mẫu${suffix}`, foundedOn: COMMITTEE_FORMED });
    rows.organizationPredecessors.push({ organization_id: committee.id, predecessor_id: oldCommittee.id });
    const grassroots = GRASSROOTS.map((g, i) => organization({ ward: newWard, parent: committee, kind: OrganizationKind.GRASSROOTS_COMMITTEE, code: `DUCS${i + 1}`, name: g.name, foundedOn: MERGER_DAY }));
    const wardPool: number[] = []; // working members of agency branches, for ward posts

    for (const plan of plans(random).branches) {
      const parent = plan.parentIndex == null ? committee : grassroots[plan.parentIndex];
      const address = plan.kind === BranchKind.RESIDENTIAL ? `Phố ${random.pick(STREETS)}, ${first ? 'phường Long Biên' : `phường Mẫu${suffix}`}, Hà Nội` : null;
      const branch = organization({ ward: newWard, parent, kind: OrganizationKind.BRANCH, branchKind: plan.kind, code: plan.code, name: plan.name, foundedOn: MERGER_DAY, address });
      let oldBranch: { id: number } | null = null;
      if (plan.fromOldWard) {
        oldBranch = organization({ ward: oldWards[0], parent: oldCommittee, kind: OrganizationKind.BRANCH, branchKind: plan.kind, code: plan.code, name: `${plan.name.replace('Chi bộ', 'Chi bộ cũ')} (Thạch Bàn)`, foundedOn: '2004-01-01', dissolvedOn: MERGER_DAY });
        rows.organizationPredecessors.push({ organization_id: branch.id, predecessor_id: oldBranch.id });
      }
      const groups = Array.from({ length: plan.groups }, (_, g) => organization({ ward: newWard, parent: branch, kind: OrganizationKind.PARTY_GROUP, code: `T${g + 1}`, name: `Tổ đảng số ${g + 1}`, foundedOn: '2025-09-01' }));

      const residential = plan.kind === BranchKind.RESIDENTIAL;
      const branchMembers: Array<{ id: number; official: boolean; working: boolean; from: string; group: number | null }> = [];
      for (let i = 0; i < plan.size; i++) {
        const id = ++memberId;
        const female = random.chance(plan.kind === BranchKind.ARMED_FORCES ? 0.1 : plan.kind === BranchKind.SCHOOL ? 0.75 : 0.45);
        const family = random.weighted(FAMILY_NAMES);
        const fullName = `${family} ${random.pick(female ? FEMALE_MIDDLE : MALE_MIDDLE)} ${random.pick(female ? FEMALE_GIVEN : MALE_GIVEN)}`;
        const retired = residential ? random.chance(0.72) : false;
        const birthDate = residential ? (retired ? dayFrom(random, 1936, 1964) : dayFrom(random, 1966, 2000)) : dayFrom(random, 1968, 2002);
        const probationary = i > 0 && random.chance(0.035);
        const admittedOn = probationary
          ? `2026-${String(random.int(1, 10)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`
          : [addDays(addYears(birthDate, random.int(19, 35)), random.int(0, 364))]
            .map((d) => (d > '2024-12-31' ? dayFrom(random, Math.max(2020, Number(birthDate.slice(0, 4)) + 19), 2024) : d))[0];
        // Probation lasts 12 months; the branch decides within 30 working days after.
        const officialOn = probationary ? null : addDays(addYears(admittedOn, 1), random.int(0, 40));
        const status = probationary ? MemberStatus.PROBATIONARY : MemberStatus.OFFICIAL;
        const name = fullName;
        rows.members.push({
          id, ...stamp, fullName: name, gender: female ? Gender.FEMALE : Gender.MALE, birthDate,
          cardNumber: String(10_000_000 + ++cardSeq * 7), identityNumber: `001${female ? '2' : '0'}${birthDate.slice(2, 4)}${String(id).padStart(6, '0')}`.slice(0, 12),
          phone: `09${String((id * 7919) % 100_000_000).padStart(8, '0')}`, email: null,
          address: residential ? `Số ${random.int(1, 200)} phố ${random.pick(STREETS)}` : null,
          occupation: retired ? 'Hưu trí' : plan.kind === BranchKind.SCHOOL ? 'Giáo viên' : plan.kind === BranchKind.ARMED_FORCES ? 'Cán bộ, chiến sĩ' : residential ? 'Lao động tự do' : 'Cán bộ, nhân viên',
          status, admittedOn, officialOn, workStatus: retired ? WorkStatus.RETIRED : WorkStatus.WORKING, note: null,
          searchText: searchText(name, String(10_000_000 + cardSeq * 7)), sortKey: personSortKey(name),
        });
        const group = groups.length ? groups[i % groups.length].id : null;
        const joinNew = admittedOn > MERGER_DAY ? admittedOn : MERGER_DAY;
        if (oldBranch && admittedOn < MERGER_DAY) {
          const oldFrom = admittedOn > '2004-01-01' ? admittedOn : '2004-01-01';
          rows.memberships.push({ id: ++membershipId, ...stamp, member: id, branch: oldBranch.id, partyGroup: null, from: oldFrom, to: MERGER_DAY, note: null });
        }
        const groupFrom = group && joinNew < '2025-09-01' ? '2025-09-01' : joinNew;
        if (group && groupFrom !== joinNew) {
          rows.memberships.push({ id: ++membershipId, ...stamp, member: id, branch: branch.id, partyGroup: null, from: joinNew, to: groupFrom, note: 'Trước khi chia tổ đảng' });
        }
        branchMembers.push({ id, official: !probationary, working: !retired, from: groupFrom, group });
        rows.memberships.push({ id: ++membershipId, ...stamp, member: id, branch: branch.id, partyGroup: group, from: groupFrom, to: null, note: probationary ? 'Kết nạp mới' : groupFrom !== joinNew ? 'Phân công vào tổ đảng' : oldBranch && admittedOn < MERGER_DAY ? 'Chuyển từ chi bộ cũ khi sáp nhập phường' : null });
        if (retired && birthDate < '1946-01-01' && random.chance(0.25)) {
          rows.exemptions.push({ id: ++exemptionId, ...stamp, member: id, from: dayFrom(random, 2023, 2025), to: null, reason: 'Tuổi cao, sức khỏe yếu', decisionRef: `NQ-${random.int(1, 40)}/CB` });
        }
        if (plan.kind === BranchKind.ARMED_FORCES && random.chance(0.1)) {
          rows.specialDuties.push({ id: ++dutyId, ...stamp, member: id, from: '2026-09-15', to: random.chance(0.5) ? '2026-12-15' : null, note: 'Làm nhiệm vụ theo điều động' });
        }
        if (plan.kind === BranchKind.AGENCY && !probationary) wardPool.push(id);
      }

      // Positions: a committee where the branch has 9+ official members, else a secretary and a deputy.
      const officials = branchMembers.filter((m) => m.official);
      const termStart = '2025-07-01';
      const seats = officials.length >= 9 ? Math.min(officials.length >= 40 ? 5 : 3, 7) : 2;
      officials.slice(0, seats).forEach((m, i) => {
        const role = i === 0 ? PositionRole.BRANCH_SECRETARY : i === 1 ? PositionRole.BRANCH_DEPUTY_SECRETARY : PositionRole.BRANCH_COMMITTEE_MEMBER;
        position(m.id, branch.id, role, m.from > termStart ? m.from : termStart);
      });
      for (const g of groups) {
        const leader = branchMembers.find((m) => m.group === g.id && m.official && !officials.slice(0, seats).includes(m));
        if (leader) position(leader.id, g.id, PositionRole.GROUP_LEADER, '2025-09-01');
      }
      for (const [gi, g] of grassroots.entries()) {
        if (plan.parentIndex === gi && plan.code === 'CB1' && officials[0]) position(officials[0].id, g.id, PositionRole.WARD_SECRETARY, MERGER_DAY);
      }
    }

    // Ward committee posts, held by working members of the ward's agency branches.
    const roles: Array<[PositionRole, number]> = [
      [PositionRole.WARD_SECRETARY, 1], [PositionRole.WARD_DEPUTY_SECRETARY, 2], [PositionRole.WARD_STANDING_COMMITTEE_MEMBER, 4],
      [PositionRole.WARD_COMMITTEE_MEMBER, 10], [PositionRole.INSPECTION_COMMITTEE_MEMBER, 5],
    ];
    let k = 0;
    for (const [role, count] of roles) {
      for (let i = 0; i < count && k < wardPool.length; i++) position(wardPool[k++], committee.id, role, COMMITTEE_FORMED > MERGER_DAY ? COMMITTEE_FORMED : MERGER_DAY);
    }
  }

  // A few transfers between residential branches in 2026 keep their history: the old membership ends the day the new starts.
  // A member moves to the next residential branch, which may be in the next ward, never in an earlier one (from the
  // last branch of all, to the first of its own ward): the meetings can then be made and judged ward after ward.
  const transferable = rows.memberships.filter((m) => m.to === null && m.partyGroup === null && m.from === MERGER_DAY);
  const residential = rows.organizations.filter((o) => o.branchKind === BranchKind.RESIDENTIAL && o.dissolvedOn === null);
  const residentialIds = new Set(residential.map((o) => o.id as number));
  const targets = [...residentialIds];
  const wardOf = new Map(residential.map((o) => [o.id as number, o.ward as number]));
  const heldPosts = new Set(rows.positions.map((p) => p.member as number));
  let moved = 0;
  for (const m of transferable) {
    if (moved >= 20 * options.wards) break;
    if (!residentialIds.has(m.branch as number) || heldPosts.has(m.member as number) || !random.chance(0.03)) continue;
    const to = targets[targets.indexOf(m.branch as number) + 1] ?? (targets.find((t) => wardOf.get(t) === wardOf.get(m.branch as number)) as number);
    const on = `2026-${String(random.int(2, 10)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
    m.to = on;
    rows.memberships.push({ id: ++membershipId, ...stamp, member: m.member, branch: to, partyGroup: null, from: on, to: null, note: 'Chuyển sinh hoạt nơi cư trú' });
    moved++;
  }
  return rows;
}
