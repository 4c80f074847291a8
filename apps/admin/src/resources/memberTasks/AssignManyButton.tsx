import PlaylistAddIcon from '@mui/icons-material/PlaylistAdd';
import { Button, LinkBase, useCanAccess, useListContext } from 'react-admin';

/** The way to the sheet of the year's tasks, for those who may assign them; with the list's year when it has one. */
export function AssignManyButton() {
  const { canAccess } = useCanAccess({ resource: 'memberTasks', action: 'assign' });
  const { filterValues } = useListContext();
  if (!canAccess) return null;
  const year = Number(filterValues?.year);
  const search = new URLSearchParams();
  if (Number.isInteger(year) && year > 0) search.set('year', String(year));
  if (typeof filterValues?.organizationId === 'string' && filterValues.organizationId) search.set('branchId', filterValues.organizationId);
  const query = search.toString();
  return (
    <Button component={LinkBase} label="chibo.member_task.assign_many" to={`/memberTasks/assign${query ? `?${query}` : ''}`}>
      <PlaylistAddIcon />
    </Button>
  );
}
