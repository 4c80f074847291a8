import { Box, Table, TableBody, TableCell, TableContainer, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { formatDay } from '../../common/days';
import type { SupervisorAssignmentRecord } from '../../dataProvider/supervisionTypes';
import type { MemberRef } from '../../dataProvider/types';
import { type BoardVisit, boardRows, monthSpans, visitConflicts, visitDay, weekColumns } from './board';
import { AssignVisitButton, VisitChip } from './VisitDialogs';

type Visit = BoardVisit & { assignment: SupervisorAssignmentRecord };

const asVisit = (assignment: SupervisorAssignmentRecord): Visit => ({
  key: String(assignment.id),
  memberId: String(assignment.memberId),
  branchId: String(assignment.branchId),
  day: visitDay(assignment.plannedMeeting),
  assignment,
});

const cell = { px: 0.5, py: 0.5, borderLeft: '1px solid', borderColor: 'divider', verticalAlign: 'top' } as const;
const sticky = { position: 'sticky', left: 0, zIndex: 1, bgcolor: 'background.paper', minWidth: 200, maxWidth: 240 } as const;

/**
 * The quarter board: a row per standing committee member, a column per week of the quarter (Monday to Sunday) and a
 * last one for visits without a meeting yet; each visit in the week of its meeting's day.
 */
export function BoardGrid({
  organizationId,
  quarter,
  members,
  assignments,
  attended,
}: {
  organizationId: string;
  quarter: string;
  /** The standing committee members of the quarter, in the committee's order. */
  members: MemberRef[];
  assignments: SupervisorAssignmentRecord[];
  /** Whether the member attended a meeting of the branch in the quarter (from the compliance query). */
  attended: (memberId: string, branchId: string) => boolean;
}) {
  const translate = useTranslate();
  const weeks = weekColumns(quarter);
  const visits = assignments.map(asVisit);
  const conflicts = visitConflicts(visits);
  const names = new Map<string, string>(members.map((m) => [String(m.id), m.fullName]));
  for (const a of assignments) if (a.member) names.set(String(a.memberId), a.member.fullName);
  const rows = boardRows(
    members.map((m) => String(m.id)),
    visits,
    weeks,
  );
  const chips = (list: Visit[]) =>
    list.map((visit) => (
      <VisitChip
        key={visit.key}
        assignment={visit.assignment}
        attended={attended(visit.memberId, visit.branchId)}
        conflicts={conflicts.get(visit.key) ?? []} organizationId={organizationId} quarter={quarter} />
    ));
  return (
    // A one-column grid keeps the wide table from widening the page: it scrolls inside its panel instead.
    <Box sx={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)' }}>
      <TableContainer sx={{ overflowX: 'auto', border: '1px solid', borderColor: 'divider', borderRadius: 1 }}>
        <Table size="small" aria-label={translate('chibo.supervision.board_title')} data-testid="quarter-board">
          <TableHead>
            <TableRow>
              <TableCell rowSpan={2} sx={{ ...sticky, fontWeight: 600 }}>
                {translate('chibo.supervision.standing_member')}
              </TableCell>
              {monthSpans(weeks).map((span) => (
                <TableCell key={span.month} colSpan={span.weeks} align="center" sx={{ ...cell, fontWeight: 600 }}>
                  {translate('chibo.supervision.month', { month: Number(span.month.slice(5, 7)), year: span.month.slice(0, 4) })}
                </TableCell>
              ))}
              <TableCell rowSpan={2} align="center" sx={{ ...cell, fontWeight: 600, minWidth: 110 }}>
                {translate('chibo.supervision.no_day')}
              </TableCell>
            </TableRow>
            <TableRow>
              {weeks.map((week, index) => (
                <TableCell key={week.key} align="center" sx={{ ...cell, minWidth: 76 }}>
                  <Typography variant="caption" component="div" sx={{ fontWeight: 600 }}>
                    {translate('chibo.supervision.week', { n: index + 1 })}
                  </Typography>
                  <Typography variant="caption" component="div" color="text.secondary" sx={{ whiteSpace: 'nowrap' }}>
                    {formatDay(week.from).slice(0, 5)}–{formatDay(week.to).slice(0, 5)}
                  </Typography>
                </TableCell>
              ))}
            </TableRow>
          </TableHead>
          <TableBody>
            {rows.map((row) => (
              <TableRow key={row.memberId} hover data-testid="board-row">
                <TableCell sx={sticky}>
                  <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 0.5 }}>
                    <Typography variant="body2" sx={{ fontWeight: 500 }}>
                      {names.get(row.memberId) ?? row.memberId}
                    </Typography>
                    <AssignVisitButton organizationId={organizationId} quarter={quarter} memberId={row.memberId} memberName={names.get(row.memberId)} />
                  </Box>
                </TableCell>
                {row.weeks.map((list, index) => (
                  <TableCell key={weeks[index].key} sx={cell}>
                    {chips(list)}
                  </TableCell>
                ))}
                <TableCell sx={cell}>{chips(row.undated)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableContainer>
    </Box>
  );
}
