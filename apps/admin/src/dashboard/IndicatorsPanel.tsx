import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, Skeleton, Stack, Typography } from '@mui/material';
import { lazy, Suspense, useState } from 'react';
import { Button, LinkBase, useGetOne, useTranslate } from 'react-admin';
import { formatDay } from '../common/days';
import { formatMonth } from '../common/times';
import { BranchRanking } from './BranchRanking';
import { DrillDialog, type DrillTarget } from './DrillDialog';
import { type Drill, OTHER_CODES, PLAN_CARDS, PlanCard, SmallFigureCard, useFigureLabel } from './FigureCards';
import { figureOf, type IndicatorFigureRecord, type IndicatorsQuery, type IndicatorsRecord, queryKey } from './indicatorsApi';
import { type Period, periodLabel } from './period';
import { type IndicatorScope, ScopeBar } from './scope';

/** The charts (and their library) load after the figures: the home page shows its numbers first. */
const TrendCharts = lazy(() => import('./TrendCharts').then((module) => ({ default: module.TrendCharts })));

/**
 * The plan's figures on the home page, for an organization and a period chosen above them: the four cards of the plan,
 * the figures tracked beside them, the trends over twelve months and the branches ranked. Every number opens the
 * rows behind it.
 */
export function IndicatorsPanel({ scope }: { scope: IndicatorScope }) {
  const translate = useTranslate();
  const label = useFigureLabel();
  const [drill, setDrill] = useState<DrillTarget | null>(null);
  const { scopeId, period } = scope;
  const query: IndicatorsQuery | null = scopeId ? { scopeId, period } : null;
  const { data, isPending, error } = useGetOne<IndicatorsRecord>(
    'indicators',
    { id: query ? queryKey(query) : '', meta: query },
    { enabled: !!query },
  );
  /** Opens a figure's rows over the period chosen (or another: a month of the trends), optionally one group's. */
  const open = (figure: IndicatorFigureRecord, counted: boolean | null, filter: DrillTarget['filter'] = {}, over: Period = period, group?: string) =>
    scopeId &&
    setDrill({ code: figure.code, label: label(figure), scopeId, period: over, counted, filter, group: [group, periodLabel(over, translate)].filter(Boolean).join(' · ') });
  const onDrill: Drill = (figure, counted) => open(figure, counted);
  const others = OTHER_CODES.map((code) => figureOf(data?.totals, code)).filter((f): f is IndicatorFigureRecord => !!f);
  return (
    <Box component="section" aria-label={translate('chibo.indicators.title')} data-testid="indicators-panel">
      <Stack direction="row" spacing={2} alignItems="center" justifyContent="space-between" useFlexGap flexWrap="wrap" sx={{ mb: 1.5 }}>
        <ScopeBar scope={scope} />
        <Button component={LinkBase} to="/reports/periodic" label="chibo.report.open" variant="outlined">
          <PrintIcon />
        </Button>
      </Stack>
      {data && (
        <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }} data-testid="indicators-period">
          {translate('chibo.indicators.counted_over', {
            scope: scope.scope?.name ?? '',
            from: formatMonth(data.from),
            to: formatMonth(data.to),
            asOf: formatDay(data.asOf),
          })}
        </Typography>
      )}
      {error ? (
        <Alert severity="error">{translate('chibo.indicators.failed')}</Alert>
      ) : (
        <Stack spacing={2}>
          <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="stretch">
            {PLAN_CARDS.map((card) => (
              <PlanCard key={card.plan} plan={card.plan} codes={card.codes} figures={data?.totals} loading={isPending} onDrill={onDrill} />
            ))}
          </Stack>
          {others.length > 0 && (
            <Box component="section" aria-label={translate('chibo.indicators.others')}>
              <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1 }}>
                {translate('chibo.indicators.others')}
              </Typography>
              <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="stretch">
                {others.map((figure) => (
                  <SmallFigureCard key={figure.code} figure={figure} onDrill={onDrill} />
                ))}
              </Stack>
            </Box>
          )}
          {scopeId && (
            <Suspense fallback={<Skeleton variant="rounded" height={300} />}>
            <TrendCharts
              scopeId={scopeId}
              period={period}
              onDrill={(figure, month) => open(figure, false, {}, { kind: 'month', key: month })}
            />
            </Suspense>
          )}
          {scopeId && (
            <BranchRanking
              scopeId={scopeId}
              period={period}
              onDrill={(figure, branch) => open(figure, null, { organizationId: String(branch.id) }, period, branch.name)}
            />
          )}
        </Stack>
      )}
      <DrillDialog target={drill} onClose={() => setDrill(null)} />
    </Box>
  );
}
