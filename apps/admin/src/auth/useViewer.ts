import { useCanAccess, usePermissions } from 'react-admin';
import { thisYear } from '../dataProvider/filters';
import { ownBranchId, type Viewer } from './viewer';

/** The signed-in viewer (role, organization, capabilities), undefined while it loads. */
export function useViewer(): Viewer | undefined {
  const { permissions } = usePermissions<Viewer | null>();
  return permissions ?? undefined;
}

/** Whether members' personal fields reach this viewer; false while unknown, so nothing flashes in and out. */
export function useReadsPersonalData(): boolean {
  return useViewer()?.can.readPersonalData ?? false;
}

/**
 * The row click of a table whose records have an edit page and no show page (positions): editors open the
 * form, readers click nothing rather than land on a refusal.
 */
export function useEditRowClick(resource: string): 'edit' | false {
  const { canAccess } = useCanAccess({ resource, action: 'edit' });
  return canAccess ? 'edit' : false;
}

/** How a new record of a year (a thematic plan, a member's task) starts: this year, and a secretary's own branch. */
export function useYearDefaults(): { year: number; branchId?: string } {
  const branchId = ownBranchId(useViewer());
  return { year: thisYear(), ...(branchId ? { branchId } : {}) };
}
