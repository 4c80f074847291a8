import DownloadIcon from '@mui/icons-material/Download';
import { MenuItem, TextField } from '@mui/material';
import { useState } from 'react';
import { Authenticated, Button, useCanAccess, useNotify, useTranslate } from 'react-admin';
import { formatDay } from '../../common/days';
import { errorMessage } from '../../common/FormDialog';
import { DOCUMENT_CSS, DocumentHeader, PrintShell } from '../../common/PrintShell';
import { todayInVietnam } from '../../dataProvider/filters';
import { quarterLabel } from '../../dashboard/quarters';
import { vietnameseApp } from '../../i18n/vi-app';
import { localityOf, partyOrganizationName, writtenDay } from '../meetings/print';
import { useQuarterAssignments } from './QuarterBoard';
import { fetchSchedule, type ScheduleLine, saveFile, scheduleLines, scheduleUrl } from './schedule';
import { useSupervisionScope } from './scope';

const upper = (text: string) => text.toLocaleUpperCase('vi');
const ROMAN = vietnameseApp.chibo.plan.quarters;
/** As the downloaded workbook names them. */
const KIND = { ROTATION: 'Dự luân phiên', IN_CHARGE: 'Phụ trách chi bộ' } as const;

const SCHEDULE_CSS = `${DOCUMENT_CSS}
.record table.lines { font-size: 12pt; }
.record .recipients { text-align: left; font-size: 12pt; }
.record .recipients .role { font-style: italic; font-weight: bold; }
`;

/** The schedule as the office files and sends it: who attends which branch's meeting, on which day, in the quarter. */
export function ScheduleDocument({ committee, quarter, lines, today }: { committee: string; quarter: string; lines: ScheduleLine[]; today: string }) {
  const locality = localityOf(committee);
  const q = Number(quarter.slice(6)) as 1 | 2 | 3 | 4;
  return (
    <article className="record" lang="vi">
      <DocumentHeader above={upper(partyOrganizationName(committee))} unit="BAN THƯỜNG VỤ" dated={`${locality ? `${locality}, ` : ''}${writtenDay(today)}`} />
      <h1>LỊCH DỰ SINH HOẠT CHI BỘ CỦA BAN THƯỜNG VỤ ĐẢNG ỦY</h1>
      <p className="subtitle">
        {ROMAN[q]} năm {quarter.slice(0, 4)}
      </p>
      <table className="lines">
        <thead>
          <tr>
            <th style={{ width: '5%' }}>TT</th>
            <th style={{ width: '24%' }}>Đồng chí</th>
            <th>Chi bộ</th>
            <th style={{ width: '13%' }}>Hình thức</th>
            <th style={{ width: '14%' }}>Ngày dự</th>
            <th style={{ width: '14%' }}>Ghi chú</th>
          </tr>
        </thead>
        <tbody>
          {lines.map((line, index) => (
            <tr key={line.id}>
              <td style={{ textAlign: 'center' }}>{index + 1}</td>
              <td>{line.member}</td>
              <td>{line.branch}</td>
              <td>{KIND[line.kind]}</td>
              <td style={{ textAlign: 'center' }}>{line.day ? formatDay(line.day) : line.kind === 'ROTATION' ? 'Trong quý' : ''}</td>
              <td>{line.note}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {lines.length === 0 && <p className="blank">Chưa có lịch dự sinh hoạt trong quý.</p>}
      <div className="signatures">
        <div className="recipients">
          <div className="role">Nơi nhận:</div>
          <div>- Các đồng chí Ủy viên Ban Thường vụ;</div>
          <div>- Các chi bộ trực thuộc;</div>
          <div>- Lưu Văn phòng Đảng ủy.</div>
        </div>
        <div>
          <div className="role">T/M BAN THƯỜNG VỤ</div>
          <div className="hint">(Ký, ghi rõ họ tên)</div>
        </div>
      </div>
    </article>
  );
}

/** Downloads the quarter's schedule as a workbook (.xlsx) from the API, saying why when refused. */
function DownloadButton({ organizationId, quarter }: { organizationId: string | undefined; quarter: string }) {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    if (!organizationId) return;
    setBusy(true);
    try {
      const { blob, fileName } = await fetchSchedule(scheduleUrl(organizationId, quarter), quarter);
      saveFile(blob, fileName);
    } catch (error) {
      notify(errorMessage(error), { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button label="chibo.supervision.download" variant="contained" color="inherit" size="medium" onClick={download} disabled={!organizationId || busy}>
      <DownloadIcon />
    </Button>
  );
}

function SchedulePage() {
  const translate = useTranslate();
  const scope = useSupervisionScope();
  const { canAccess, isPending: checking } = useCanAccess({ resource: 'supervisorAssignments', action: 'schedule' });
  const { data, isPending, error } = useQuarterAssignments(canAccess ? scope.organizationId : undefined, scope.quarter, false);
  const committee = scope.committees.find((c) => String(c.id) === String(scope.organizationId));
  const ready = !!canAccess && !!data && !!committee;
  return (
    <PrintShell
      css={SCHEDULE_CSS}
      back="/supervisorAssignments/board"
      hint="chibo.supervision.print_hint"
      printLabel="chibo.supervision.print"
      ready={ready}
      loading={checking || (!!canAccess && !ready && !error && (isPending || !committee))}
      denied={!checking && !canAccess}
      missing="chibo.supervision.load_failed"
      actions={
        <>
          <TextField
            select
            size="small"
            value={scope.quarter}
            onChange={(event) => scope.setQuarter(event.target.value)}
            aria-label={translate('chibo.supervision.quarter')}
            sx={{ bgcolor: '#fff', borderRadius: 1, width: 150 }}
          >
            {scope.quarters.map((key) => (
              <MenuItem key={key} value={key}>
                {quarterLabel(key, translate)}
              </MenuItem>
            ))}
          </TextField>
          <DownloadButton organizationId={scope.organizationId} quarter={scope.quarter} />
        </>
      }
    >
      {committee && data && <ScheduleDocument committee={committee.name} quarter={scope.quarter} lines={scheduleLines(data)} today={todayInVietnam()} />}
    </PrintShell>
  );
}

/** /supervisorAssignments/schedule, outside the panel's layout so only the schedule prints; it still needs a session. */
export function SchedulePrint() {
  return (
    <Authenticated>
      <SchedulePage />
    </Authenticated>
  );
}
