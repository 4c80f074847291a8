import NavigateNextIcon from '@mui/icons-material/NavigateNext';
import { Breadcrumbs, Typography } from '@mui/material';
import { useRecordContext, useTranslate } from 'react-admin';
import { RefLink } from '../../common/RefField';
import type { OrganizationRecord } from '../../dataProvider/types';

/** Where the organization sits in the tree, from the ward committee down, each level a link. */
export function Breadcrumb() {
  const record = useRecordContext<OrganizationRecord>();
  const translate = useTranslate();
  if (!record) return null;
  return (
    <Breadcrumbs
      aria-label={translate('chibo.common.tree')}
      separator={<NavigateNextIcon fontSize="small" />}
      sx={{ px: 2, pt: 1.5 }}
    >
      {(record.ancestors ?? []).map((ancestor) => (
        <RefLink key={ancestor.id} value={ancestor} reference="organizations" />
      ))}
      <Typography variant="body2" color="text.primary" sx={{ fontWeight: 600 }}>
        {record.name}
      </Typography>
    </Breadcrumbs>
  );
}
