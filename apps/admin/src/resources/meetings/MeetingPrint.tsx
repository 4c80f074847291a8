import { Authenticated, useCanAccess, useGetOne, useParams } from 'react-admin';
import { formatDay } from '../../common/days';
import { DOCUMENT_CSS, DocumentHeader, PrintShell } from '../../common/PrintShell';
import type { MeetingRecord, RosterLine } from '../../dataProvider/types';
import { vietnameseApp } from '../../i18n/vi-app';
import { localityOf, partyOrganizationName, wardLocality, writtenDay, writtenTime } from './print';

/**
 * The printed record of a meeting (biên bản sinh hoạt chi bộ), in Vietnamese whatever the panel's language:
 * it is a party document, filed with the branch's papers and signed by the chair and the minute-taker.
 */

const VI = vietnameseApp.chibo.enums;

const upper = (text: string | null | undefined) => (text ?? '').toLocaleUpperCase('vi');

const percent = (part: number, whole: number) =>
  whole > 0 ? new Intl.NumberFormat('vi-VN', { style: 'percent', maximumFractionDigits: 1 }).format(part / whole) : '';

/** What the record is called and which meeting it is: "thường kỳ tháng 11/2026", "chuyên đề: …". */
function subtitle(meeting: MeetingRecord): string {
  const month = `tháng ${meeting.month.slice(5, 7)}/${meeting.month.slice(0, 4)}`;
  if (meeting.kind === 'REGULAR') return `Sinh hoạt thường kỳ ${month}`;
  const topic = meeting.thematicTopic ? `: ${meeting.thematicTopic}` : '';
  return meeting.kind === 'THEMATIC' ? `Sinh hoạt chuyên đề ${month}${topic}` : `Sinh hoạt thường kỳ kết hợp chuyên đề ${month}${topic}`;
}

/** What the record adds to a party document's sheet: its sections, lists and the resolution's text. */
const RECORD_CSS = `${DOCUMENT_CSS}
.record h2 { font-size: 14pt; font-weight: bold; margin: 10pt 0 4pt; }
.record h3 { font-size: 14pt; font-weight: bold; font-style: italic; margin: 6pt 0 2pt; }
.record ol { margin: 0 0 4pt; padding-left: 22pt; }
.record .pre { white-space: pre-line; }
`;

function Absentees({ lines }: { lines: RosterLine[] }) {
  if (lines.length === 0) return null;
  return (
    <ol>
      {lines.map((line) => (
        <li key={line.memberId}>
          Đồng chí {line.member?.fullName ?? ''} – {line.status === 'EXCUSED' ? 'vắng có lý do' : 'vắng không có lý do'}
          {line.reason ? `: ${line.reason}` : ''}.
        </li>
      ))}
    </ol>
  );
}

/** Exempt and special-duty members, named with why they are not counted (and whether they came anyway). */
function NotCounted({ lines }: { lines: RosterLine[] }) {
  if (lines.length === 0) return null;
  return (
    <ol>
      {lines.map((line) => (
        <li key={line.memberId}>
          Đồng chí {line.member?.fullName ?? ''} – {VI.AttendanceExclusion[line.exclusion ?? 'EXEMPT'].toLocaleLowerCase('vi')}
          {line.status === 'PRESENT' ? ', có mặt' : ''}.
        </li>
      ))}
    </ol>
  );
}

/** The record itself, as printed; everything it says comes from the meeting as saved. */
export function MeetingRecordDocument({ meeting }: { meeting: MeetingRecord }) {
  const roster = meeting.roster ?? [];
  const excluded = roster.filter((line) => line.exclusion);
  // Absentees among those expected; exempt and special-duty members are listed apart, as not counted.
  const absent = roster.filter((line) => !line.exclusion && (line.status === 'EXCUSED' || line.status === 'UNEXCUSED'));
  const isGroup = meeting.organization?.kind === 'PARTY_GROUP';
  // A branch secretary's role covers the branch only, so the committee above it comes back empty: the record is
  // then dated at the branch's ward and the party organization is left to fill in by hand, as on a paper form.
  const committee = meeting.branch?.parent?.name;
  const locality = localityOf(committee) || wardLocality(meeting.branch?.ward?.name);
  const day = meeting.heldOn ?? meeting.plannedOn;
  const guests = meeting.guests ?? [];
  const resolutions = meeting.resolutions ?? [];
  const voted = meeting.votesFor != null || meeting.votesAgainst != null || meeting.votesAbstain != null;
  // Out of those who voted: probationary members present have no vote, exempt members who came do, so the
  // present among the expected is not the base (46 of 44 would read 104,5 %).
  const voters = (meeting.votesFor ?? 0) + (meeting.votesAgainst ?? 0) + (meeting.votesAbstain ?? 0);
  return (
    <article className="record" lang="vi">
      <DocumentHeader
        above={upper(isGroup ? meeting.branch?.name : partyOrganizationName(committee)) || <span className="blank">……………………………</span>}
        unit={upper(isGroup ? meeting.organization?.name : meeting.branch?.name)}
        dated={`${locality ? `${locality}, ` : ''}${writtenDay(day)}`}
      />

      <h1>{isGroup ? 'BIÊN BẢN SINH HOẠT TỔ ĐẢNG' : 'BIÊN BẢN SINH HOẠT CHI BỘ'}</h1>
      <p className="subtitle">{subtitle(meeting)}</p>

      <h2>I. THỜI GIAN, ĐỊA ĐIỂM, HÌNH THỨC</h2>
      <p>
        – Thời gian: bắt đầu lúc {writtenTime(meeting.startTime)}, {writtenDay(day)}.
      </p>
      <p>– Địa điểm: {meeting.place || <span className="blank">………………………………………</span>}.</p>
      <p>
        – Hình thức: {meeting.online ? `trực tuyến (lý do: ${meeting.onlineReason ?? ''})` : 'trực tiếp'}.
      </p>

      <h2>II. THÀNH PHẦN</h2>
      <p>– Chủ trì: đồng chí {meeting.chair?.fullName ?? <span className="blank">…………………………</span>}.</p>
      <p>– Thư ký: đồng chí {meeting.minuteTaker?.fullName ?? <span className="blank">…………………………</span>}.</p>
      {meeting.attendanceRecorded ? (
        <>
          <p>
            – Tổng số đảng viên của {isGroup ? 'tổ đảng' : 'chi bộ'}: {roster.length} đồng chí; số đảng viên phải dự:{' '}
            {meeting.expectedCount} đồng chí.
          </p>
          <p>
            – Có mặt: {meeting.presentCount}/{meeting.expectedCount} đồng chí
            {meeting.expectedCount > 0 && ` (${percent(meeting.presentCount, meeting.expectedCount)})`}.
          </p>
          <p>
            – Vắng mặt: {absent.length} đồng chí
            {absent.length > 0 && ` (có lý do: ${meeting.excusedCount}; không có lý do: ${meeting.unexcusedCount})`}
            {absent.length > 0 ? ':' : '.'}
          </p>
          <Absentees lines={absent} />
          {excluded.length > 0 && (
            <p>– Miễn công tác và sinh hoạt đảng, làm nhiệm vụ đặc biệt (không tính vào số phải dự): {excluded.length} đồng chí:</p>
          )}
          <NotCounted lines={excluded} />
        </>
      ) : (
        <p className="blank">– Chưa ghi điểm danh.</p>
      )}
      <p>– Khách mời: {guests.length === 0 ? 'không có.' : ''}</p>
      {guests.length > 0 && (
        <ol>
          {guests.map((guest) => (
            <li key={guest.id}>
              Đồng chí {guest.name} – {VI.GuestRole[guest.role].replace(/\.$/, '').toLocaleLowerCase('vi')}.
            </li>
          ))}
        </ol>
      )}

      <h2>III. NỘI DUNG</h2>
      <h3>1. Chương trình</h3>
      <p className="pre">{meeting.agenda || '…'}</p>
      <h3>2. Diễn biến</h3>
      <p className="pre">{meeting.minutes || '…'}</p>

      <h2>IV. {resolutions.length > 0 ? resolutions.map((r) => upper(VI.ResolutionKind[r.kind])).filter((v, i, a) => a.indexOf(v) === i).join(', ') : 'NGHỊ QUYẾT'}</h2>
      {resolutions.length === 0 && <p>…</p>}
      {resolutions.map((resolution, index) => (
        <section key={resolution.id}>
          <h3>
            {resolutions.length > 1 ? `${index + 1}. ` : ''}
            {resolution.title}
          </h3>
          <p className="pre">{resolution.content}</p>
          {resolution.requirements && <p className="pre">Yêu cầu: {resolution.requirements}</p>}
          {resolution.measures && <p className="pre">Giải pháp: {resolution.measures}</p>}
          {resolution.tasks.length > 0 && (
            <table className="lines">
              <thead>
                <tr>
                  <th style={{ width: '8%' }}>TT</th>
                  <th>Nhiệm vụ</th>
                  <th style={{ width: '28%' }}>Người, đơn vị thực hiện</th>
                  <th style={{ width: '16%' }}>Thời hạn</th>
                </tr>
              </thead>
              <tbody>
                {resolution.tasks.map((task, taskIndex) => (
                  <tr key={task.id}>
                    <td style={{ textAlign: 'center' }}>{taskIndex + 1}</td>
                    <td>{task.description}</td>
                    <td>{task.ownerMember ? `Đ/c ${task.ownerMember.fullName}` : (task.ownerOrganization?.name ?? '')}</td>
                    <td style={{ textAlign: 'center' }}>{formatDay(task.deadline)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      ))}

      <h2>V. BIỂU QUYẾT</h2>
      {voted ? (
        <p>
          Số đảng viên tán thành: {meeting.votesFor ?? 0}
          {voters > 0 && `/${voters} (${percent(meeting.votesFor ?? 0, voters)})`}; không tán thành: {meeting.votesAgainst ?? 0}; không
          biểu quyết: {meeting.votesAbstain ?? 0}.
        </p>
      ) : (
        <p className="blank">Số đảng viên tán thành: ……; không tán thành: ……; không biểu quyết: …….</p>
      )}

      <p style={{ marginTop: '8pt' }}>
        Cuộc họp kết thúc lúc {writtenTime(meeting.endTime)} cùng ngày.
        {(meeting.stepsDone ?? []).includes('MINUTES_ADOPTED') && ` Biên bản đã được thông qua trước ${isGroup ? 'tổ đảng' : 'chi bộ'}.`}
      </p>

      <div className="signatures">
        <div>
          <div className="role">THƯ KÝ</div>
          <div className="hint">(Ký, ghi rõ họ tên)</div>
          <div className="name">{meeting.minuteTaker?.fullName ?? ''}</div>
        </div>
        <div>
          <div className="role">CHỦ TRÌ</div>
          <div className="hint">(Ký, ghi rõ họ tên)</div>
          <div className="name">{meeting.chair?.fullName ?? ''}</div>
        </div>
      </div>
    </article>
  );
}

function PrintPage() {
  const { id = '' } = useParams<{ id: string }>();
  const { canAccess, isPending: checking } = useCanAccess({ resource: 'meetings', action: 'print' });
  const { data, isPending, isFetching, error } = useGetOne<MeetingRecord>('meetings', { id }, { enabled: !!canAccess });
  // A list (the calendar, the meeting list) leaves a partial copy of the meeting in the cache, shown until this
  // page's own read arrives: printed, it would be a record without attendance, agenda or resolutions.
  const meeting = data?.roster ? data : undefined;
  const loading = checking || (!!canAccess && !meeting && !error && (isPending || isFetching));
  return (
    <PrintShell
      css={RECORD_CSS}
      back={`/meetings/${encodeURIComponent(id)}/show`}
      hint="chibo.print.hint"
      printLabel="chibo.print.open"
      ready={!!meeting}
      loading={loading}
      denied={!checking && !canAccess}
      missing="ra.notification.item_doesnt_exist"
    >
      {meeting && <MeetingRecordDocument meeting={meeting} />}
    </PrintShell>
  );
}

/** /meetings/:id/print, outside the panel's layout so only the record prints; it still needs a session. */
export function MeetingPrint() {
  return (
    <Authenticated>
      <PrintPage />
    </Authenticated>
  );
}
