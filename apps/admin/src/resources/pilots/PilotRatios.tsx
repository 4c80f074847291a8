import { Alert, Card, CardContent, Skeleton, Stack, Typography } from '@mui/material';
import { useGetOne, useListContext, useLocaleState, useTranslate } from 'react-admin';
import { formatPercent } from '../../common/times';
import { thisYear } from '../../dataProvider/filters';
import type { PilotRatioLine, PilotRatiosRecord } from '../../dataProvider/supervisionTypes';
import { useSupervisionScope } from '../supervision/scope';
import { pilotGap } from './ratios';

/** One kind's share: chosen of the branches, the range the plan asks, and a warning naming the plan when off it. */
function Ratio({ ratio }: { ratio: PilotRatioLine }) {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const bounds = ratio.min != null && ratio.max != null ? { min: formatPercent(ratio.min, locale), max: formatPercent(ratio.max, locale) } : null;
  const color = ratio.warning ? 'warning.main' : bounds ? 'success.main' : 'text.primary';
  return (
    <Card variant="outlined" sx={{ flex: '1 1 280px' }} data-testid={`pilot-ratio-${ratio.kind}`}>
      <CardContent>
        <Typography variant="body2" sx={{ fontWeight: 600 }}>
          {translate(`chibo.enums.PilotKind.${ratio.kind}`)}
        </Typography>
        <Typography variant="h5" component="div" color={color} sx={{ fontWeight: 700 }}>
          {ratio.chosen}/{ratio.branches} {ratio.rate != null && `(${formatPercent(ratio.rate, locale)})`}
        </Typography>
        <Typography variant="caption" color="text.secondary" component="div">
          {bounds ? translate('chibo.pilot.range', bounds) : translate('chibo.pilot.no_range')}
          {ratio.documentNumber && ` – ${translate('chibo.pilot.per_document', { document: ratio.documentNumber })}`}
        </Typography>
        {ratio.warning && (
          <Alert severity="warning" sx={{ mt: 1 }}>
            {translate(`chibo.pilot.warning_${ratio.warning}`, {
              smart_count: pilotGap(ratio),
              ...bounds,
              document: ratio.documentNumber ?? translate('chibo.pilot.the_plan'),
            })}
          </Alert>
        )}
      </CardContent>
    </Card>
  );
}

/** The year's shares of pilot branches under the committee, by kind, above the list of pilots (the year of its filter). */
export function PilotRatios() {
  const translate = useTranslate();
  const { filterValues } = useListContext();
  const { organizationId } = useSupervisionScope();
  const year = Number(filterValues.year) || thisYear();
  const { data, isPending, error } = useGetOne<PilotRatiosRecord>('pilotRatios', { id: organizationId ?? '', meta: { year } }, { enabled: !!organizationId });
  if (!organizationId || error) return null;
  return (
    <Stack spacing={1} sx={{ p: 2, pb: 0 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {translate('chibo.pilot.ratios', { year })}
      </Typography>
      {isPending ? (
        <Skeleton variant="rounded" height={100} />
      ) : (
        <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap">
          {(data?.items ?? []).map((ratio) => (
            <Ratio key={ratio.kind} ratio={ratio} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}
