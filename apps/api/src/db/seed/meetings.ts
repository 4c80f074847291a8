import {
  addDays, AttendanceExclusion, type Finding, meetingQuality, AttendanceStatus, BranchKind, covers, JUDGING_REVISION, judgeMeeting, MEETING_RULE_SETS, MeetingForm, MeetingKind,
  maxConsecutiveExcusedOn,
  meetingLength, OrganizationKind, PositionRole, ProcedureStep, ResolutionKind, ReviewKind, TaskStatus, tallyAttendance, ThematicTopicArea,
} from '@chibo/domain';
import { Random, type SeedRows } from './generator';
import { generateSupervision, type SupervisionIds, type SupervisionSeedRows } from './supervision';

/** Rows of a year of branch meetings and their supervision, ready for insertMany (property names, ids assigned). */
export interface MeetingSeedRows extends SupervisionSeedRows {
  thematicPlanItems: Record<string, unknown>[];
  memberTasks: Record<string, unknown>[];
  meetings: Record<string, unknown>[];
  attendance: Record<string, unknown>[];
  resolutions: Record<string, unknown>[];
  tasks: Record<string, unknown>[];
  reviews: Record<string, unknown>[];
}

/** The branch the home-page alert and the browser test follow: it has not held this month's regular meeting. */
export const UNMET_BRANCH = 'Chi bộ Tổ dân phố số 5';

const TOPICS: Array<[ThematicTopicArea, string]> = [
  [ThematicTopicArea.HO_CHI_MINH_THOUGHT, 'Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh về ý thức phục vụ nhân dân'],
  [ThematicTopicArea.PARTY_BUILDING, 'Nâng cao vai trò tiền phong, gương mẫu của đảng viên nơi cư trú'],
  [ThematicTopicArea.DIRECTIVES_AND_LAWS, 'Thực hiện quy tắc ứng xử nơi công cộng và bảo đảm trật tự an toàn giao thông'],
  [ThematicTopicArea.ANTI_CORRUPTION, 'Phòng, chống tham nhũng, lãng phí, tiêu cực trong thực hiện nhiệm vụ được giao'],
  [ThematicTopicArea.POLITICAL_THEORY, 'Quán triệt nghị quyết Đại hội Đảng bộ phường, nhiệm kỳ 2025–2030'],
  [ThematicTopicArea.PARTY_BUILDING, 'Chuyển đổi số trong công tác đảng viên và sinh hoạt chi bộ'],
];
const RESOLUTION_TASKS: Record<string, string[]> = {
  [BranchKind.RESIDENTIAL]: [
    'Vận động các hộ gia đình tham gia tổng vệ sinh khu dân cư', 'Nắm tình hình hộ khó khăn, đề xuất hỗ trợ', 'Tuyên truyền phòng cháy chữa cháy tại các ngõ',
    'Phối hợp tổ dân phố hòa giải mâu thuẫn tại cơ sở', 'Vận động đóng góp quỹ vì người nghèo', 'Kiểm tra việc phân loại rác tại nguồn',
  ],
  [BranchKind.ARMED_FORCES]: ['Bảo đảm an ninh trật tự dịp lễ', 'Tuần tra kiểm soát địa bàn trọng điểm', 'Huấn luyện lực lượng dân quân'],
  [BranchKind.SCHOOL]: ['Hoàn thành kế hoạch kiểm tra giữa kỳ', 'Bồi dưỡng học sinh giỏi', 'Tổ chức hoạt động ngoại khóa về an toàn giao thông'],
  [BranchKind.AGENCY]: ['Giải quyết hồ sơ hành chính đúng hạn', 'Rà soát thủ tục hành chính trên cổng dịch vụ công', 'Hoàn thành báo cáo sơ kết quý'],
  [BranchKind.NON_STATE_ENTERPRISE]: ['Bảo đảm việc làm và chế độ cho người lao động', 'Phát triển đảng viên trong công nhân', 'Thực hiện an toàn vệ sinh lao động'],
};
const MEMBER_TASKS = [
  'Phụ trách tuyên truyền, vận động nhân dân tại cụm dân cư', 'Theo dõi công tác an ninh trật tự tại địa bàn', 'Phụ trách công tác khuyến học',
  'Tham gia ban công tác mặt trận', 'Phụ trách công tác người cao tuổi', 'Theo dõi công tác vệ sinh môi trường', 'Phụ trách đoàn thanh niên, thiếu nhi',
  'Hoàn thành tốt nhiệm vụ chuyên môn tại cơ quan, đơn vị', 'Giúp đỡ đảng viên dự bị', 'Tham gia tổ hòa giải cơ sở',
];
const EXCUSES = ['Ốm', 'Đi công tác', 'Việc gia đình', 'Điều trị tại bệnh viện', 'Đi học tập trung', 'Trực cơ quan'];
const PLACES: Record<string, string> = {
  [BranchKind.RESIDENTIAL]: 'Nhà văn hóa tổ dân phố', [BranchKind.ARMED_FORCES]: 'Hội trường đơn vị', [BranchKind.SCHOOL]: 'Phòng họp nhà trường',
  [BranchKind.AGENCY]: 'Phòng họp cơ quan', [BranchKind.NON_STATE_ENTERPRISE]: 'Phòng họp công ty',
};

const pad = (n: number) => String(n).padStart(2, '0');
const monthsBack = (month: string, n: number) => {
  const [y, m] = month.split('-').map(Number);
  const total = y * 12 + (m - 1) - n;
  return `${Math.floor(total / 12)}-${pad((total % 12) + 1)}`;
};
const lastDay = (month: string) => addDays(`${monthsBack(month, -1)}-01`, -1);
const time = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** The last id given in each table of the meeting rows: wards generated one after another continue from these. */
export interface MeetingIds extends SupervisionIds {
  plan: number;
  memberTask: number;
  meeting: number;
  attendance: number;
  resolution: number;
  task: number;
  review: number;
}

export interface MeetingOptions {
  seed: number;
  /** The day the year of meetings runs up to (meetings after it are planned, not held). */
  today: string;
  months?: number;
}

const firstIds = (): MeetingIds => ({ plan: 0, memberTask: 0, meeting: 0, attendance: 0, resolution: 0, task: 0, review: 0, guest: 0, assignment: 0, pilot: 0, guide: 0 });

/** The seed of the k-th ward's random streams: the first ward keeps the seed itself, so one ward is the demo ward. */
const wardSeed = (seed: number, ward: number) => (seed + Math.imul(ward, 0x9e3779b1)) | 0;

const pick = (list: Record<string, unknown>[], keys: string[]) => list.map((row) => Object.fromEntries(keys.map((k) => [k, row[k]])));

/**
 * The part of the structure the meetings are made from (ids, names, kinds, days, paths and links), a fraction of
 * its memory: a city's structure, once written, can be let go while its meetings are made from this.
 */
export function meetingInputs(rows: SeedRows): SeedRows {
  return {
    wards: pick(rows.wards, ['id', 'dissolvedOn']), wardMergedFrom: rows.wardMergedFrom, organizationPredecessors: [],
    organizations: pick(rows.organizations, ['id', 'ward', 'parent', 'kind', 'branchKind', 'name', 'foundedOn', 'dissolvedOn', 'path']),
    members: pick(rows.members, ['id', 'fullName', 'officialOn']),
    memberships: pick(rows.memberships, ['member', 'branch', 'from', 'to']),
    positions: pick(rows.positions, ['member', 'organization', 'role', 'from', 'to']),
    exemptions: pick(rows.exemptions, ['member', 'from', 'to']), specialDuties: pick(rows.specialDuties, ['member', 'from', 'to']),
  };
}

/**
 * The generated rows cut into wards: each ward formed by a merger with the wards merged into it, their
 * organizations, the memberships in their branches, the members of those (a member who moved between wards is in
 * both), and their positions, exemptions and special duties; each list in the order of `rows`. `crossWard` holds
 * the members found in more than one ward.
 */
export function wardSlices(rows: SeedRows): { slices: SeedRows[]; crossWard: Set<number> } {
  const mergedInto = new Map(rows.wardMergedFrom.map((m) => [m.source_ward_id, m.ward_id]));
  const groupOf = new Map<number, number>();
  const slices: SeedRows[] = [];
  for (const w of rows.wards) {
    if (mergedInto.has(w.id as number)) continue;
    groupOf.set(w.id as number, slices.length);
    slices.push({ wards: [], wardMergedFrom: [], organizations: [], organizationPredecessors: [], members: [], memberships: [], positions: [], exemptions: [], specialDuties: [] });
  }
  const groupOfWard = (id: number): number => {
    let ward = id;
    for (let hops = 0; !groupOf.has(ward); hops++) {
      const next = mergedInto.get(ward);
      if (next == null || hops > rows.wards.length) throw new Error(`ward ${id} belongs to no ward in force`);
      ward = next;
    }
    return groupOf.get(ward) as number;
  };
  for (const w of rows.wards) slices[groupOfWard(w.id as number)].wards.push(w);
  for (const m of rows.wardMergedFrom) slices[groupOfWard(m.ward_id)].wardMergedFrom.push(m);
  const orgGroup = new Map<number, number>();
  for (const o of rows.organizations) {
    const g = groupOfWard(o.ward as number);
    orgGroup.set(o.id as number, g);
    slices[g].organizations.push(o);
  }
  for (const p of rows.organizationPredecessors) slices[orgGroup.get(p.organization_id) as number].organizationPredecessors.push(p);
  // The wards each member belongs to through a membership (most belong to one).
  const firstGroup = new Map<number, number>();
  const moreGroups = new Map<number, number[]>();
  for (const ms of rows.memberships) {
    const g = orgGroup.get(ms.branch as number) as number;
    const member = ms.member as number;
    slices[g].memberships.push(ms);
    const first = firstGroup.get(member);
    if (first == null) firstGroup.set(member, g);
    else if (first !== g && !(moreGroups.get(member) ?? []).includes(g)) moreGroups.set(member, [...(moreGroups.get(member) ?? []), g]);
  }
  const groupsOf = (member: number) => {
    const first = firstGroup.get(member);
    return first == null ? [] : [first, ...(moreGroups.get(member) ?? [])];
  };
  for (const m of rows.members) for (const g of groupsOf(m.id as number)) slices[g].members.push(m);
  for (const p of rows.positions) slices[orgGroup.get(p.organization as number) as number].positions.push(p);
  for (const e of rows.exemptions) for (const g of groupsOf(e.member as number)) slices[g].exemptions.push(e);
  for (const d of rows.specialDuties) for (const g of groupsOf(d.member as number)) slices[g].specialDuties.push(d);
  return { slices, crossWard: new Set(moreGroups.keys()) };
}

/**
 * A year of meetings ward by ward (see `generateMeetings`), for wards too many to hold in memory at once: each ward's
 * rows are yielded as soon as made, with ids following the previous ward's. A member's run of excused absences goes
 * on across wards when they moved (wards are made in order, and moves go to a later ward). The same rows and
 * options give the same wards.
 */
export function* meetingsByWard(rows: SeedRows, options: MeetingOptions): Generator<MeetingSeedRows> {
  const { slices, crossWard } = wardSlices(rows);
  const ids = firstIds();
  const runs = new Map<string, number>();
  for (let k = 0; k < slices.length; k++) {
    const out = generateWardMeetings(slices[k], { ...options, ward: k, ids, runs });
    // Only those who go on to another ward need their runs kept.
    for (const key of runs.keys()) if (!crossWard.has(Number(key.slice(0, key.indexOf('|'))))) runs.delete(key);
    slices[k] = undefined as unknown as SeedRows;
    yield out;
  }
}

/**
 * A year of meetings for the branches of the generated wards, up to `today`: regular meetings mostly in the first
 * week, quarterly thematic ones (some combined), attendance from membership history with exempt and on-duty members
 * left out, a resolution with tasks for each regular meeting and its review the month after, the year's thematic
 * plans and member tasks, and the ward committee's supervision and pilots (`generateSupervision`). Shortfalls are kept, as real data has them: late or
 * missed meetings, short ones, documents sent late, steps skipped, absences; one member with unexcused absences in
 * three months and one excused four times in a row; some tasks overdue; some members without a task; and the
 * branch `UNMET_BRANCH` has not met this month. All wards at once: the rows of `meetingsByWard` put together.
 */
export function generateMeetings(rows: SeedRows, options: MeetingOptions): MeetingSeedRows {
  const all: MeetingSeedRows = { thematicPlanItems: [], memberTasks: [], meetings: [], attendance: [], resolutions: [], tasks: [], reviews: [], guests: [], assignments: [], pilots: [], pilotGuides: [] };
  for (const ward of meetingsByWard(rows, options)) {
    for (const key of Object.keys(all) as Array<keyof MeetingSeedRows>) for (const row of ward[key]) all[key].push(row);
  }
  return all;
}

/** One ward's year of meetings, its ids following `ids` (which it advances), its judging going on from `runs`. */
function generateWardMeetings(rows: SeedRows, options: MeetingOptions & { ward: number; ids: MeetingIds; runs: Map<string, number> }): MeetingSeedRows {
  const seed = wardSeed(options.seed, options.ward);
  const random = new Random(seed + 7);
  const out: Omit<MeetingSeedRows, keyof SupervisionSeedRows> = { thematicPlanItems: [], memberTasks: [], meetings: [], attendance: [], resolutions: [], tasks: [], reviews: [] };
  const now = new Date(`${options.today}T00:00:00Z`);
  const stamp = { version: 1, createdAt: now, updatedAt: now };
  const ids = options.ids;
  const today = options.today;
  const currentMonth = today.slice(0, 7);
  const year = Number(today.slice(0, 4));

  const names = new Map(rows.members.map((m) => [m.id as number, m.fullName as string]));
  const official = new Map(rows.members.map((m) => [m.id as number, (m.officialOn as string | null) ?? null]));
  const byBranch = new Map<number, Array<{ member: number; from: string; to: string | null }>>();
  for (const ms of rows.memberships) {
    const list = byBranch.get(ms.branch as number) ?? [];
    list.push({ member: ms.member as number, from: ms.from as string, to: (ms.to as string | null) ?? null });
    byBranch.set(ms.branch as number, list);
  }
  const periods = (list: Record<string, unknown>[]) => {
    const map = new Map<number, Array<{ from: string; to: string | null }>>();
    for (const r of list) map.set(r.member as number, [...(map.get(r.member as number) ?? []), { from: r.from as string, to: (r.to as string | null) ?? null }]);
    return map;
  };
  const exempt = periods(rows.exemptions);
  const duty = periods(rows.specialDuties);
  const on = (map: Map<number, Array<{ from: string; to: string | null }>>, member: number, day: string) => (map.get(member) ?? []).some((p) => covers(p, day));
  const roster = (branch: number, day: string) =>
    (byBranch.get(branch) ?? []).filter((ms) => covers(ms, day)).map((ms) => ({
      member: ms.member,
      exclusion: on(exempt, ms.member, day) ? AttendanceExclusion.EXEMPT : on(duty, ms.member, day) ? AttendanceExclusion.SPECIAL_DUTY : null,
    }));
  const heads = new Map<number, number>();
  for (const p of rows.positions) if (p.role === PositionRole.BRANCH_SECRETARY && p.to == null) heads.set(p.organization as number, p.member as number);

  const branches = rows.organizations.filter((o) => o.kind === OrganizationKind.BRANCH && o.dissolvedOn == null);
  const months = Array.from({ length: options.months ?? 12 }, (_, i) => monthsBack(currentMonth, (options.months ?? 12) - 1 - i));
  // Members whose absences the alerts should find: one unexcused in three months, one excused four times in a row, per ward.
  const patterns = new Map<number, 'unexcused' | 'excused'>();
  const seenWards = new Set<number>();
  for (const b of branches) {
    const ward = b.ward as number;
    if (seenWards.has(ward) || b.branchKind !== BranchKind.RESIDENTIAL || b.name === UNMET_BRANCH) continue;
    const members = roster(b.id as number, today).filter((r) => !r.exclusion && heads.get(b.id as number) !== r.member);
    if (members.length < 4) continue;
    patterns.set(members[1].member, 'unexcused');
    patterns.set(members[2].member, 'excused');
    seenWards.add(ward);
  }

  for (const b of branches) {
    const branch = b.id as number;
    const kind = b.branchKind as BranchKind;
    const residential = kind === BranchKind.RESIDENTIAL;
    // The year's thematic plan: four quarters, reported in January (a few branches have not reported).
    const planned = random.chance(0.92);
    const planIds: number[] = [];
    if (planned) {
      const offset = random.int(0, TOPICS.length - 1);
      for (let q = 1; q <= 4; q++) {
        const [area, title] = TOPICS[(offset + q) % TOPICS.length];
        const id = ++ids.plan;
        planIds.push(id);
        out.thematicPlanItems.push({ id, ...stamp, branch, year, quarter: q, topicArea: area, title, reportedOn: random.chance(0.85) ? `${year}-01-${pad(random.int(10, 25))}` : null });
      }
    }
    // Member tasks for the year: assigned in January, or on arrival for those who came later; a few are missing.
    const assignDay = `${year}-01-${pad(random.int(5, 20))}`;
    const taskedMembers = new Set<number>();
    for (const ms of byBranch.get(branch) ?? []) {
      if (ms.to != null && ms.to <= `${year}-01-01`) continue;
      const day = ms.from > assignDay ? addDays(ms.from, random.int(3, 25)) : assignDay;
      if (day > today || (ms.to != null && ms.to <= day) || on(exempt, ms.member, day) || taskedMembers.has(ms.member)) continue;
      if (!random.chance(ms.from > assignDay ? 0.7 : 0.96)) continue;
      taskedMembers.add(ms.member);
      out.memberTasks.push({ id: ++ids.memberTask, ...stamp, member: ms.member, branch, year, description: random.pick(MEMBER_TASKS), assignedOn: day });
    }

    let lastResolution: { id: number; tasks: number[]; members: number[] } | null = null;
    for (const month of months) {
      if (`${month}-01` < (b.foundedOn as string)) continue;
      const quarterMonth = (Number(month.slice(5)) - 1) % 3;
      const current = month === currentMonth;
      // The quarter's thematic meeting: in its second month, sometimes combined with the regular one.
      const thematicHere = quarterMonth === 1 && random.chance(0.93);
      const combined = thematicHere && random.chance(0.25);
      const plannedItem = Number(month.slice(0, 4)) === year && planIds.length ? planIds[Math.floor((Number(month.slice(5)) - 1) / 3)] : null;
      const topic = (plannedItem ? out.thematicPlanItems.find((p) => p.id === plannedItem)?.title : random.pick(TOPICS)[1]) as string;
      const skipRegular = (current && (b.name === UNMET_BRANCH || random.chance(0.12))) || (!current && random.chance(0.025));
      const wanted: MeetingKind[] = [];
      if (!skipRegular) wanted.push(combined ? MeetingKind.COMBINED : MeetingKind.REGULAR);
      if (thematicHere && !combined) wanted.push(MeetingKind.THEMATIC);
      for (const meetingKind of wanted) {
        const regular = meetingKind !== MeetingKind.THEMATIC;
        const dayOfMonth = regular ? (random.chance(0.88) ? random.int(1, 7) : random.int(8, 20)) : random.int(12, 26);
        const day = `${month}-${pad(dayOfMonth)}`;
        const id = ++ids.meeting;
        const base = {
          id, ...stamp, organization: branch, branch, kind: meetingKind, month, regularMonth: regular ? month : null, plannedOn: day,
          place: PLACES[kind], online: false, onlineReason: null, thematicPlanItem: meetingKind === MeetingKind.REGULAR ? null : plannedItem,
          thematicTopic: meetingKind === MeetingKind.REGULAR ? null : topic,
          forms: meetingKind === MeetingKind.REGULAR ? [MeetingForm.POLITICAL] : meetingKind === MeetingKind.THEMATIC ? [MeetingForm.THEMATIC] : [MeetingForm.POLITICAL, MeetingForm.THEMATIC],
          agenda: regular
            ? `1. Đánh giá kết quả thực hiện nghị quyết tháng ${monthsBack(month, 1).slice(5)}.\n2. Phương hướng, nhiệm vụ tháng ${month.slice(5)}/${month.slice(0, 4)}.\n3. Biểu quyết nghị quyết.`
            : `Sinh hoạt chuyên đề: ${topic}.`,
        };
        if (day > today) {
          // Not yet held: a planned meeting later this month.
          out.meetings.push({ ...base, heldOn: null, startTime: null, endTime: null, documentsSentOn: null, stepsDone: [], minutes: null, votesFor: null, votesAgainst: null, votesAbstain: null,
            chair: null, minuteTaker: null, expectedCount: 0, presentCount: 0, excusedCount: 0, unexcusedCount: 0, attendanceRecorded: false, findingCount: 0, findings: [] });
          continue;
        }
        const start = residential ? 19 * 60 + 30 : random.pick([8 * 60, 14 * 60]);
        const after42 = day >= '2025-10-28';
        const length = meetingKind === MeetingKind.COMBINED ? (random.chance(0.85) ? random.int(120, 165) : random.int(95, 115))
          : after42 && random.chance(0.9) ? random.int(90, 140) : random.int(60, 88);
        const documentsSentOn = random.chance(0.92) ? addDays(day, -random.int(1, 4)) : day;
        const stepsDone = Object.values(ProcedureStep).filter(() => random.chance(0.985));
        const list = roster(branch, day);
        const lines = list.map((r) => {
          let status = AttendanceStatus.PRESENT;
          let reason: string | null = null;
          const pattern = patterns.get(r.member);
          const monthNo = Number(month.slice(5));
          if (r.exclusion) {
            if (!random.chance(0.12)) {
              status = AttendanceStatus.EXCUSED;
              reason = r.exclusion === AttendanceExclusion.EXEMPT ? 'Được miễn sinh hoạt đảng' : 'Làm nhiệm vụ đặc biệt';
            }
          } else if (pattern === 'unexcused' && month.startsWith(String(year)) && [3, 6, 9].includes(monthNo) && regular) {
            status = AttendanceStatus.UNEXCUSED;
          } else if (pattern === 'excused' && month.startsWith(String(year)) && monthNo >= 5 && monthNo <= 9) {
            status = AttendanceStatus.EXCUSED;
            reason = 'Điều trị dài ngày tại bệnh viện';
          } else {
            const r2 = random.next();
            if (r2 < (residential ? 0.07 : 0.04)) {
              status = AttendanceStatus.EXCUSED;
              reason = random.pick(EXCUSES);
            } else if (r2 < (residential ? 0.073 : 0.042)) status = AttendanceStatus.UNEXCUSED;
          }
          return { member: r.member, exclusion: r.exclusion, status, reason };
        });
        const counts = tallyAttendance(lines);
        const presentIds = lines.filter((l) => l.status === AttendanceStatus.PRESENT).map((l) => l.member);
        const head = heads.get(branch);
        const chair = head && presentIds.includes(head) ? head : presentIds[0] ?? null;
        const minuteTaker = presentIds.find((m) => m !== chair) ?? null;
        const endTime = time(start + length);
        const findings = judgeMeeting({
          kind: meetingKind, heldOn: day, minutes: meetingLength(time(start), endTime), documentsSentOn, stepsDone,
          expected: counts.expected, presentAmongExpected: counts.presentAmongExpected, unexcusedAbsent: counts.unexcused,
        }, MEETING_RULE_SETS);
        const voters = presentIds.filter((m) => (official.get(m) ?? '9999') <= day).length;
        const abstain = regular && voters > 5 && random.chance(0.1) ? 1 : 0;
        out.meetings.push({
          ...base, heldOn: day, startTime: time(start), endTime, documentsSentOn, stepsDone, chair, minuteTaker,
          minutes: regular
            ? `Đồng chí ${names.get(chair as number) ?? ''} chủ trì. Chi bộ đánh giá kết quả tháng trước, các đảng viên phát biểu ý kiến về nhiệm vụ tháng ${month.slice(5)}; có ${counts.presentAmongExpected}/${counts.expected} đảng viên dự họp. Ý kiến khác được ghi đầy đủ.`
            : `Chuyên đề "${topic}". Đồng chí ${names.get(chair as number) ?? ''} trình bày tham luận; đảng viên thảo luận, liên hệ bản thân.`,
          votesFor: regular ? voters - abstain : null, votesAgainst: regular ? 0 : null, votesAbstain: regular ? abstain : null,
          expectedCount: counts.expected, presentCount: counts.presentAmongExpected, excusedCount: counts.excused, unexcusedCount: counts.unexcused,
          attendanceRecorded: true, findingCount: findings.length, findings,
        });
        for (const l of lines) out.attendance.push({ id: ++ids.attendance, ...stamp, meeting: id, member: l.member, status: l.status, reason: l.reason, exclusion: l.exclusion });
        if (!regular) continue;
        // The previous month's resolution is reviewed at this meeting.
        if (lastResolution) {
          out.reviews.push({ id: ++ids.review, ...stamp, resolution: lastResolution.id, branch, reviewMeeting: id, reviewedOn: day, kind: ReviewKind.PROGRESS, member: null,
            note: 'Chi bộ đánh giá các nhiệm vụ của nghị quyết tháng trước: phần lớn hoàn thành đúng hạn.' });
          const praised = lastResolution.members.find((m) => presentIds.includes(m));
          if (praised && random.chance(0.3)) {
            out.reviews.push({ id: ++ids.review, ...stamp, resolution: lastResolution.id, branch, reviewMeeting: id, reviewedOn: day, kind: ReviewKind.PRAISE, member: praised,
              note: 'Hoàn thành xuất sắc nhiệm vụ được giao.' });
          }
        }
        const resolutionId = ++ids.resolution;
        out.resolutions.push({ id: resolutionId, ...stamp, meeting: id, branch, kind: ResolutionKind.RESOLUTION, title: `Nghị quyết sinh hoạt chi bộ tháng ${month.slice(5)}/${month.slice(0, 4)}`,
          content: `Chi bộ thống nhất phương hướng, nhiệm vụ tháng ${month.slice(5)}/${month.slice(0, 4)}.`, requirements: 'Mỗi đảng viên thực hiện nhiệm vụ được phân công, báo cáo tại kỳ sinh hoạt sau.',
          measures: 'Phân công đảng viên phụ trách từng việc; chi ủy theo dõi, đôn đốc.' });
        const owners: number[] = [];
        const taskIds: number[] = [];
        for (let t = 0; t < random.int(2, 3); t++) {
          const owner = t === 0 || presentIds.length < 2 ? null : random.pick(presentIds);
          if (owner) owners.push(owner);
          const deadline = lastDay(monthsBack(month, -1));
          const past = deadline < today;
          const done = past ? random.chance(0.96) : random.chance(0.2);
          const completedOn = done ? [addDays(deadline, -random.int(0, 20))].map((d) => (d > today ? today : d < day ? day : d))[0] : null;
          const taskId = ++ids.task;
          taskIds.push(taskId);
          out.tasks.push({ id: taskId, ...stamp, resolution: resolutionId, branch, description: random.pick(RESOLUTION_TASKS[kind]), ownerMember: owner, ownerOrganization: owner ? null : branch,
            deadline, status: done ? TaskStatus.DONE : past || random.chance(0.5) ? TaskStatus.IN_PROGRESS : TaskStatus.OPEN, completedOn });
        }
        lastResolution = { id: resolutionId, tasks: taskIds, members: owners };
      }
    }
  }
  judgeWithRuns(out, options.runs);
  const supervision = generateSupervision(rows, out.meetings, new Random(seed + 11), { today, stamp, ids });
  return { ...out, ...supervision };
}

/**
 * Judges the held meetings again as the service does, now that every sheet is known: with each excused member's run
 * of excused absences in the year ending at the meeting (a member may have moved between branches), in date order.
 */
interface SeedMeeting {
  id: number;
  kind: MeetingKind;
  heldOn: string | null;
  startTime: string | null;
  endTime: string | null;
  documentsSentOn: string | null;
  stepsDone: ProcedureStep[];
  expectedCount: number;
  presentCount: number;
  unexcusedCount: number;
  attendanceRecorded: boolean;
  excusedRuns?: number[];
  findings?: unknown[];
  findingCount?: number;
  judgingRevision?: number;
  contentComplete?: boolean;
  documentsDue?: boolean;
  documentsOnTime?: boolean;
}
interface SeedAttendance {
  meeting: number;
  member: number;
  status: AttendanceStatus;
  exclusion: AttendanceExclusion | null;
}

function judgeWithRuns(out: Pick<MeetingSeedRows, 'meetings' | 'attendance'>, running: Map<string, number>): void {
  const meetings = out.meetings as unknown as SeedMeeting[];
  const held = meetings.filter((m) => m.heldOn).sort((a, b) => ((a.heldOn as string) < (b.heldOn as string) ? -1 : (a.heldOn as string) > (b.heldOn as string) ? 1 : a.id - b.id));
  const sheets = new Map<number, SeedAttendance[]>();
  for (const a of out.attendance as unknown as SeedAttendance[]) {
    const sheet = sheets.get(a.meeting);
    if (sheet) sheet.push(a);
    else sheets.set(a.meeting, [a]);
  }
  // Each member's run of excused absences in the year up to the end of the days judged so far (trailingExcusedRun,
  // kept as it grows), keyed member|year. As the API counts it, a meeting's run is the member's meetings held on
  // earlier days and then this one: another meeting the same day does not count for it, but counts from the next day.
  const after = new Map<string, number>();
  for (const [i, m] of held.entries()) {
    const day = m.heldOn as string;
    const runs: number[] = [];
    for (const a of sheets.get(m.id) ?? []) {
      if (a.exclusion) continue;
      const key = `${a.member}|${day.slice(0, 4)}`;
      const excused = a.status === AttendanceStatus.EXCUSED;
      if (excused) runs.push((running.get(key) ?? 0) + 1);
      after.set(key, excused ? (after.get(key) ?? running.get(key) ?? 0) + 1 : 0);
    }
    if (held[i + 1]?.heldOn !== day) {
      for (const [key, run] of after) running.set(key, run);
      after.clear();
    }
    runs.sort((x, y) => y - x);
    const limit = maxConsecutiveExcusedOn(MEETING_RULE_SETS, day);
    m.excusedRuns = runs;
    m.findings = judgeMeeting({
      kind: m.kind, heldOn: day, minutes: meetingLength(m.startTime, m.endTime), documentsSentOn: m.documentsSentOn, stepsDone: m.stepsDone,
      expected: m.expectedCount, presentAmongExpected: m.presentCount, unexcusedAbsent: m.unexcusedCount, attendanceRecorded: m.attendanceRecorded,
      membersOverExcusedRun: limit ? runs.filter((r) => r > limit.max).length : 0,
    }, MEETING_RULE_SETS);
    m.findingCount = m.findings.length;
    Object.assign(m, meetingQuality({ heldOn: day, minutes: meetingLength(m.startTime, m.endTime) }, m.findings as Finding[], MEETING_RULE_SETS));
  }
  for (const m of meetings) m.judgingRevision = JUDGING_REVISION;
}
