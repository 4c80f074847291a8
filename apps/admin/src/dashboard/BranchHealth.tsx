import { Box, Card, CardContent, Chip, Stack, Typography } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import { formatDay } from '../common/days';
import { ENUMS, enumLabel } from '../common/enums';
import { useFormatNumber } from '../common/numbers';
import { RefLink } from '../common/RefField';
import type { OrganizationRecord, ShortfallRecord } from '../dataProvider/types';

/** How many official members a branch lacks, against the minimum of the structure rule set in force. */
export function ShortfallChip({ shortfall }: { shortfall: ShortfallRecord }) {
  const translate = useTranslate();
  return (
    <Chip
      size="small"
      color="error"
      variant="outlined"
      label={translate('chibo.dashboard.short_of_official', {
        smart_count: shortfall.shortfall,
        actual: shortfall.actual,
        minimum: shortfall.minimum,
      })}
    />
  );
}

/** The document that sets the minimum of official members ("24-QĐ/TW ngày 30/07/2021"), from a shortfall. */
export function ShortfallBasis({ shortfall }: { shortfall: ShortfallRecord }) {
  const translate = useTranslate();
  return (
    <Typography variant="caption" color="text.secondary" component="div" sx={{ mb: 1 }}>
      {translate('chibo.dashboard.official_basis', {
        document: shortfall.documentNumber,
        date: formatDay(shortfall.documentDate),
        minimum: shortfall.minimum,
      })}
    </Typography>
  );
}

/** Every branch today, read in one request, for the figures that need each branch's own numbers. */
export function useBranches() {
  return useGetList<OrganizationRecord>('organizations', {
    filter: { kind: 'BRANCH' },
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'name', order: 'ASC' },
  });
}

/**
 * Branches by kind, and the branches that need the office's attention: no secretary, fewer official members than
 * the structure rule set in force asks (the API's officialShortfall, naming its document).
 */
export function BranchHealth({ branches }: { branches: OrganizationRecord[] }) {
  const translate = useTranslate();
  const formatNumber = useFormatNumber();
  const withoutSecretary = branches.filter((b) => !b.secretary);
  const small = branches.filter((b) => b.officialShortfall);
  const attention = [...new Set([...withoutSecretary, ...small])];
  const basis = small[0]?.officialShortfall;
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
          {basis && <ShortfallBasis shortfall={basis} />}
          {attention.length === 0 ? (
            <Typography variant="body2" color="text.secondary">
              {translate('chibo.dashboard.all_good')}
            </Typography>
          ) : (
            attention.map((branch) => (
              <Box key={branch.id} sx={{ display: 'flex', alignItems: 'center', gap: 1, py: 0.5 }}>
                <RefLink value={branch} reference="organizations" />
                {!branch.secretary && <Chip size="small" color="warning" label={translate('chibo.dashboard.without_secretary')} />}
                {branch.officialShortfall && <ShortfallChip shortfall={branch.officialShortfall} />}
              </Box>
            ))
          )}
        </CardContent>
      </Card>
    </Stack>
  );
}
