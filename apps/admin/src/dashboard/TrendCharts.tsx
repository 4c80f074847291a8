import type { IndicatorCode } from '@chibo/graphql-types';
import { Alert, Box, Skeleton, Stack, Typography } from '@mui/material';
import { LineChart } from '@mui/x-charts/LineChart';
import { useGetOne, useTranslate } from 'react-admin';
import { PanelCard } from '../common/PanelCard';
import { formatMonth } from '../common/times';
import { todayInVietnam } from '../dataProvider/filters';
import { figureOf, type IndicatorFigureRecord, type IndicatorsQuery, type IndicatorsRecord, queryKey } from './indicatorsApi';
import { usePercent } from './FigureCards';
import { type Period, trendMonths } from './period';

/** The two trends of the home page: attendance (figure 3) and regular meetings held (figure 1), month by month. */
const TRENDS: ReadonlyArray<{ code: IndicatorCode; title: string }> = [
  { code: 'ATTENDANCE_POOLED', title: 'chibo.indicators.trend.attendance' },
  { code: 'REGULAR_HELD', title: 'chibo.indicators.trend.regular' },
];

/** Opens the rows of a figure for one month. */
export type MonthDrill = (figure: IndicatorFigureRecord, month: string) => void;

interface Point {
  month: string;
  figure: IndicatorFigureRecord;
}

/** A lower bound for the rate axis: a little under the lowest rate or target, in steps of 5%, so the gap shows. */
export function axisFloor(values: ReadonlyArray<number | null>): number {
  const present = values.filter((v): v is number => v != null);
  if (present.length === 0) return 0;
  return Math.max(0, Math.floor((Math.min(...present) - 0.05) * 20) / 20);
}

function TrendChart({ title, points, onDrill }: { title: string; points: Point[]; onDrill: MonthDrill }) {
  const translate = useTranslate();
  const percent = usePercent();
  const months = points.map((p) => formatMonth(p.month));
  const rates = points.map((p) => p.figure.rate);
  const targets = points.map((p) => p.figure.target);
  const floor = axisFloor([...rates, ...targets]);
  const open = (index: number | undefined) => {
    if (index != null && points[index]) onDrill(points[index].figure, points[index].month);
  };
  return (
    <PanelCard title={translate(title)} help={translate('chibo.indicators.trend.help')} flex="1 1 420px" testId="trend-chart">
      <Box sx={{ position: 'relative', '& .MuiLineElement-series-target': { strokeDasharray: '6 4' }, cursor: 'pointer' }}>
        <LineChart
          height={240}
          skipAnimation
          margin={{ left: 8, right: 16, top: 16, bottom: 8 }}
          xAxis={[{ scaleType: 'point', data: months, tickLabelStyle: { fontSize: 11 } }]}
          yAxis={[{ min: floor, max: 1, valueFormatter: (value: number) => percent(value, true), width: 56 }]}
          series={[
            {
              id: 'rate',
              data: rates,
              label: translate('chibo.indicators.trend.rate'),
              valueFormatter: (value) => percent(value),
              color: '#a31515',
              showMark: true,
              connectNulls: false,
            },
            {
              id: 'target',
              data: targets,
              label: translate('chibo.indicators.trend.target'),
              valueFormatter: (value) => percent(value, true),
              color: '#2e7d32',
              showMark: false,
            },
          ]}
          grid={{ horizontal: true }}
          onAxisClick={(_, data) => open(data?.dataIndex)}
          onMarkClick={(_, item) => open(item.dataIndex)}
        />
      {/* The same figures as a table, for screen readers and for those who want the numbers. */}
      <Box
        component="table"
        sx={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }}
        data-testid="trend-table"
      >
        <caption>{translate(title)}</caption>
        <thead>
          <tr>
            <th>{translate('chibo.indicators.trend.month')}</th>
            <th>{translate('chibo.indicators.trend.rate')}</th>
            <th>{translate('chibo.indicators.trend.target')}</th>
          </tr>
        </thead>
        <tbody>
          {points.map((p) => (
            <tr key={p.month}>
              <td>{formatMonth(p.month)}</td>
              <td>{percent(p.figure.rate)}</td>
              <td>{percent(p.figure.target, true)}</td>
            </tr>
          ))}
        </tbody>
      </Box>
      </Box>
    </PanelCard>
  );
}

/**
 * The attendance rate and the regular meetings held rate against their targets over the twelve months up to the
 * period's end (or this month); a point opens that month's rows behind the figure.
 */
export function TrendCharts({ scopeId, period, onDrill }: { scopeId: string; period: Period; onDrill: MonthDrill }) {
  const translate = useTranslate();
  const query: IndicatorsQuery = { scopeId, period: trendMonths(period, todayInVietnam()), groupBy: ['MONTH'], codes: TRENDS.map((t) => t.code) };
  const { data, isPending, error } = useGetOne<IndicatorsRecord>('indicators', { id: queryKey(query), meta: query });
  if (error) return <Alert severity="error">{translate('chibo.indicators.failed')}</Alert>;
  return (
    <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
      {isPending || !data
        ? TRENDS.map((t) => <Skeleton key={t.code} variant="rounded" height={300} sx={{ flex: '1 1 420px' }} />)
        : TRENDS.map((t) => {
            const points = data.groups
              .filter((g) => g.month)
              .map((g) => ({ month: g.month as string, figure: figureOf(g.figures, t.code) }))
              .filter((p): p is Point => !!p.figure);
            return points.length === 0 ? (
              <Typography key={t.code} variant="body2" color="text.secondary">
                {translate('chibo.indicators.no_data')}
              </Typography>
            ) : (
              <TrendChart key={t.code} title={t.title} points={points} onDrill={onDrill} />
            );
          })}
    </Stack>
  );
}
