import { Alert, Box, Chip, MenuItem, Skeleton, Stack, TextField, Typography } from '@mui/material';
import { useState } from 'react';
import { useGetOne, useLocaleState, useTranslate } from 'react-admin';
import { formatDay } from '../common/days';
import { PanelCard } from '../common/PanelCard';
import { RefLink } from '../common/RefField';
import type { BranchFindingsRecord, BranchRef, FindingRecord } from '../dataProvider/types';
import { findingText } from '../resources/meetings/findings';
import { quarterLabel, recentQuarters } from './quarters';

/** The quarters offered: this one and the four before it. */
const QUARTERS_BACK = 5;

/** Thematic meetings first: the quarter's own rule; the year's tasks after. */
const ORDER = ['THEMATIC_MISSING', 'MEMBERS_WITHOUT_TASK'];
const rank = (code: string) => (ORDER.includes(code) ? ORDER.indexOf(code) : ORDER.length);

interface BranchLine {
  branch: BranchRef | null;
  branchId: string;
  findings: FindingRecord[];
}

/**
 * The findings by branch, each branch's findings in the order above, the branches with a thematic shortfall first
 * and otherwise in the API's (tree) order; only the code chosen, when one is.
 */
function byBranch(items: BranchFindingsRecord['items'], code: string | null): BranchLine[] {
  const lines = new Map<string, BranchLine>();
  for (const item of items) {
    if (code && item.finding.code !== code) continue;
    const line = lines.get(item.branchId) ?? { branch: item.branch, branchId: item.branchId, findings: [] };
    line.findings.push(item.finding);
    lines.set(item.branchId, line);
  }
  for (const line of lines.values()) line.findings.sort((a, b) => rank(a.code) - rank(b.code));
  return [...lines.values()].sort((a, b) => rank(a.findings[0].code) - rank(b.findings[0].code));
}

/** How many findings of each code, for the line above the list. */
function countsByCode(items: BranchFindingsRecord['items']): Array<[string, number]> {
  const counts = new Map<string, number>();
  for (const { finding } of items) counts.set(finding.code, (counts.get(finding.code) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => rank(a) - rank(b));
}

/**
 * The shortfalls of the branches under an organization over a quarter (the API's branchFindings): a branch that
 * existed for the whole quarter without its thematic meetings, members without a task for the year. This quarter
 * by default, counting meetings held up to today; an earlier quarter can be chosen.
 */
export function QuarterFindings({ organizationId, current, asOf }: { organizationId: string; current: string; asOf: string }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [quarter, setQuarter] = useState(current);
  /** The code the list is narrowed to by its chip, or every code. */
  const [code, setCode] = useState<string | null>(null);
  const { data, isPending, error } = useGetOne<BranchFindingsRecord>('branchFindings', { id: organizationId, meta: { quarter, asOf } });
  const label = quarterLabel(quarter, translate);
  const items = data?.items ?? [];
  return (
    <PanelCard
      title={translate('chibo.alerts.quarter_findings')}
      flex="2 1 480px"
      testId="quarter-findings"
      help={
        <>
          {translate('chibo.alerts.quarter_findings_help')}
          {quarter === current && ` ${translate('chibo.alerts.quarter_so_far', { date: formatDay(asOf) })}`}
        </>
      }
      actions={
        <TextField
          select
          size="small"
          label={translate('chibo.alerts.quarter')}
          value={quarter}
          onChange={(event) => {
            setQuarter(event.target.value);
            setCode(null);
          }}
          sx={{ width: 160 }}
        >
          {recentQuarters(current, QUARTERS_BACK).map((key) => (
            <MenuItem key={key} value={key}>
              {quarterLabel(key, translate)}
            </MenuItem>
          ))}
        </TextField>
      }
    >
      {error ? (
        <Alert severity="error">{translate('chibo.alerts.quarter_failed')}</Alert>
      ) : isPending ? (
        <Skeleton variant="rounded" height={80} />
      ) : items.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('chibo.alerts.quarter_none', { quarter: label })}
        </Typography>
      ) : (
        <>
          <Stack direction="row" spacing={1} useFlexGap flexWrap="wrap" sx={{ mb: 1 }}>
            {countsByCode(items).map(([key, count]) => (
              <Chip
                key={key}
                size="small"
                color="warning"
                variant={code === key ? 'filled' : 'outlined'}
                label={`${translate(`chibo.findings.${key}`, { _: key })}: ${count}`}
                aria-pressed={code === key}
                onClick={() => setCode(code === key ? null : key)}
              />
            ))}
          </Stack>
          <Box component="ul" sx={{ m: 0, p: 0, listStyle: 'none', maxHeight: 400, overflowY: 'auto' }}>
            {byBranch(items, code).map((line) => (
              <Box component="li" key={line.branchId} sx={{ py: 0.75, borderTop: '1px solid', borderColor: 'divider' }}>
                {line.branch ? <RefLink value={line.branch} reference="organizations" /> : line.branchId}
                {line.findings.map((finding) => (
                  <Typography key={`${finding.code}-${finding.documentNumber}`} variant="body2" color="text.secondary" sx={{ pl: 2 }}>
                    {findingText(finding, translate, locale)}{' '}
                    <Box component="span" sx={{ fontWeight: 600, whiteSpace: 'nowrap' }}>
                      ({finding.documentNumber})
                    </Box>
                  </Typography>
                ))}
              </Box>
            ))}
          </Box>
        </>
      )}
    </PanelCard>
  );
}
