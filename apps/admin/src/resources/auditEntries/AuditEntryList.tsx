import { Box, Typography } from '@mui/material';
import { DataTable, List, SelectInput, TextInput, useTranslate } from 'react-admin';
import { formatDateTime } from '../../common/days';
import { DayInput } from '../../common/DayInput';
import { enumChoices } from '../../common/enums';
import type { AuditEntryRecord } from '../../dataProvider/types';
import { AuditActionField } from './AuditActionField';
import { entityLabel, fieldLabel } from './AuditValue';
import { changedFields, recordName, resourceOfEntity } from './changes';

const Column = DataTable.Col<AuditEntryRecord>;

/** Entities the API records, as it names them; labelled with the panel's resource names. */
export const AUDITED_ENTITIES = ['Ward', 'Organization', 'Member', 'Membership', 'Position', 'Exemption', 'SpecialDuty', 'User'];

/** Who, what and when; entity labels depend on the language, so the filters are built while rendering. */
function useFilters() {
  const translate = useTranslate();
  const entities = AUDITED_ENTITIES.map((entity) => ({ id: entity, name: entityLabel(resourceOfEntity(entity), entity, translate) }));
  return [
    <TextInput key="username" source="username" alwaysOn resettable />,
    <SelectInput key="action" source="action" choices={enumChoices('AuditAction')} alwaysOn />,
    <SelectInput key="entity" source="entity" choices={entities} translateChoice={false} alwaysOn />,
    <DayInput key="at_gte" source="at_gte" alwaysOn />,
    <DayInput key="at_lte" source="at_lte" alwaysOn />,
  ];
}

/** The record an entry is about: its name when the entry recorded one, its kind, its id. */
function RecordCell({ record }: { record: AuditEntryRecord }) {
  const translate = useTranslate();
  const name = recordName(record);
  const kind = entityLabel(resourceOfEntity(record.entity), record.entity, translate);
  return (
    <Box>
      <Typography variant="body2">{name ?? kind}</Typography>
      <Typography variant="caption" color="text.secondary">
        {name ? `${kind} · ` : ''}#{record.entityId}
      </Typography>
    </Box>
  );
}

/** What an update changed, by field label; a few are enough to tell entries apart, the show page has the rest. */
function ChangesCell({ record }: { record: AuditEntryRecord }) {
  const translate = useTranslate();
  if (record.action !== 'UPDATE') return null;
  const resource = resourceOfEntity(record.entity);
  const fields = changedFields(record);
  const shown = fields.slice(0, 4).map((field) => fieldLabel(resource, field, translate));
  return (
    <Typography variant="body2" color="text.secondary">
      {shown.join(', ')}
      {fields.length > shown.length ? ', …' : ''}
    </Typography>
  );
}

/** The audit log, newest first as the API keeps it; read-only, filtered by who, what and when. */
export function AuditEntryList() {
  return (
    <List filters={useFilters()} perPage={25} exporter={false} actions={false} sort={{ field: 'at', order: 'DESC' }}>
      <DataTable rowClick="show" bulkActionButtons={false}>
        <Column source="at" disableSort sx={{ whiteSpace: 'nowrap' }} render={(r) => formatDateTime(r.at)} />
        <Column source="username" disableSort />
        <Column source="action" disableSort render={(r) => <AuditActionField action={r.action} />} />
        <Column source="entityId" label="chibo.audit.record" disableSort render={(r) => <RecordCell record={r} />} />
        <Column source="changes" disableSort render={(r) => <ChangesCell record={r} />} />
        <Column source="ip" disableSort sx={{ whiteSpace: 'nowrap' }} />
      </DataTable>
    </List>
  );
}
