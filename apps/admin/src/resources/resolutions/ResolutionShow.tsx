import { Box, Chip, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import type { ReactNode } from 'react';
import { Labeled, maxLength, required, SelectInput, TextInput, useCanAccess, useRecordContext, useTranslate } from 'react-admin';
import { useWatch } from 'react-hook-form';
import { CreateDialogButton } from '../../common/CreateDialog';
import { DeleteConfirmButton, EditDialogButton } from '../../common/RowDialogs';
import { formatDay } from '../../common/days';
import { DayInput } from '../../common/DayInput';
import { enumChoices, enumLabel } from '../../common/enums';
import { Dash } from '../../common/EmptyNote';
import { FieldRow, ShowPage } from '../../common/pages';
import { MemberPicker } from '../../common/pickers';
import { RefLink } from '../../common/RefField';
import { notAfter } from '../../common/validators';
import { todayInVietnam } from '../../dataProvider/filters';
import type { ResolutionRecord, ReviewRecord, TaskRecord } from '../../dataProvider/types';
import { TaskTable } from '../resolutionTasks/TaskTable';
import { notBeforeMeeting, TaskOwnerInputs, useOwnerOrganizations } from './ResolutionInputs';

/** A task's owner as the form chose it: the other owner is sent empty, so exactly one remains. */
export function withOneOwner<T extends Record<string, unknown>>({ ownerKind, ...data }: T & { ownerKind?: unknown }) {
  return ownerKind === 'ORGANIZATION' ? { ...data, ownerMemberId: null } : { ...data, ownerOrganizationId: null };
}

function AddTaskButton({ record }: { record: ResolutionRecord }) {
  const organizations = useOwnerOrganizations(record.branch);
  return (
    <CreateDialogButton
      resource="resolutionTasks"
      label="chibo.task.add"
      title="chibo.task.add"
      values={{ resolutionId: record.id }}
      defaultValues={{ ownerKind: 'MEMBER' }}
      transform={withOneOwner}
      saved="chibo.task.added"
    >
      <TextInput source="description" validate={[required(), maxLength(500)]} multiline fullWidth />
      <TaskOwnerInputs branchId={record.branchId} heldOn={record.meeting?.heldOn} organizations={organizations} />
      <DayInput source="deadline" validate={[required(), notBeforeMeeting(record.meeting?.heldOn)]} />
    </CreateDialogButton>
  );
}

/** Praise and correction name a member of the branch on the day of the review; progress need not. */
function ReviewMember({ branchId }: { branchId: string }) {
  const kind = useWatch({ name: 'kind' }) as string | undefined;
  const reviewedOn = useWatch({ name: 'reviewedOn' }) as string | undefined;
  const needed = kind === 'PRAISE' || kind === 'CORRECTION';
  return (
    <MemberPicker source="memberId" organizationId={branchId} day={reviewedOn} input={{ validate: needed ? required() : undefined, fullWidth: true }} />
  );
}

/** The inputs of a review, for adding one and for changing it. */
function ReviewInputs({ record }: { record: ResolutionRecord }) {
  const today = todayInVietnam();
  return (
    <>
      <Stack direction="row" spacing={2}>
        <DayInput source="reviewedOn" validate={[required(), notAfter(today), notBeforeMeeting(record.meeting?.heldOn)]} />
        <SelectInput source="kind" choices={enumChoices('ReviewKind')} validate={required()} sx={{ width: 220 }} />
      </Stack>
      <ReviewMember branchId={record.branchId} />
      <TextInput source="note" validate={[required(), maxLength(5000)]} multiline minRows={3} fullWidth />
    </>
  );
}

function AddReviewButton({ record }: { record: ResolutionRecord }) {
  return (
    <CreateDialogButton
      resource="resolutionReviews"
      label="chibo.review.add"
      title="chibo.review.add_title"
      values={{ resolutionId: record.id }}
      defaultValues={{ reviewedOn: todayInVietnam(), kind: 'PROGRESS' }}
      saved="chibo.review.added"
    >
      <ReviewInputs record={record} />
    </CreateDialogButton>
  );
}

/** Change or delete a review entered with a mistake; deleting asks first, naming the review. */
function ReviewActions({ record, review }: { record: ResolutionRecord; review: ReviewRecord }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={0.5} justifyContent="flex-end">
      <EditDialogButton resource="resolutionReviews" record={review} title="chibo.review.edit" saved="chibo.review.updated">
        <ReviewInputs record={record} />
      </EditDialogButton>
      <DeleteConfirmButton
        resource="resolutionReviews"
        record={review}
        label="chibo.review.delete"
        title="chibo.review.delete_title"
        content="chibo.review.delete_content"
        args={{ date: formatDay(review.reviewedOn), kind: translate(enumLabel('ReviewKind', review.kind)) }}
        deleted="chibo.review.deleted"
      />
    </Stack>
  );
}

/** A part of the page (tasks, reviews): its heading with the count, the button adding one, and its list. */
function Section({ heading, count, add, children }: { heading: string; count: number; add: ReactNode; children: ReactNode }) {
  const translate = useTranslate();
  return (
    <Box>
      <Stack direction="row" justifyContent="space-between" alignItems="center">
        <Typography variant="subtitle1" sx={{ fontWeight: 600 }}>
          {translate(heading, { smart_count: count })}
        </Typography>
        {add}
      </Stack>
      {children}
    </Box>
  );
}

function Reviews({ record }: { record: ResolutionRecord }) {
  const translate = useTranslate();
  const { canAccess } = useCanAccess({ resource: 'resolutionReviews', action: 'list' });
  const { canAccess: canEdit } = useCanAccess({ resource: 'resolutionReviews', action: 'edit' });
  if (!canAccess) return null;
  const reviews = record.reviews ?? [];
  return (
    <Section heading="chibo.review.heading" count={reviews.length} add={<AddReviewButton record={record} />}>
      {reviews.length === 0 ? (
        <Typography variant="body2" color="text.secondary">
          {translate('chibo.review.none')}
        </Typography>
      ) : (
        <Table size="small">
          <TableHead>
            <TableRow>
              <TableCell>{translate('resources.resolutionReviews.fields.reviewedOn')}</TableCell>
              <TableCell>{translate('resources.resolutionReviews.fields.kind')}</TableCell>
              <TableCell>{translate('resources.resolutionReviews.fields.memberId')}</TableCell>
              <TableCell>{translate('resources.resolutionReviews.fields.note')}</TableCell>
              {canEdit && <TableCell sx={{ width: 88 }} aria-label={translate('chibo.common.actions')} />}
            </TableRow>
          </TableHead>
          <TableBody>
            {reviews.map((review) => (
              <TableRow key={review.id}>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>{formatDay(review.reviewedOn)}</TableCell>
                <TableCell>
                  <Chip
                    size="small"
                    variant="outlined"
                    color={review.kind === 'PRAISE' ? 'success' : review.kind === 'CORRECTION' ? 'warning' : 'default'}
                    label={translate(enumLabel('ReviewKind', review.kind))}
                  />
                </TableCell>
                <TableCell>{review.member ? <RefLink value={review.member} reference="members" /> : '—'}</TableCell>
                <TableCell sx={{ whiteSpace: 'pre-line' }}>{review.note}</TableCell>
                {canEdit && (
                  <TableCell sx={{ whiteSpace: 'nowrap' }}>
                    <ReviewActions record={record} review={review} />
                  </TableCell>
                )}
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </Section>
  );
}

function Text({ source }: { source: 'content' | 'requirements' | 'measures' }) {
  const record = useRecordContext<ResolutionRecord>();
  if (!record?.[source]) return null;
  return (
    <Labeled source={source} fullWidth>
      <Typography variant="body2" sx={{ whiteSpace: 'pre-line', maxWidth: 1000 }}>
        {record[source]}
      </Typography>
    </Labeled>
  );
}

function ResolutionPage() {
  const record = useRecordContext<ResolutionRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const tasks = (record.tasks ?? []) as TaskRecord[];
  return (
    <Stack spacing={2} sx={{ p: 2 }}>
      <Stack direction="row" spacing={1.5} alignItems="center" useFlexGap flexWrap="wrap">
        <Chip color="primary" variant="outlined" label={translate(enumLabel('ResolutionKind', record.kind))} />
        <Typography variant="h6" sx={{ fontWeight: 600 }}>
          {record.title}
        </Typography>
      </Stack>
      <FieldRow>
        <Labeled source="meeting">
          {record.meeting ? (
            <RefLink
              value={{ id: record.meeting.id, name: `${record.meeting.organization?.name ?? ''} – ${formatDay(record.meeting.heldOn)}` }}
              reference="meetings"
            />
          ) : (
            <Dash />
          )}
        </Labeled>
        <Labeled source="branch">{record.branch ? <RefLink value={record.branch} reference="organizations" /> : <Dash />}</Labeled>
      </FieldRow>
      <Text source="content" />
      <Text source="requirements" />
      <Text source="measures" />
      <Section heading="chibo.task.heading" count={tasks.length} add={<AddTaskButton record={record} />}>
        <TaskTable tasks={tasks} />
      </Section>
      <Reviews record={record} />
    </Stack>
  );
}

/** A resolution with its tasks (marked done here) and its monthly review entries (added here). */
export function ResolutionShow() {
  return (
    <ShowPage>
      <ResolutionPage />
    </ShowPage>
  );
}
