import { Card, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { formatDay } from '../common/days';
import { todayInVietnam } from '../dataProvider/filters';
import type { SupervisorAssignmentRecord } from '../dataProvider/supervisionTypes';
import { quarterOf, visitDay } from '../resources/supervision/board';
import { comingThisMonth } from '../resources/supervision/schedule';

/**
 * A secretary's view of supervision from above: which committee members come to the branch's meeting this month (the
 * standing committee's visits planned at it) and who is in charge of the branch.
 */
export function ComingVisits({ branchId }: { branchId: string }) {
  const translate = useTranslate();
  const today = todayInVietnam();
  // This quarter's visits to the branch and the members in charge of it during the quarter, in one read.
  const { data = [], isPending } = useGetList<SupervisorAssignmentRecord>('supervisorAssignments', {
    filter: { organizationId: branchId, quarter: quarterOf(today) },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'id', order: 'ASC' },
  });
  const coming = comingThisMonth(data, branchId, today);
  const name = (a: SupervisorAssignmentRecord) => a.member?.fullName ?? '';
  return (
    <Card variant="outlined" sx={{ flex: '1 1 320px' }} data-testid="coming-visits">
      <CardContent>
        <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
          {translate('chibo.supervision.coming_title', { month: `${today.slice(5, 7)}/${today.slice(0, 4)}` })}
        </Typography>
        {isPending ? (
          <Skeleton variant="rounded" height={60} />
        ) : (
          <Stack spacing={0.5}>
            {coming.visitors.length === 0 && (
              <Typography variant="body2" color="text.secondary">
                {translate('chibo.supervision.coming_none')}
              </Typography>
            )}
            {coming.visitors.map((a) => (
              <Typography key={a.id} variant="body2">
                {translate('chibo.supervision.coming_visit', { name: name(a), day: formatDay(visitDay(a.plannedMeeting)) })}
              </Typography>
            ))}
            {coming.inCharge.map((a) => (
              <Typography key={a.id} variant="body2">
                {translate('chibo.supervision.coming_in_charge', { name: name(a) })}
              </Typography>
            ))}
          </Stack>
        )}
      </CardContent>
    </Card>
  );
}
