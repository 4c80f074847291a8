import type { IndicatorCode } from '@chibo/graphql-types';
import DownloadIcon from '@mui/icons-material/Download';
import { useEffect, useState } from 'react';
import { Authenticated, Button, useDataProvider, useGetOne, useNotify } from 'react-admin';
import { DOCUMENT_CSS, DocumentHeader, PrintShell } from '../common/PrintShell';
import { errorMessage } from '../common/FormDialog';
import { formatDay } from '../common/days';
import { formatPercent, formatMonth } from '../common/times';
import { formatRate } from '../dashboard/FigureCards';
import {
  figureOf,
  type IndicatorFigureRecord,
  type IndicatorRowRecord,
  type IndicatorRowsQuery,
  type IndicatorRowsRecord,
  type IndicatorsQuery,
  type IndicatorsRecord,
  queryKey,
  reportUrl,
} from '../dashboard/indicatorsApi';
import { type Period, writtenPeriod } from '../dashboard/period';
import { ScopeBar, useIndicatorScope } from '../dashboard/scope';
import { todayInVietnam } from '../dataProvider/filters';
import type { OrganizationRecord } from '../dataProvider/types';
import { localityOf, partyOrganizationName, writtenDay } from '../resources/meetings/print';
import { saveFile } from '../resources/supervision/schedule';
import { BEHIND_CODES, type BehindCode, behindBranches, fileNameOf, OTHER_FIGURES, REPORT_FIGURES, reportHeading, writtenWhen } from './report';

/**
 * The periodic report upward (báo cáo định kỳ): the plan's figures of an organization over a month, quarter,
 * half-year or year as a party document on A4, the branches behind, supervision and pilots; printed from the page,
 * or downloaded as the API's workbook or CSV. In Vietnamese whatever the panel's language, like every document.
 */

const REPORT_CSS = `${DOCUMENT_CSS}
.record h2 { font-size: 14pt; font-weight: bold; margin: 10pt 0 4pt; }
.record table.lines { font-size: 12pt; }
.record table.lines td.num { text-align: right; white-space: nowrap; }
.record table.lines td.center { text-align: center; }
.record .note { font-size: 12pt; font-style: italic; }
.record .recipients { text-align: left; font-size: 12pt; }
.record .recipients .role { font-style: italic; font-weight: bold; }
`;

/** The largest page the API gives of a figure's rows. */
const PAGE = 500;

const percent = (share: number | null, whole = false) => (share == null ? '—' : whole ? formatPercent(share, 'vi') : formatRate(share, 'vi'));
const number = (value: number) => new Intl.NumberFormat('vi-VN').format(value);

/** Every row of a figure that is not counted, page after page; null while they load. */
function useUncounted(scopeId: string | undefined, period: Period, codes: readonly IndicatorCode[]) {
  const dataProvider = useDataProvider();
  const [rows, setRows] = useState<Record<string, IndicatorRowRecord[]> | null>(null);
  const [failed, setFailed] = useState(false);
  const key = queryKey({ scopeId, period, codes });
  // biome-ignore lint/correctness/useExhaustiveDependencies: the key stands for scopeId, period and codes.
  useEffect(() => {
    if (!scopeId) return;
    let live = true;
    setRows(null);
    setFailed(false);
    const all = async (code: IndicatorCode, counted: boolean) => {
      const out: IndicatorRowRecord[] = [];
      for (let offset = 0; ; offset += PAGE) {
        const query: IndicatorRowsQuery = { scopeId, period, code, counted, offset, limit: PAGE };
        const { data } = await dataProvider.getOne<IndicatorRowsRecord>('indicatorRows', { id: queryKey(query), meta: query });
        out.push(...data.items);
        if (out.length >= data.total || data.items.length === 0) return out;
      }
    };
    Promise.all(codes.map(async (code) => [code, await all(code, !BEHIND_CODES.includes(code as BehindCode))] as const))
      .then((entries) => live && setRows(Object.fromEntries(entries)))
      .catch(() => live && setFailed(true));
    return () => {
      live = false;
    };
  }, [key, dataProvider]);
  return { rows, failed };
}

function FigureRows({ lines, figures }: { lines: ReadonlyArray<{ number: string; code: IndicatorCode }>; figures: IndicatorFigureRecord[] }) {
  const shown = lines.map((line) => ({ ...line, figure: figureOf(figures, line.code) })).filter((line) => line.figure);
  return (
    <table className="lines">
      <thead>
        <tr>
          <th style={{ width: '7%' }}>TT</th>
          <th>Chỉ tiêu</th>
          <th style={{ width: '15%' }}>Kết quả</th>
          <th style={{ width: '10%' }}>Tỷ lệ</th>
          <th style={{ width: '11%' }}>Mục tiêu</th>
          <th style={{ width: '12%' }}>Đánh giá</th>
        </tr>
      </thead>
      <tbody>
        {shown.map(({ number: n, figure }) => {
          const f = figure as IndicatorFigureRecord;
          return (
            <tr key={f.code} data-testid={`report-figure-${f.code}`}>
              <td className="center">{n}</td>
              <td>{f.label}</td>
              <td className="num">
                {number(f.numerator)}/{number(f.denominator)}
              </td>
              <td className="num">{percent(f.rate)}</td>
              <td className="num">{f.target == null ? '—' : `${f.code === 'ATTENDANCE_POOLED' ? '≥ ' : ''}${percent(f.target, true)}`}</td>
              <td className="center">{f.met == null ? '—' : f.met ? 'Đạt' : 'Chưa đạt'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

/** The documents the targets are taken from, once each. */
const documentsOf = (figures: IndicatorFigureRecord[]) => [...new Set(figures.flatMap((f) => f.documents))];

export function ReportDocument(props: {
  organization: OrganizationRecord;
  period: Period;
  indicators: IndicatorsRecord;
  uncounted: Record<string, IndicatorRowRecord[]>;
  today: string;
}) {
  const { organization, period, indicators, uncounted } = props;
  const heading = reportHeading(organization, partyOrganizationName);
  const locality = [organization.name, ...(organization.ancestors ?? []).map((a) => a.name)].map(localityOf).find(Boolean) ?? '';
  const behind = behindBranches({
    REGULAR_HELD: uncounted.REGULAR_HELD ?? [],
    BRANCHES_AT_THRESHOLD: uncounted.BRANCHES_AT_THRESHOLD ?? [],
    THEMATIC_HELD: uncounted.THEMATIC_HELD ?? [],
  });
  const plan = REPORT_FIGURES.map((line) => figureOf(indicators.totals, line.code)).filter((f): f is IndicatorFigureRecord => !!f);
  const others = OTHER_FIGURES.map((line) => figureOf(indicators.totals, line.code)).filter((f): f is IndicatorFigureRecord => !!f);
  const pilots = (code: IndicatorCode) => (uncounted[code] ?? []).map((row) => row.branch?.name).filter(Boolean).join('; ');
  return (
    <article className="record" lang="vi">
      <DocumentHeader above={heading.above} unit={heading.unit} dated={`${locality ? `${locality}, ` : ''}${writtenDay(props.today)}`} />
      <h1>BÁO CÁO</h1>
      <p className="subtitle">
        Kết quả thực hiện các chỉ tiêu nâng cao chất lượng sinh hoạt chi bộ
        <br />
        {writtenPeriod(period)}
      </p>
      <p>
        Số liệu của {organization.name} từ tháng {formatMonth(indicators.from)} đến tháng {formatMonth(indicators.to)}, tính đến ngày{' '}
        {formatDay(indicators.asOf)}, theo cơ cấu tổ chức tại từng thời điểm.
      </p>
      <h2>I. KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU</h2>
      <FigureRows lines={REPORT_FIGURES} figures={indicators.totals} />
      {plan.length > 0 && <p className="note">Mục tiêu theo: {documentsOf(plan).join('; ')}.</p>}
      <h2>II. CÁC CHI BỘ CHƯA ĐẠT</h2>
      {behind.length === 0 ? (
        <p>Trong kỳ, không có chi bộ nào chưa sinh hoạt thường kỳ, chuyên đề hoặc có tỷ lệ đảng viên dự sinh hoạt dưới mức quy định.</p>
      ) : (
        <table className="lines" data-testid="report-behind">
          <thead>
            <tr>
              <th style={{ width: '7%' }}>TT</th>
              <th>Chi bộ</th>
              <th style={{ width: '20%' }}>Chưa sinh hoạt thường kỳ (tháng)</th>
              <th style={{ width: '20%' }}>Tỷ lệ dự sinh hoạt chưa đạt (tháng)</th>
              <th style={{ width: '17%' }}>Chưa sinh hoạt chuyên đề (quý)</th>
            </tr>
          </thead>
          <tbody>
            {behind.map((line, index) => (
              <tr key={line.branch.id}>
                <td className="center">{index + 1}</td>
                <td>{line.branch.name}</td>
                {BEHIND_CODES.map((code) => (
                  <td key={code} className="center">
                    {writtenWhen(line.when[code])}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <h2>III. GIÁM SÁT, CHỈ ĐẠO ĐIỂM VÀ CÁC CHỈ TIÊU KHÁC</h2>
      {others.length === 0 ? (
        <p>Các chỉ tiêu giám sát và chỉ đạo điểm được tính cho cấp ủy, không tính cho một chi bộ.</p>
      ) : (
        <>
          <FigureRows lines={OTHER_FIGURES} figures={indicators.totals} />
          {pilots('REGULAR_PILOTS') && <p>Chi bộ điểm về sinh hoạt thường kỳ: {pilots('REGULAR_PILOTS')}.</p>}
          {pilots('THEMATIC_PILOTS') && <p>Chi bộ điểm về sinh hoạt chuyên đề: {pilots('THEMATIC_PILOTS')}.</p>}
          <p className="note">Mục tiêu theo: {documentsOf(others).join('; ')}.</p>
        </>
      )}
      <div className="signatures">
        <div className="recipients">
          <div className="role">Nơi nhận:</div>
          <div>- {organization.parent ? `${organization.parent.name} (để báo cáo)` : 'Cấp ủy cấp trên (để báo cáo)'};</div>
          <div>- Lưu Văn phòng.</div>
        </div>
        <div>
          <div className="role">{heading.signs}</div>
          <div className="role">{heading.signer}</div>
          <div className="hint">(Ký, ghi rõ họ tên)</div>
        </div>
      </div>
    </article>
  );
}

/** Downloads a file of the API, saying why when refused. */
function DownloadButton({ url, label, fallback, disabled }: { url: string; label: string; fallback: string; disabled: boolean }) {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      const response = await fetch(url, { credentials: 'same-origin' });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { errors?: Array<{ message?: string }> } | null;
        throw new Error(body?.errors?.[0]?.message ?? 'ra.notification.http_error');
      }
      saveFile(await response.blob(), fileNameOf(response.headers.get('content-disposition'), fallback));
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label={label} variant="contained" color="inherit" size="medium" onClick={download} disabled={disabled || busy}>
      <DownloadIcon />
    </Button>
  );
}

/** The codes whose rows the report lists: the shortfalls (uncounted) and the pilot branches (counted). */
const LISTED: readonly IndicatorCode[] = [...BEHIND_CODES, 'REGULAR_PILOTS', 'THEMATIC_PILOTS'];

function ReportPage() {
  const scope = useIndicatorScope();
  const { scopeId, period } = scope;
  const query: IndicatorsQuery | null = scopeId ? { scopeId, period } : null;
  const figures = useGetOne<IndicatorsRecord>('indicators', { id: query ? queryKey(query) : '', meta: query }, { enabled: !!query });
  const organization = useGetOne<OrganizationRecord>('organizations', { id: scopeId ?? '' }, { enabled: !!scopeId });
  const { rows, failed } = useUncounted(scopeId, period, LISTED);
  const ready = !!figures.data && !!organization.data && !!rows;
  const error = !!figures.error || !!organization.error || failed;
  const file = (format: 'xlsx' | 'csv') => `bao-cao-${period.key}.${format}`;
  return (
    <PrintShell
      css={REPORT_CSS}
      back="/"
      hint="chibo.report.hint"
      printLabel="chibo.report.print"
      ready={ready}
      loading={!ready && !error}
      denied={false}
      missing="chibo.report.failed"
      actions={
        <>
          <ScopeBar scope={scope} light />
          <DownloadButton url={scopeId ? reportUrl('xlsx', scopeId, period) : ''} label="chibo.report.xlsx" fallback={file('xlsx')} disabled={!scopeId} />
          <DownloadButton url={scopeId ? reportUrl('csv', scopeId, period) : ''} label="chibo.report.csv" fallback={file('csv')} disabled={!scopeId} />
        </>
      }
    >
      {ready && (
        <ReportDocument
          organization={organization.data as OrganizationRecord}
          period={period}
          indicators={figures.data as IndicatorsRecord}
          uncounted={rows ?? {}}
          today={todayInVietnam()}
        />
      )}
    </PrintShell>
  );
}

/** /reports/periodic, outside the panel's layout so only the report prints; it still needs a session. */
export function PeriodicReport() {
  return (
    <Authenticated>
      <ReportPage />
    </Authenticated>
  );
}
