import { RATING_CRITERION_LABELS, RATING_LEVEL_LABELS, RATING_LEVEL_ORDER, type RatingRules } from '@chibo/domain';
import { Authenticated } from 'react-admin';
import { formatDay } from '../../common/days';
import { DOCUMENT_CSS, DocumentHeader, PrintShell } from '../../common/PrintShell';
import { todayInVietnam } from '../../dataProvider/filters';
import { localityOf, partyOrganizationName, wardLocality, writtenDay } from '../meetings/print';
import type { BranchRatingsRecord, MemberRatingsRecord, RatedOrganization, RatingCriterionRecord, RatingDocumentRecord, RatingRowRecord } from './api';
import { useRatings } from './AnnualRatingsPage';
import { criterionValue, formatPoints, rulesOf } from './rating';
import { useRatingScope } from './scope';

const upper = (text: string | null | undefined) => (text ?? '').toLocaleUpperCase('vi');
const pts = (value: number) => formatPoints(value, 'vi');

/** A landscape A4 sheet: the table has a column per criterion. */
const RATING_CSS = `${DOCUMENT_CSS}
@page { size: A4 landscape; margin: 15mm 15mm 15mm 20mm; }
.record.landscape { width: 297mm; min-height: 210mm; padding: 15mm 15mm 15mm 20mm; }
.record table.lines { font-size: 11pt; line-height: 1.25; }
.record table.lines th { font-size: 10.5pt; vertical-align: middle; }
.record table.lines td.num { text-align: center; white-space: nowrap; }
.record table.lines td .sub { display: block; font-size: 9.5pt; font-style: italic; }
.record table.lines tr { page-break-inside: avoid; }
.record .note { font-size: 11.5pt; font-style: italic; margin-top: 6pt; }
.record .summary { font-size: 12.5pt; }
.record .recipients { text-align: left; font-size: 12pt; }
.record .recipients .role { font-style: italic; font-weight: bold; }
@media print { .record.landscape { width: auto; min-height: 0; padding: 0; } }
`;

/** A criterion as the sheet writes it: the value, then the points (or met / not met under levels). */
function criterionText(c: RatingCriterionRecord | undefined, scored: boolean) {
  if (!c) return null;
  const value = criterionValue(c);
  if (value.kind === 'none') return <span className="sub">Không áp dụng</span>;
  const main = value.kind === 'share' ? `${value.numerator}/${value.denominator}` : value.kind === 'count' ? String(value.count) : value.yes ? 'Có' : 'Không';
  return (
    <>
      {main}
      <span className="sub">{scored && c.points != null ? `${pts(c.points)} điểm` : c.met ? 'Đạt' : 'Chưa đạt'}</span>
    </>
  );
}

/** "x hoàn thành xuất sắc, y hoàn thành tốt … nhiệm vụ; z chưa xếp loại". */
function summaryOf(rows: RatingRowRecord[]): string {
  const counts = RATING_LEVEL_ORDER.map((level) => [level, rows.filter((r) => !r.pending && r.level === level).length] as const);
  const pending = rows.filter((r) => r.pending).length;
  const parts = counts.map(([level, n]) => `${n} ${RATING_LEVEL_LABELS[level].vi.toLocaleLowerCase('vi')}`);
  return `${parts.join('; ')}${pending > 0 ? `; ${pending} chưa xếp loại (cấp ủy chưa nhập)` : ''}.`;
}

interface Line {
  key: string;
  name: string;
  row: RatingRowRecord;
  /** What the note column adds: grounds for removal, exemption. */
  flags: string[];
}

/** The rating table as the office files it: Vietnamese headers, points with a comma, days dd/MM/yyyy. */
export function RatingDocument(props: {
  subject: 'branch' | 'member';
  year: number;
  asOf: string;
  document: RatingDocumentRecord;
  rules: RatingRules;
  /** The committee (branches' table) or the branch (members' table). */
  organization: RatedOrganization | null;
  lines: Line[];
  removal?: { months: number; document: string };
  today: string;
}) {
  const { document, rules, organization, subject } = props;
  const scored = rules.scale === 'POINTS';
  const codes = (subject === 'branch' ? rules.meetingPart.branch : rules.meetingPart.member).map((w) => w.code);
  const committee = subject === 'branch' ? organization?.name : organization?.parent?.name;
  const locality = localityOf(committee) || wardLocality(organization?.ward?.name);
  const band = (level: string) => document.bands.find((b) => b.level === level)?.min ?? 0;
  return (
    <article className="record landscape" lang="vi">
      <DocumentHeader
        above={upper(partyOrganizationName(committee)) || <span className="blank">……………………………</span>}
        unit={subject === 'branch' ? 'BAN THƯỜNG VỤ' : upper(organization?.name)}
        dated={`${locality ? `${locality}, ` : ''}${writtenDay(props.today)}`}
      />
      <h1>{subject === 'branch' ? 'BẢNG TỔNG HỢP XẾP LOẠI CHẤT LƯỢNG CHI BỘ' : 'BẢNG TỔNG HỢP XẾP LOẠI CHẤT LƯỢNG ĐẢNG VIÊN'}</h1>
      <p className="subtitle">
        Năm {props.year}
        {subject === 'branch' && organization ? ` – ${organization.name}` : ''}
        <br />
        <span style={{ fontWeight: 'normal', fontStyle: 'italic' }}>
          (Theo Quy định số {document.documentNumber} ngày {formatDay(document.documentDate)} và tiêu chí chất lượng sinh hoạt của Đảng ủy phường)
        </span>
      </p>
      <table className="lines">
        <thead>
          <tr>
            <th rowSpan={2} style={{ width: '4%' }}>
              TT
            </th>
            <th rowSpan={2} style={{ width: subject === 'branch' ? '17%' : '15%' }}>
              {subject === 'branch' ? 'Chi bộ' : 'Họ và tên đảng viên'}
            </th>
            <th colSpan={codes.length}>Chất lượng sinh hoạt{scored ? ` (${pts(document.meetingPartMax)} điểm)` : ''}</th>
            {scored ? (
              <>
                <th rowSpan={2}>Điểm sinh hoạt</th>
                <th rowSpan={2}>Điểm cấp ủy chấm (tối đa {pts(document.enteredPointsMax ?? 0)})</th>
                <th rowSpan={2}>Tổng điểm</th>
              </>
            ) : (
              <th rowSpan={2}>Mức đề xuất</th>
            )}
            <th rowSpan={2} style={{ width: '12%' }}>
              Xếp loại
            </th>
            <th rowSpan={2} style={{ width: '15%' }}>
              Ghi chú
            </th>
          </tr>
          <tr>
            {codes.map((code) => (
              <th key={code}>{RATING_CRITERION_LABELS[code].vi}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.lines.map((line, index) => {
            const { row } = line;
            const byCode = new Map(row.criteria.map((c) => [c.code, c]));
            const notes = [...line.flags, row.rating?.note ?? ''].filter(Boolean);
            return (
              <tr key={line.key}>
                <td className="num">{index + 1}</td>
                <td>{line.name}</td>
                {codes.map((code) => (
                  <td key={code} className="num">
                    {criterionText(byCode.get(code), scored)}
                  </td>
                ))}
                {scored ? (
                  <>
                    <td className="num">{row.meetingPoints != null ? pts(row.meetingPoints) : '–'}</td>
                    <td className="num">{row.rating?.points != null ? pts(row.rating.points) : ''}</td>
                    <td className="num">
                      <b>{row.total != null ? pts(row.total) : ''}</b>
                    </td>
                  </>
                ) : (
                  <td className="num">{row.proposedLevel ? RATING_LEVEL_LABELS[row.proposedLevel].vi : ''}</td>
                )}
                <td>{row.pending ? <i>Chưa xếp loại</i> : row.level ? RATING_LEVEL_LABELS[row.level].vi : ''}</td>
                <td>{notes.join('. ')}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {props.lines.length === 0 && <p className="blank">Không có {subject === 'branch' ? 'chi bộ' : 'đảng viên'} nào trong năm.</p>}
      <p className="summary">
        <b>Tổng hợp:</b> {props.lines.length} {subject === 'branch' ? 'chi bộ' : 'đảng viên'}: {summaryOf(props.lines.map((l) => l.row))}
      </p>
      <p className="note">
        Ghi chú: {scored
          ? `Thang ${pts(document.maxPoints ?? 100)} điểm; hoàn thành xuất sắc nhiệm vụ từ ${pts(band('OUTSTANDING'))} điểm, hoàn thành tốt từ ${pts(band('GOOD'))}, hoàn thành từ ${pts(band('COMPLETED'))} điểm. Phần chất lượng sinh hoạt (${pts(document.meetingPartMax)} điểm) theo tiêu chí của Đảng ủy phường (Kế hoạch 117-KH/ĐU), cấp ủy chấm ${pts(document.enteredPointsMax ?? 0)} điểm còn lại.`
          : 'Quy định xếp loại theo mức, không chấm điểm; tiêu chí chất lượng sinh hoạt của Đảng ủy phường (Kế hoạch 117-KH/ĐU) chỉ đề xuất mức.'}{' '}
        {props.removal ? `Bỏ sinh hoạt không lý do từ ${props.removal.months} tháng trong năm là căn cứ xóa tên (Quy định ${props.removal.document}). ` : ''}
        Số liệu tính đến ngày {formatDay(props.asOf)}.
      </p>
      <div className="signatures">
        <div className="recipients">
          <div className="role">Nơi nhận:</div>
          {subject === 'branch' ? (
            <>
              <div>- Các chi bộ trực thuộc;</div>
              <div>- Lưu Văn phòng Đảng ủy.</div>
            </>
          ) : (
            <>
              <div>- Đảng ủy (để báo cáo);</div>
              <div>- Lưu chi bộ.</div>
            </>
          )}
        </div>
        <div>
          <div className="role">{subject === 'branch' ? 'T/M BAN THƯỜNG VỤ' : 'T/M CHI BỘ'}</div>
          <div className="role">{subject === 'branch' ? '' : 'BÍ THƯ'}</div>
          <div className="hint">(Ký, ghi rõ họ tên)</div>
        </div>
      </div>
    </article>
  );
}

/** A level below the total's (the committee's judgement, or grounds for removal) says which level the points reached. */
function lowered(r: RatingRowRecord): string {
  return !r.pending && r.level && r.levelByPoints && r.level !== r.levelByPoints ? `Tổng điểm đạt mức "${RATING_LEVEL_LABELS[r.levelByPoints].vi}"` : '';
}

function branchLines(data: BranchRatingsRecord): Line[] {
  return data.rows.map((r) => ({ key: r.branchId, name: r.branch?.name ?? '', row: r, flags: [lowered(r)].filter(Boolean) }));
}

function memberLines(data: MemberRatingsRecord): Line[] {
  return data.rows.map((r) => ({
    key: r.memberId,
    name: r.member?.fullName ?? '',
    row: r,
    flags: [
      lowered(r),
      r.removalGrounds ? `Căn cứ xóa tên: bỏ sinh hoạt không lý do ${r.unexcusedMonths} tháng` : '',
      r.exempt ? 'Miễn sinh hoạt' : '',
      r.to || !r.from.endsWith('-01-01') ? `Sinh hoạt tại chi bộ từ ${formatDay(r.from)}${r.to ? ` đến ${formatDay(r.to)}` : ''}` : '',
    ].filter(Boolean),
  }));
}

function RatingPrintPage() {
  const scope = useRatingScope();
  const { branches, members } = useRatings(scope);
  const showMembers = !!scope.branchId;
  const current = showMembers ? members : branches;
  const back = scope.href({});
  return (
    <PrintShell
      css={RATING_CSS}
      back={back}
      hint="chibo.rating.print_hint"
      printLabel="chibo.rating.print_button"
      ready={!!current.data}
      loading={current.isPending && (showMembers || !!scope.organizationId)}
      denied={false}
      missing="chibo.rating.load_failed"
    >
      {showMembers && members.data && (
        <RatingDocument
          subject="member"
          year={scope.year}
          asOf={members.data.asOf}
          document={members.data.document}
          rules={rulesOf(members.data.document)}
          organization={members.data.branch}
          lines={memberLines(members.data)}
          removal={{ months: members.data.removalMonths, document: members.data.removalDocument }}
          today={todayInVietnam()}
        />
      )}
      {!showMembers && branches.data && (
        <RatingDocument
          subject="branch"
          year={scope.year}
          asOf={branches.data.asOf}
          document={branches.data.document}
          rules={rulesOf(branches.data.document)}
          organization={branches.data.organization}
          lines={branchLines(branches.data)}
          today={todayInVietnam()}
        />
      )}
    </PrintShell>
  );
}

/** /annual-ratings/print, outside the panel's layout so only the table prints; it still needs a session. */
export function RatingPrint() {
  return (
    <Authenticated>
      <RatingPrintPage />
    </Authenticated>
  );
}
