import type { IndicatorCode } from '@chibo/graphql-types';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import ErrorIcon from '@mui/icons-material/Error';
import ExpandLessIcon from '@mui/icons-material/ExpandLess';
import HelpOutlineIcon from '@mui/icons-material/HelpOutline';
import RemoveCircleOutlineIcon from '@mui/icons-material/RemoveCircleOutline';
import { Box, Button as MuiButton, Card, CardContent, Chip, Collapse, Skeleton, Stack, Typography } from '@mui/material';
import { useId, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { useFormatNumber } from '../common/numbers';
import { formatPercent } from '../common/times';
import { figureOf, type IndicatorFigureRecord } from './indicatorsApi';

/** Opens the rows behind a figure: its counted rows (numerator), all of them (denominator) or those not counted. */
export type Drill = (figure: IndicatorFigureRecord, counted: boolean | null) => void;

/** The figures of the plan's four cards: the first leads its card, the others follow it. */
export const PLAN_CARDS: ReadonlyArray<{ plan: number; codes: IndicatorCode[] }> = [
  { plan: 1, codes: ['REGULAR_HELD', 'REGULAR_FIRST_WEEK', 'THEMATIC_HELD'] },
  { plan: 2, codes: ['CONTENT_COMPLETE'] },
  { plan: 3, codes: ['ATTENDANCE_POOLED', 'BRANCHES_AT_THRESHOLD'] },
  { plan: 4, codes: ['MEMBERS_TASKED'] },
];

/** The figures tracked beside the plan's, each in a smaller card. */
export const OTHER_CODES: readonly IndicatorCode[] = [
  'SUPERVISORS_ROTATING',
  'IN_CHARGE_VISITED',
  'REGULAR_PILOTS',
  'THEMATIC_PILOTS',
  'TASKS_ON_TIME',
  'DOCUMENTS_ON_TIME',
];

/** A figure's name in the reader's language. */
export function useFigureLabel(): (figure: Pick<IndicatorFigureRecord, 'label' | 'labelEn'>) => string {
  const [locale] = useLocaleState();
  return (figure) => (locale === 'en' ? figure.labelEn : figure.label);
}

/**
 * A share as a percentage in the reader's language, or a dash when there is nothing to divide by: rates with one
 * decimal (93,0%, 94,9%) so a column of them lines up; targets as the documents write them (`whole`: 90%, 100%).
 */
export function usePercent(): (share: number | null | undefined, whole?: boolean) => string {
  const [locale] = useLocaleState();
  return (share, whole = false) => (share == null ? '—' : whole ? formatPercent(share, locale) : formatRate(share, locale));
}

/** A rate with exactly one decimal: "93,0%" in Vietnamese, "93.0%" in English. */
export function formatRate(share: number, locale: string): string {
  return new Intl.NumberFormat(locale === 'en' ? 'en-US' : 'vi-VN', { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(share);
}

/** Whether a figure reaches its target, in words and colour (never colour alone). */
export function MetChip({ figure, size = 'small' }: { figure: IndicatorFigureRecord; size?: 'small' | 'medium' }) {
  const translate = useTranslate();
  if (figure.met == null) {
    return (
      <Chip
        size={size}
        variant="outlined"
        icon={<RemoveCircleOutlineIcon />}
        label={translate(figure.rate == null ? 'chibo.indicators.no_data' : 'chibo.indicators.no_target')}
        data-testid="figure-met"
      />
    );
  }
  return (
    <Chip
      size={size}
      color={figure.met ? 'success' : 'error'}
      variant={figure.met ? 'outlined' : 'filled'}
      icon={figure.met ? <CheckCircleIcon /> : <ErrorIcon />}
      label={translate(figure.met ? 'chibo.indicators.met' : 'chibo.indicators.not_met')}
      sx={{ fontWeight: 600 }}
      data-testid="figure-met"
    />
  );
}

/** A number that opens the rows behind it. */
function DrillNumber({ value, label, onClick, testId }: { value: number; label: string; onClick: () => void; testId: string }) {
  const formatNumber = useFormatNumber();
  return (
    <MuiButton
      variant="text"
      size="small"
      color="inherit"
      onClick={onClick}
      aria-label={label}
      title={label}
      data-testid={testId}
      sx={{ minWidth: 0, p: '0 2px', fontSize: 'inherit', fontWeight: 700, lineHeight: 'inherit', textDecoration: 'underline dotted', textUnderlineOffset: 3 }}
    >
      {formatNumber(value)}
    </MuiButton>
  );
}

/** "131/138": the numerator and the denominator, each opening its rows. */
export function Fraction({ figure, onDrill }: { figure: IndicatorFigureRecord; onDrill: Drill }) {
  const translate = useTranslate();
  const label = useFigureLabel()(figure);
  return (
    <Box component="span" sx={{ whiteSpace: 'nowrap' }} data-testid="figure-fraction">
      <DrillNumber
        value={figure.numerator}
        label={translate('chibo.indicators.open_numerator', { figure: label })}
        onClick={() => onDrill(figure, true)}
        testId="figure-numerator"
      />
      /
      <DrillNumber
        value={figure.denominator}
        label={translate('chibo.indicators.open_denominator', { figure: label })}
        onClick={() => onDrill(figure, null)}
        testId="figure-denominator"
      />
    </Box>
  );
}

/** How a figure counts and the documents its target comes from, shown on demand. */
function Convention({ figure }: { figure: IndicatorFigureRecord }) {
  const translate = useTranslate();
  const [open, setOpen] = useState(false);
  const id = useId();
  return (
    <>
      <MuiButton
        size="small"
        color="inherit"
        onClick={() => setOpen(!open)}
        aria-expanded={open}
        aria-controls={id}
        startIcon={open ? <ExpandLessIcon /> : <HelpOutlineIcon />}
        sx={{ color: 'text.secondary', textTransform: 'none', p: 0, minWidth: 0, fontSize: 12 }}
      >
        {translate('chibo.indicators.how_counted')}
      </MuiButton>
      <Collapse in={open} id={id}>
        <Typography variant="caption" component="p" color="text.secondary" sx={{ mt: 0.5 }}>
          {figure.convention}
        </Typography>
      </Collapse>
    </>
  );
}

/** A figure's line: its name, numerator/denominator, rate against the target, whether met, documents and convention. */
export function FigureLine({ figure, onDrill, lead = false, small = false }: { figure: IndicatorFigureRecord; onDrill: Drill; lead?: boolean; small?: boolean }) {
  const translate = useTranslate();
  const label = useFigureLabel();
  const percent = usePercent();
  return (
    <Box data-testid={`figure-${figure.code}`} sx={{ py: lead ? 0 : 1, borderTop: lead ? 0 : '1px solid', borderColor: 'divider' }}>
      <Typography variant="body2" sx={{ fontWeight: lead ? 600 : 500 }}>
        {label(figure)}
      </Typography>
      <Stack direction="row" spacing={1} alignItems="baseline" useFlexGap flexWrap="wrap">
        <Typography
          variant={lead && !small ? 'h4' : lead ? 'h5' : 'h6'}
          component="span"
          sx={{ fontWeight: 700, color: figure.met === false ? 'error.main' : figure.met ? 'success.dark' : 'text.primary' }}
          data-testid="figure-rate"
        >
          {percent(figure.rate)}
        </Typography>
        <Typography variant={lead ? 'body1' : 'body2'} component="span">
          <Fraction figure={figure} onDrill={onDrill} />
        </Typography>
      </Stack>
      <Stack direction="row" spacing={1} alignItems="center" useFlexGap flexWrap="wrap" sx={{ mt: 0.5 }}>
        <MetChip figure={figure} />
        {figure.target != null && (
          <Typography variant="caption" color="text.secondary">
            {translate('chibo.indicators.target', { target: percent(figure.target, true) })}
          </Typography>
        )}
      </Stack>
      {figure.documents.length > 0 && (
        <Typography variant="caption" color="text.secondary" component="div">
          {translate('chibo.indicators.documents', { documents: figure.documents.join(', ') })}
        </Typography>
      )}
      <Convention figure={figure} />
    </Box>
  );
}

/** A card of the plan: its number and title, the leading figure large, the ones that go with it below. */
export function PlanCard({ plan, codes, figures, loading, onDrill }: { plan: number; codes: IndicatorCode[]; figures: IndicatorFigureRecord[] | undefined; loading: boolean; onDrill: Drill }) {
  const translate = useTranslate();
  const shown = codes.map((code) => figureOf(figures, code)).filter((f): f is IndicatorFigureRecord => !!f);
  return (
    <Card variant="outlined" sx={{ flex: '1 1 250px', minWidth: 0 }} data-testid={`plan-card-${plan}`} component="section" aria-label={translate(`chibo.indicators.plan.${plan}`)}>
      <CardContent>
        <Typography variant="overline" color="primary" sx={{ fontWeight: 700, lineHeight: 1.4 }}>
          {translate('chibo.indicators.plan_figure', { plan })}
        </Typography>
        <Typography variant="subtitle1" component="h3" sx={{ fontWeight: 600, mb: 1, lineHeight: 1.3 }}>
          {translate(`chibo.indicators.plan.${plan}`)}
        </Typography>
        {loading ? (
          <Skeleton variant="rounded" height={120} />
        ) : shown.length === 0 ? (
          <Typography variant="body2" color="text.secondary">
            {translate('chibo.indicators.not_counted_here')}
          </Typography>
        ) : (
          shown.map((figure, index) => <FigureLine key={figure.code} figure={figure} onDrill={onDrill} lead={index === 0} />)
        )}
      </CardContent>
    </Card>
  );
}

/** A figure tracked beside the plan's, in a smaller card. */
export function SmallFigureCard({ figure, onDrill }: { figure: IndicatorFigureRecord; onDrill: Drill }) {
  return (
    <Card variant="outlined" sx={{ flex: '1 1 300px', minWidth: 0 }}>
      <CardContent sx={{ py: 1.5, '&:last-child': { pb: 1.5 } }}>
        <FigureLine figure={figure} onDrill={onDrill} lead small />
      </CardContent>
    </Card>
  );
}
