import ArrowBackIcon from '@mui/icons-material/ArrowBack';
import PrintIcon from '@mui/icons-material/Print';
import { Alert, Box, MenuItem, Skeleton, Stack, TextField, Typography } from '@mui/material';
import { HttpError } from 'ra-core';
import { Button, LinkBase, Title, useDataProvider, useGetOne, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { PanelCard } from '../../common/PanelCard';
import { formatDay } from '../../common/days';
import { errorMessage } from '../../common/FormDialog';
import type { BranchRatingsRecord, MemberRatingsRecord, RatingDocumentRecord } from './api';
import { formatPoints, rulesOf } from './rating';
import { type EditorValues, type FieldErrors, RatingTable, type TableRowOf } from './RatingTable';
import { type RatingScope, useRatingScope } from './scope';

/** The branches' table of a committee, or the members' table of a branch, for the scope's year. */
export function useRatings(scope: Pick<RatingScope, 'organizationId' | 'branchId' | 'year'>) {
  const branches = useGetOne<BranchRatingsRecord>(
    'branchRatings',
    { id: scope.organizationId ?? '', meta: { year: scope.year } },
    { enabled: !!scope.organizationId && !scope.branchId },
  );
  const members = useGetOne<MemberRatingsRecord>('memberRatings', { id: scope.branchId ?? '', meta: { year: scope.year } }, { enabled: !!scope.branchId });
  return { branches, members };
}

/** The rule set the year is rated by, its bands, where the meeting criteria come from, and the day figures count to. */
export function DocumentNote({ document, asOf, removal }: { document: RatingDocumentRecord; asOf: string; removal?: { months: number; document: string } }) {
  const translate = useTranslate();
  const [locale = 'vi'] = useLocaleState();
  const points = (n: number) => formatPoints(n, locale);
  const band = (level: string) => document.bands.find((b) => b.level === level)?.min ?? 0;
  const scored = document.scale === 'POINTS';
  return (
    <Alert severity="info" icon={false} sx={{ mb: 2 }} data-testid="rating-document">
      <Typography variant="body2" sx={{ fontWeight: 600 }}>
        {translate('chibo.rating.document', { number: document.documentNumber, date: formatDay(document.documentDate) })} {document.title}.
      </Typography>
      <Typography variant="body2">
        {scored
          ? `${translate('chibo.rating.document_points', {
              max: points(document.maxPoints ?? 100),
              outstanding: points(band('OUTSTANDING')),
              good: points(band('GOOD')),
              completed: points(band('COMPLETED')),
            })}${document.bandsFromDocument ? '' : ` ${translate('chibo.rating.bands_ward')}`}`
          : translate('chibo.rating.document_levels')}
      </Typography>
      <Typography variant="body2" data-testid="ward-criteria-note">
        {scored
          ? translate('chibo.rating.ward_note', { points: points(document.meetingPartMax), entered: points(document.enteredPointsMax ?? 0) })
          : translate('chibo.rating.ward_note_levels')}{' '}
        {translate('chibo.rating.as_of', { date: formatDay(asOf) })}
      </Typography>
      {removal && <Typography variant="body2">{translate('chibo.rating.removal_rule', { months: removal.months, document: removal.document })}</Typography>}
    </Alert>
  );
}

/** The year and committee pickers, the way back from a branch's members, and the print view. */
function ScopeBar({ scope, printable }: { scope: RatingScope; printable: boolean }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="center" sx={{ my: 2 }}>
      {!scope.rights.ownBranch && (
        <TextField
          select
          size="small"
          label={translate('chibo.rating.organization')}
          value={scope.organizationId ?? ''}
          onChange={(event) => scope.go({ organizationId: event.target.value, branchId: null })}
          sx={{ width: 340 }}
          disabled={scope.committees.length < 2}
        >
          {scope.committees.map((committee) => (
            <MenuItem key={committee.id} value={committee.id}>
              {committee.name}
            </MenuItem>
          ))}
        </TextField>
      )}
      <TextField
        select
        size="small"
        label={translate('chibo.rating.year')}
        value={scope.year}
        onChange={(event) => scope.go({ year: Number(event.target.value) })}
        sx={{ width: 120 }}
        slotProps={{ htmlInput: { 'data-testid': 'year-select' } }}
      >
        {scope.years.map((year) => (
          <MenuItem key={year} value={year}>
            {year}
          </MenuItem>
        ))}
      </TextField>
      {scope.branchId && !scope.rights.ownBranch && (
        <Button label="chibo.rating.back_to_branches" component={LinkBase} to={scope.href({ branchId: null })}>
          <ArrowBackIcon />
        </Button>
      )}
      <Box sx={{ flex: 1 }} />
      <Button label="chibo.rating.print" component={LinkBase} to={scope.href({}, true)} variant="outlined" disabled={!printable}>
        <PrintIcon />
      </Button>
    </Stack>
  );
}

/**
 * Xếp loại chất lượng hằng năm: a committee's branches (or a branch's members) for a year, with the meeting-quality
 * part the API computes and the committee's part, entered here by those who may (optimistic locking: a rating
 * changed meanwhile is refused, said, and reloaded).
 */
export function AnnualRatingsPage() {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider();
  const scope = useRatingScope();
  const { branches, members } = useRatings(scope);
  const showMembers = !!scope.branchId;
  const current = showMembers ? members : branches;
  const data = current.data;
  const canEdit = showMembers ? scope.rights.rateMembers : scope.rights.rateBranches;

  const save = async (line: TableRowOf, values: EditorValues): Promise<FieldErrors | null> => {
    const branchId = showMembers ? scope.branchId : line.key;
    try {
      await dataProvider.create('annualRatings', {
        data: { year: scope.year, branchId, memberId: showMembers ? line.key : null, ...values },
      });
      notify('chibo.rating.editor.saved', { type: 'success', messageArgs: { name: line.name } });
      await current.refetch();
      return null;
    } catch (error) {
      if (error instanceof HttpError && error.status === 409) {
        notify('chibo.rating.conflict', { type: 'warning' });
        await current.refetch();
        return null;
      }
      const body = error instanceof HttpError ? (error.body as { errors?: Record<string, unknown> } | undefined) : undefined;
      const refused: FieldErrors = {};
      for (const [field, message] of Object.entries(body?.errors ?? {})) {
        if (field === 'root') refused.root = (message as { serverError?: string }).serverError;
        else if (typeof message === 'string') refused[field as keyof FieldErrors] = message;
      }
      if (Object.keys(refused).length === 0) notify(errorMessage(error), { type: 'error' });
      return refused;
    }
  };

  let title = '';
  let rows: TableRowOf[] = [];
  if (showMembers && members.data) {
    title = translate('chibo.rating.members_of', { name: members.data.branch?.name ?? '' });
    rows = members.data.rows.map((r) => ({ key: r.memberId, name: r.member?.fullName ?? r.memberId, row: r, member: r }));
  } else if (!showMembers && branches.data) {
    title = translate('chibo.rating.branches_of', { name: branches.data.organization?.name ?? '' });
    rows = branches.data.rows.map((r) => ({ key: r.branchId, name: r.branch?.name ?? r.branchId, row: r }));
  }

  return (
    <Box sx={{ pb: 4 }}>
      <Title title="chibo.rating.title" />
      <Typography variant="h5" component="h1" sx={{ fontWeight: 600, mt: 2 }}>
        {translate('chibo.rating.title')}
      </Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('chibo.rating.help')}
      </Typography>
      <ScopeBar scope={scope} printable={!!data} />
      {!scope.organizationId && !scope.rights.ownBranch ? (
        <Alert severity="info">{translate('chibo.rating.no_organization')}</Alert>
      ) : current.error ? (
        <Alert severity="error">{errorMessage(current.error) === 'ra.notification.item_doesnt_exist' ? translate('chibo.rating.load_failed') : translate(errorMessage(current.error))}</Alert>
      ) : !data ? (
        <Skeleton variant="rounded" height={320} />
      ) : (
        <>
          <DocumentNote
            document={data.document}
            asOf={data.asOf}
            removal={showMembers && members.data ? { months: members.data.removalMonths, document: members.data.removalDocument } : undefined}
          />
          <PanelCard title={`${title} – ${scope.year}`} help={canEdit ? undefined : translate('chibo.rating.read_only')} testId="rating-panel">
            {rows.length === 0 ? (
              <Typography color="text.secondary">{translate('chibo.rating.no_rows')}</Typography>
            ) : (
              <RatingTable
                subject={showMembers ? 'member' : 'branch'}
                document={data.document}
                rules={rulesOf(data.document)}
                rows={rows}
                canEdit={canEdit}
                onOpen={!showMembers && scope.rights.members ? (key) => scope.go({ branchId: key }) : undefined}
                onSave={save}
              />
            )}
          </PanelCard>
        </>
      )}
    </Box>
  );
}
