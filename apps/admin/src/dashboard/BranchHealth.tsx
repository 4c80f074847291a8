import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { ENUMS, enumLabel } from '../common/enums';
import { useFormatNumber } from '../common/numbers';
import { RefLink } from '../common/RefField';
import type { OrganizationRecord } from '../dataProvider/types';

/** The Party Charter asks at least three official members of a branch. */
export const MIN_OFFICIAL = 3;

/** Every branch today, read in one request, for the figures that need each branch's own numbers. */
export function useBranches() {
  return useGetList<OrganizationRecord>('organizations', {
    filter: { kind: 'BRANCH' },
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'name', order: 'ASC' },
  });
}

/** Branches by kind, and the branches that need the office's attention: no secretary, too few official members. */
export function BranchHealth({ branches }: { branches: OrganizationRecord[] }) {
  const translate = useTranslate();
  const formatNumber = useFormatNumber();
  const withoutSecretary = branches.filter((b) => !b.secretary);
  const small = branches.filter((b) => b.officialMemberCount < MIN_OFFICIAL);
  const attention = [...new Set([...withoutSecretary, ...small])];
  return (
    <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="stretch">
      <Card variant="outlined" sx={{ flex: '1 1 320px' }}>
        <CardContent>
          <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
            {translate('chibo.dashboard.by_kind')}
          </Typography>
          {ENUMS.BranchKind.map((kind) => {
            const count = branches.filter((b) => b.branchKind === kind).length;
            const members = branches.filter((b) => b.branchKind === kind).reduce((sum, b) => sum + b.memberCount, 0);
            return (
              <Box key={kind} sx={{ display: 'flex', justifyContent: 'space-between', py: 0.5, borderBottom: '1px solid', borderColor: 'divider' }}>
                <Typography variant="body2">{translate(enumLabel('BranchKind', kind))}</Typography>
                <Typography variant="body2" color="text.secondary">
                  {translate('chibo.dashboard.branch_count', { smart_count: count, count: formatNumber(count) })} ·{' '}
                  {translate('chibo.dashboard.member_count', { smart_count: members, count: formatNumber(members) })}
                </Typography>
              </Box>
            );
          })}
        </CardContent>
      </Card>
      <Card variant="outlined" sx={{ flex: '2 1 420px' }}>
        <CardContent>
          <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
            {translate('chibo.dashboard.attention')}
          </Typography>
          {attention.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {translate('chibo.dashboard.all_good')}
            </Typography>
          ) : (
            attention.map((branch) => (
              <Box key={branch.id} sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.5 }}>
                <RefLink value={branch} reference="organizations" />
                {!branch.secretary && <Chip size="small" color="warning" label={translate('chibo.dashboard.without_secretary')} />}
                {branch.officialMemberCount < MIN_OFFICIAL && (
                  <Chip size="small" color="error" variant="outlined" label={translate('chibo.dashboard.small_branches')} />
                )}
              </Box>
            ))
          )}
        </CardContent>
      </Card>
    </Stack>
  );
}
