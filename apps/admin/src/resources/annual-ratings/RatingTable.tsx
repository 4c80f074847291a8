import { RATING_CRITERION_LABELS, type RatingRules } from '@chibo/domain';
import ArrowDownwardIcon from '@mui/icons-material/ArrowDownward';
import EditIcon from '@mui/icons-material/Edit';
import GavelIcon from '@mui/icons-material/Gavel';
import NotesIcon from '@mui/icons-material/Notes';
import {
  Box,
  Button,
  Chip,
  IconButton,
  Link,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import { Fragment, type ReactNode, useState } from 'react';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatDay, parseDay } from '../../common/days';
import type { MemberRatingRecord, RatingCriterionRecord, RatingDocumentRecord, RatingRowRecord } from './api';
import { criterionValue, type Entry, entryOf, formatPoints, levelChoices, parsePoints, previewOutcome, shownLevel } from './rating';

/** A row of either table: a branch's or a member's rating, with its key and the name shown. */
export interface TableRowOf {
  key: string;
  name: string;
  row: RatingRowRecord;
  /** Members only: the member's line (grounds for removal, exemption, part of the year). */
  member?: MemberRatingRecord;
}

/** What the editor sends: the committee's part as typed, with the version it started from. */
export interface EditorValues {
  points: number | null;
  level: string | null;
  note: string | null;
  decidedOn: string | null;
  version?: number;
}

/** The editor's refusals by field, as the API named them, and a message for the rest. */
export type FieldErrors = Partial<Record<'points' | 'level' | 'note' | 'decidedOn' | 'root', string>>;

const LEVEL_COLOR = { OUTSTANDING: 'success', GOOD: 'primary', COMPLETED: 'default', NOT_COMPLETED: 'error', PENDING: 'warning' } as const;

/** A level as a chip: the decided level, or "awaiting the committee" while pending. */
export function LevelChip({ level, testId }: { level: keyof typeof LEVEL_COLOR | null; testId?: string }) {
  const translate = useTranslate();
  if (!level) return <span>—</span>;
  return (
    <Chip
      size="small"
      data-testid={testId}
      color={LEVEL_COLOR[level]}
      variant={level === 'PENDING' || level === 'COMPLETED' ? 'outlined' : 'filled'}
      label={translate(`chibo.rating.level.${level}`)}
      title={level === 'PENDING' ? translate('chibo.rating.pending_help') : undefined}
    />
  );
}

function usePoints() {
  const [locale = 'vi'] = useLocaleState();
  return (value: number) => formatPoints(value, locale);
}

/** One criterion: its value, then its points (or met / not met under levels); why, in the tooltip. */
function CriterionCell({ criterion, scored }: { criterion: RatingCriterionRecord | undefined; scored: boolean }) {
  const translate = useTranslate();
  const points = usePoints();
  if (!criterion) return <TableCell />;
  const value = criterionValue(criterion);
  const unmet = criterion.met === false;
  let main: ReactNode;
  switch (value.kind) {
    case 'none':
      main = '—';
      break;
    case 'share':
      main = (
        <>
          {value.numerator}/{value.denominator}
          <Typography component="span" variant="caption" color="text.secondary" sx={{ ml: 0.5 }}>
            {points(value.percent)}%
          </Typography>
        </>
      );
      break;
    case 'count':
      main = value.count;
      break;
    default:
      main = translate(value.yes ? 'chibo.rating.value.yes' : 'chibo.rating.value.no');
  }
  return (
    <TableCell align="center" data-testid={`criterion-${criterion.code}`}>
      <Tooltip title={criterion.reason} arrow>
        <Box sx={{ cursor: 'help', color: unmet ? 'warning.dark' : value.kind === 'none' ? 'text.disabled' : undefined }}>
          <div>{main}</div>
          <Typography variant="caption" component="div" sx={{ color: unmet ? 'warning.dark' : 'text.secondary', whiteSpace: 'nowrap' }}>
            {value.kind === 'none'
              ? translate('chibo.rating.value.none')
              : scored && criterion.points != null
                ? translate('chibo.rating.value.points', { points: points(criterion.points), max: points(criterion.maxPoints) })
                : translate(criterion.met ? 'chibo.rating.value.met' : 'chibo.rating.value.not_met')}
          </Typography>
        </Box>
      </Tooltip>
    </TableCell>
  );
}

/** The committee's part typed in a row under the one edited: points or a level, a note, the day; the outcome as typed. */
function EditorRow(props: {
  span: number;
  name: string;
  row: RatingRowRecord;
  removalGrounds: boolean;
  document: RatingDocumentRecord;
  rules: RatingRules;
  onSave: (values: EditorValues) => Promise<FieldErrors | null>;
  onCancel: () => void;
}) {
  const translate = useTranslate();
  const points = usePoints();
  const { row, rules, document } = props;
  const scored = rules.scale === 'POINTS';
  const [entry, setEntry] = useState<Entry>(entryOf(row));
  const [note, setNote] = useState(row.rating?.note ?? '');
  const [day, setDay] = useState(formatDay(row.rating?.decidedOn));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [busy, setBusy] = useState(false);
  const preview = previewOutcome({ ...row, removalGrounds: props.removalGrounds }, entry, rules);
  const typed = parsePoints(entry.points);
  const lower = levelChoices(rules, preview?.levelByPoints ?? null);
  const levelName = (level: string) => translate(`chibo.rating.level_full.${level}`);
  const save = async () => {
    const problems: FieldErrors = {};
    if (typed !== null && Number.isNaN(typed)) problems.points = translate('chibo.rating.editor.bad_points');
    const decidedOn = day.trim() === '' ? null : parseDay(day);
    if (day.trim() !== '' && !decidedOn) problems.decidedOn = translate('chibo.rating.editor.bad_day');
    setErrors(problems);
    if (Object.keys(problems).length > 0) return;
    setBusy(true);
    const refused = await props.onSave({
      points: scored ? typed : null,
      // Under points a level only lowers the total's; one no longer below it is dropped.
      level: entry.level && (!scored || lower.includes(entry.level)) ? entry.level : null,
      note: note.trim() || null,
      decidedOn,
      // 0 when none was entered yet: refused (CONFLICT) if someone entered one meanwhile.
      version: row.rating?.version ?? 0,
    });
    setBusy(false);
    if (refused) setErrors(refused);
  };
  return (
    <TableRow data-testid="rating-editor" sx={{ bgcolor: 'action.hover' }}>
      <TableCell colSpan={props.span}>
        <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="flex-start" sx={{ py: 1 }}>
          <Typography variant="subtitle2" sx={{ width: '100%' }}>
            {translate('chibo.rating.editor.title', { name: props.name })}
          </Typography>
          {scored ? (
            <>
              <TextField
                size="small"
                autoFocus
                label={translate('chibo.rating.editor.points', { max: points(document.enteredPointsMax ?? 0) })}
                value={entry.points}
                onChange={(event) => setEntry({ ...entry, points: event.target.value })}
                error={!!errors.points}
                helperText={errors.points}
                slotProps={{ htmlInput: { inputMode: 'decimal', 'data-testid': 'entered-points' } }}
                sx={{ width: 200 }}
              />
              <TextField
                select
                size="small"
                label={translate('chibo.rating.editor.lower_level')}
                value={lower.includes(entry.level as never) ? entry.level : ''}
                onChange={(event) => setEntry({ ...entry, level: event.target.value as Entry['level'] })}
                disabled={lower.length === 0}
                error={!!errors.level}
                helperText={errors.level ?? (lower.length > 0 ? translate('chibo.rating.lowered_help') : undefined)}
                sx={{ width: 260 }}
              >
                <MenuItem value="">{translate('chibo.rating.editor.by_points')}</MenuItem>
                {lower.map((level) => (
                  <MenuItem key={level} value={level}>
                    {levelName(level)}
                  </MenuItem>
                ))}
              </TextField>
            </>
          ) : (
            <TextField
              select
              size="small"
              label={translate('chibo.rating.editor.level')}
              value={entry.level}
              onChange={(event) => setEntry({ ...entry, level: event.target.value as Entry['level'] })}
              error={!!errors.level}
              helperText={errors.level ?? (row.proposedLevel ? translate('chibo.rating.editor.proposed', { level: levelName(row.proposedLevel) }) : undefined)}
              sx={{ width: 280 }}
              slotProps={{ htmlInput: { 'data-testid': 'entered-level' } }}
            >
              {lower.map((level) => (
                <MenuItem key={level} value={level}>
                  {levelName(level)}
                </MenuItem>
              ))}
            </TextField>
          )}
          <TextField
            size="small"
            label={translate('chibo.rating.editor.decided_on')}
            value={day}
            onChange={(event) => setDay(event.target.value)}
            error={!!errors.decidedOn}
            helperText={errors.decidedOn}
            placeholder="dd/mm/yyyy"
            slotProps={{ inputLabel: { shrink: true } }}
            sx={{ width: 170 }}
          />
          <TextField
            size="small"
            multiline
            maxRows={4}
            label={translate('chibo.rating.editor.note')}
            value={note}
            onChange={(event) => setNote(event.target.value)}
            error={!!errors.note}
            helperText={errors.note}
            slotProps={{ htmlInput: { maxLength: 2000 } }}
            sx={{ flex: '1 1 280px' }}
          />
        </Stack>
        <Stack direction="row" spacing={2} alignItems="center" sx={{ pb: 1 }}>
          <Typography variant="body2" sx={{ fontWeight: 600, flex: 1 }} data-testid="rating-preview">
            {!preview && typed !== null && !Number.isNaN(typed)
              ? translate('chibo.rating.editor.out_of_range', { max: points(document.enteredPointsMax ?? 0) })
              : !preview || preview.pending
              ? translate('chibo.rating.editor.preview_pending')
              : preview.total != null
                ? translate('chibo.rating.editor.preview', { total: points(preview.total), level: levelName(preview.level ?? '') })
                : translate('chibo.rating.editor.preview_level', { level: levelName(preview.level ?? '') })}
          </Typography>
          {errors.root && (
            <Typography variant="body2" color="error">
              {errors.root}
            </Typography>
          )}
          <Button onClick={props.onCancel} disabled={busy}>
            {translate('chibo.rating.editor.cancel')}
          </Button>
          <Button variant="contained" onClick={save} disabled={busy} data-testid="save-rating">
            {translate('chibo.rating.editor.save')}
          </Button>
        </Stack>
      </TableCell>
    </TableRow>
  );
}

/**
 * A year's ratings as a table: each branch (or member) with the meeting-quality criteria (value and points, why in a
 * tooltip), the meeting part out of its maximum, the committee's part (entered in a row opened under the line, for
 * those who may), the total, the level the total reaches and the level decided ("awaiting the committee" until then).
 */
export function RatingTable(props: {
  subject: 'branch' | 'member';
  document: RatingDocumentRecord;
  rules: RatingRules;
  rows: TableRowOf[];
  canEdit: boolean;
  onOpen?: (key: string) => void;
  onSave: (line: TableRowOf, values: EditorValues) => Promise<FieldErrors | null>;
}) {
  const translate = useTranslate();
  const points = usePoints();
  const [locale = 'vi'] = useLocaleState();
  const [editing, setEditing] = useState<string | null>(null);
  const { document, rules, rows } = props;
  const scored = rules.scale === 'POINTS';
  const codes = (props.subject === 'branch' ? rules.meetingPart.branch : rules.meetingPart.member).map((w) => w.code);
  const span = 2 + codes.length + (scored ? 5 : 3);
  const head = (text: string, title?: string) => (
    <TableCell align="center" sx={{ whiteSpace: 'normal', lineHeight: 1.25, fontWeight: 600, verticalAlign: 'bottom' }} title={title}>
      {text}
    </TableCell>
  );
  return (
    <Box sx={{ overflowX: 'auto' }}>
      <Table size="small" data-testid={`${props.subject}-ratings`} sx={{ '& td': { verticalAlign: 'top' } }}>
        <TableHead>
          <TableRow>
            {head(translate('chibo.rating.columns.index'))}
            <TableCell sx={{ fontWeight: 600, verticalAlign: 'bottom' }}>{translate(`chibo.rating.columns.${props.subject}`)}</TableCell>
            {codes.map((code) => (
              <Fragment key={code}>{head(translate(`chibo.rating.criteria.${code}`), RATING_CRITERION_LABELS[code][locale === 'en' ? 'en' : 'vi'])}</Fragment>
            ))}
            {scored
              ? head(`${translate('chibo.rating.columns.meeting_part')} (/${points(document.meetingPartMax)})`)
              : head(translate('chibo.rating.columns.proposed'))}
            {scored
              ? head(`${translate('chibo.rating.columns.entered')} (/${points(document.enteredPointsMax ?? 0)})`)
              : head(translate('chibo.rating.columns.entered_level'))}
            {scored && head(translate('chibo.rating.columns.total'))}
            {scored && head(translate('chibo.rating.columns.level_by_points'))}
            {head(translate('chibo.rating.columns.level'))}
          </TableRow>
        </TableHead>
        <TableBody>
          {rows.map((line, index) => {
            const { row, member } = line;
            const byCode = new Map(row.criteria.map((c) => [c.code, c]));
            const lowered = scored && row.level && row.levelByPoints && row.level !== row.levelByPoints;
            return (
              <Fragment key={line.key}>
                <TableRow hover data-testid="rating-row" data-key={line.key}>
                  <TableCell align="center">{index + 1}</TableCell>
                  <TableCell sx={{ minWidth: 170 }}>
                    {props.onOpen ? (
                      <Tooltip title={translate('chibo.rating.open_members')} describeChild>
                        <Link component="button" type="button" onClick={() => props.onOpen?.(line.key)} underline="hover" sx={{ textAlign: 'left', fontWeight: 500, fontSize: 'inherit' }}>
                          {line.name}
                        </Link>
                      </Tooltip>
                    ) : (
                      <Typography variant="body2" sx={{ fontWeight: 600 }}>
                        {line.name}
                      </Typography>
                    )}
                    {member && (
                      <Stack direction="row" spacing={0.5} useFlexGap flexWrap="wrap" sx={{ mt: 0.25 }}>
                        {member.removalGrounds && (
                          <Tooltip title={translate('chibo.rating.removal_grounds_help', { months: member.unexcusedMonths })}>
                            <Chip size="small" color="error" icon={<GavelIcon />} label={translate('chibo.rating.removal_grounds')} data-testid="removal-grounds" />
                          </Tooltip>
                        )}
                        {member.exempt && <Chip size="small" variant="outlined" label={translate('chibo.rating.exempt')} />}
                        {(member.to || !member.from.endsWith('-01-01')) && (
                          <Typography variant="caption" color="text.secondary">
                            {translate('chibo.rating.period', {
                              from: formatDay(member.from),
                              to: member.to ? translate('chibo.rating.period_to', { to: formatDay(member.to) }) : '',
                            })}
                          </Typography>
                        )}
                      </Stack>
                    )}
                  </TableCell>
                  {codes.map((code) => (
                    <CriterionCell key={code} criterion={byCode.get(code)} scored={scored} />
                  ))}
                  <TableCell align="center" data-testid="meeting-points">
                    {scored ? (row.meetingPoints != null ? points(row.meetingPoints) : '—') : <LevelChip level={row.proposedLevel} />}
                  </TableCell>
                  <TableCell align="center" data-testid="entered-part" sx={{ whiteSpace: 'nowrap' }}>
                    <Stack direction="row" spacing={0.5} alignItems="center" justifyContent="center">
                      <span>{scored ? (row.rating?.points != null ? points(row.rating.points) : '—') : row.rating?.level ? translate(`chibo.rating.level.${row.rating.level}`) : '—'}</span>
                      {row.rating?.note && (
                        <Tooltip title={row.rating.note}>
                          <NotesIcon fontSize="small" color="action" aria-label={translate('chibo.rating.columns.note')} />
                        </Tooltip>
                      )}
                      {props.canEdit && editing !== line.key && (
                        <Tooltip title={translate('chibo.rating.edit')}>
                          <IconButton size="small" color="primary" onClick={() => setEditing(line.key)} aria-label={translate('chibo.rating.edit')} data-testid="edit-rating">
                            <EditIcon fontSize="small" />
                          </IconButton>
                        </Tooltip>
                      )}
                    </Stack>
                    {row.rating?.decidedOn && (
                      <Typography variant="caption" color="text.secondary" component="div">
                        {formatDay(row.rating.decidedOn)}
                      </Typography>
                    )}
                  </TableCell>
                  {scored && (
                    <TableCell align="center" data-testid="total" sx={{ fontWeight: 700 }}>
                      {row.total != null ? points(row.total) : '—'}
                    </TableCell>
                  )}
                  {scored && (
                    <TableCell align="center" data-testid="level-by-points">
                      {row.levelByPoints ? translate(`chibo.rating.level.${row.levelByPoints}`) : '—'}
                    </TableCell>
                  )}
                  <TableCell align="center" data-testid="level">
                    <Stack direction="row" spacing={0.5} alignItems="center" justifyContent="center">
                      <LevelChip level={shownLevel(row)} />
                      {lowered &&
                        (member?.removalGrounds ? (
                          <Tooltip title={translate('chibo.rating.removal_grounds_help', { months: member.unexcusedMonths })}>
                            <GavelIcon fontSize="small" color="error" />
                          </Tooltip>
                        ) : (
                          <Tooltip title={translate('chibo.rating.lowered')}>
                            <ArrowDownwardIcon fontSize="small" color="warning" />
                          </Tooltip>
                        ))}
                    </Stack>
                  </TableCell>
                </TableRow>
                {editing === line.key && (
                  <EditorRow
                    span={span}
                    name={line.name}
                    row={row}
                    removalGrounds={member?.removalGrounds ?? false}
                    document={document}
                    rules={rules}
                    onCancel={() => setEditing(null)}
                    onSave={async (values) => {
                      const refused = await props.onSave(line, values);
                      if (!refused) setEditing(null);
                      return refused;
                    }}
                  />
                )}
              </Fragment>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}
