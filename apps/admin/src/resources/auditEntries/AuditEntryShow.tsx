import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import {
  Box,
  FormControlLabel,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useState } from 'react';
import {
  Button,
  Labeled,
  LinkBase,
  Show,
  TextField,
  TopToolbar,
  useCreatePath,
  useRecordContext,
  useTranslate,
} from 'react-admin';
import { formatDateTime } from '../../common/days';
import { EmptyNote } from '../../common/EmptyNote';
import { FieldRow } from '../../common/pages';
import type { AuditEntryRecord } from '../../dataProvider/types';
import { AuditActionField } from './AuditActionField';
import { AuditValue, entityLabel, fieldLabel } from './AuditValue';
import { fieldRows, parseFields, recordName, resourceOfEntity } from './changes';

/** Resources with a page of their own to open from the log; a period or membership opens its member. */
const SHOWN = new Set(['wards', 'organizations', 'members']);

function OpenRecord() {
  const record = useRecordContext<AuditEntryRecord>();
  const createPath = useCreatePath();
  if (!record || record.action === 'DELETE') return null;
  const resource = resourceOfEntity(record.entity);
  const fields = parseFields(record.after) ?? parseFields(record.before);
  let target: { resource: string; id: string } | undefined;
  if (resource && SHOWN.has(resource)) target = { resource, id: record.entityId };
  else {
    const member = fields?.member ?? fields?.memberId;
    if (typeof member === 'string' || typeof member === 'number') target = { resource: 'members', id: String(member) };
  }
  if (!target) return null;
  return (
    <Button component={LinkBase} label="chibo.audit.open_record" to={createPath({ ...target, type: 'show' })}>
      <OpenInNewIcon />
    </Button>
  );
}

/**
 * Before and after side by side, a row per field; changed rows are marked, and an update opens on them
 * alone. Bookkeeping (id, version, times) comes last, greyed: it moves with every change.
 */
function ChangeTable() {
  const record = useRecordContext<AuditEntryRecord>();
  const translate = useTranslate();
  const [onlyChanged, setOnlyChanged] = useState(true);
  if (!record) return null;
  const before = parseFields(record.before);
  const after = parseFields(record.after);
  if (!before && !after) return <EmptyNote message="chibo.audit.no_data" />;
  const resource = resourceOfEntity(record.entity);
  const rows = fieldRows(before, after);
  const isUpdate = before !== null && after !== null;
  const shown = isUpdate && onlyChanged ? rows.filter((row) => row.changed) : rows;
  /**
   * A value column's heading. A new or deleted record has one side only, shown alone, with a word on what
   * the missing side means.
   */
  const heading = (label: string, other: Record<string, unknown> | null, note: string) => (
    <>
      {translate(label)}
      {!other && (
        <Typography component="span" variant="caption" color="text.secondary" sx={{ display: 'block' }}>
          {translate(note)}
        </Typography>
      )}
    </>
  );
  return (
    <Box>
      {isUpdate && (
        <FormControlLabel
          control={<Switch size="small" checked={onlyChanged} onChange={(event) => setOnlyChanged(event.target.checked)} />}
          label={translate('chibo.audit.only_changed')}
          sx={{ mb: 1 }}
        />
      )}
      <Table size="small" sx={{ tableLayout: 'fixed', '& td': { verticalAlign: 'top', overflowWrap: 'anywhere' } }}>
        <TableHead>
          <TableRow>
            <TableCell sx={{ width: isUpdate ? '24%' : '32%' }}>{translate('chibo.audit.field')}</TableCell>
            {before && <TableCell>{heading('resources.auditEntries.fields.before', after, 'chibo.audit.deleted')}</TableCell>}
            {after && <TableCell>{heading('resources.auditEntries.fields.after', before, 'chibo.audit.created')}</TableCell>}
          </TableRow>
        </TableHead>
        <TableBody>
          {shown.map((row) => {
            const tone = row.bookkeeping ? { color: 'text.secondary' } : undefined;
            return (
              <TableRow key={row.field} sx={row.changed ? { bgcolor: 'rgba(255, 193, 7, 0.14)' } : undefined}>
                <TableCell sx={{ fontWeight: row.changed ? 600 : 400, ...tone }}>{fieldLabel(resource, row.field, translate)}</TableCell>
                {before && (
                  <TableCell sx={row.changed ? { color: 'text.secondary', textDecoration: 'line-through' } : tone}>
                    <AuditValue field={row.field} value={row.before} />
                  </TableCell>
                )}
                {after && (
                  <TableCell sx={row.changed ? { fontWeight: 600 } : tone}>
                    <AuditValue field={row.field} value={row.after} />
                  </TableCell>
                )}
              </TableRow>
            );
          })}
        </TableBody>
      </Table>
    </Box>
  );
}

function Summary() {
  const record = useRecordContext<AuditEntryRecord>();
  const translate = useTranslate();
  if (!record) return null;
  const name = recordName(record);
  return (
    <FieldRow>
      <Labeled source="at">
        <Typography variant="body2">{formatDateTime(record.at)}</Typography>
      </Labeled>
      <Labeled source="username">
        <TextField source="username" />
      </Labeled>
      <Labeled source="action">
        <AuditActionField action={record.action} />
      </Labeled>
      <Labeled source="entity">
        <Typography variant="body2">{entityLabel(resourceOfEntity(record.entity), record.entity, translate)}</Typography>
      </Labeled>
      <Labeled source="entityId" label="chibo.audit.record">
        <Typography variant="body2">
          {name ? `${name} (#${record.entityId})` : `#${record.entityId}`}
        </Typography>
      </Labeled>
      <Labeled source="ip">
        <TextField source="ip" emptyText="—" />
      </Labeled>
    </FieldRow>
  );
}

/** The integrity chain, small and last: what an inspector checks, not what the office reads. */
function Integrity() {
  const translate = useTranslate();
  const mono = { fontFamily: 'monospace', fontSize: 12, overflowWrap: 'anywhere' } as const;
  return (
    <Box>
      <Typography variant="subtitle2">{translate('chibo.audit.integrity')}</Typography>
      <Typography variant="caption" color="text.secondary" component="p" sx={{ mb: 1 }}>
        {translate('chibo.audit.integrity_help')}
      </Typography>
      <Stack spacing={0.5}>
        <Labeled source="hash">
          <TextField source="hash" sx={mono} />
        </Labeled>
        <Labeled source="previousHash">
          <TextField source="previousHash" sx={mono} />
        </Labeled>
      </Stack>
    </Box>
  );
}

export function AuditEntryShow() {
  const translate = useTranslate();
  return (
    <Show
      actions={
        <TopToolbar>
          <OpenRecord />
        </TopToolbar>
      }
    >
      <Stack spacing={3} sx={{ p: 2 }}>
        <Summary />
        <Box>
          <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
            {translate('chibo.audit.changes')}
          </Typography>
          <ChangeTable />
        </Box>
        <Integrity />
      </Stack>
    </Show>
  );
}
