import { COMMITTEE_ROLES, STANDING_ROLES } from '@chibo/domain';
import { MenuItem, Stack, TextField } from '@mui/material';
import type { ReactNode } from 'react';
import { useGetList, useStore, useTranslate } from 'react-admin';
import { useViewer } from '../../auth/useViewer';
import { todayInVietnam } from '../../dataProvider/filters';
import type { OrganizationRecord, PositionRecord } from '../../dataProvider/types';
import { quarterLabel, recentQuarters } from '../../dashboard/quarters';
import { nextQuarter, quarterOf } from './board';

/**
 * What the supervision pages look at: a committee (the ward's, or a grassroots committee below it) and a quarter. The
 * board, the compliance view and the printed schedule share the choice, so moving between them keeps it.
 */

const COMMITTEE_KINDS = ['WARD_COMMITTEE', 'GRASSROOTS_COMMITTEE'];
/** Quarters looked back on, before this one. */
const QUARTERS_BACK = 4;

/** The quarters offered: next quarter (planned ahead), this one, and the four before it. */
export function quarterChoices(today: string): string[] {
  return recentQuarters(nextQuarter(quarterOf(today)), QUARTERS_BACK + 2);
}

/** The committees in the viewer's reach, by name. */
export function useCommittees() {
  return useGetList<OrganizationRecord>('organizations', {
    filter: { kind: COMMITTEE_KINDS },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
}

export interface SupervisionScope {
  /** The committee chosen: the viewer's own when it is one, else the first in reach; undefined while loading. */
  organizationId: string | undefined;
  quarter: string;
  setOrganizationId: (id: string) => void;
  setQuarter: (quarter: string) => void;
  committees: OrganizationRecord[];
  quarters: string[];
}

/** The committee and quarter chosen, this quarter by default; a choice kept from long ago falls back to it. */
export function useSupervisionScope(): SupervisionScope {
  const viewer = useViewer();
  const today = todayInVietnam();
  const quarters = quarterChoices(today);
  const [storedQuarter, setQuarter] = useStore<string>('supervision.quarter', quarterOf(today));
  const [storedOrganization, setOrganizationId] = useStore<string | undefined>('supervision.organizationId', undefined);
  const { data: committees = [] } = useCommittees();
  const known = (id: string | undefined) => id !== undefined && committees.some((c) => String(c.id) === String(id));
  const own = viewer && COMMITTEE_KINDS.includes(viewer.organization?.kind ?? '') ? viewer.organizationId : undefined;
  const organizationId = known(storedOrganization) ? storedOrganization : (own ?? (committees[0] ? String(committees[0].id) : undefined));
  return {
    organizationId,
    quarter: quarters.includes(storedQuarter) ? storedQuarter : quarterOf(today),
    setOrganizationId,
    setQuarter,
    committees,
    quarters,
  };
}

/** The committee and quarter pickers above a supervision page, with the page's own actions after them. */
export function ScopeBar({ scope, quarters = scope.quarters, children }: { scope: SupervisionScope; quarters?: string[]; children?: ReactNode }) {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={2} useFlexGap flexWrap="wrap" alignItems="center" sx={{ my: 2 }}>
      <TextField
        select
        size="small"
        label={translate('chibo.supervision.committee')}
        value={scope.organizationId ?? ''}
        onChange={(event) => scope.setOrganizationId(event.target.value)}
        sx={{ width: 340 }}
        disabled={scope.committees.length < 2}
      >
        {scope.committees.map((committee) => (
          <MenuItem key={committee.id} value={String(committee.id)}>
            {committee.name}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        select
        size="small"
        label={translate('chibo.supervision.quarter')}
        value={scope.quarter}
        onChange={(event) => scope.setQuarter(event.target.value)}
        sx={{ width: 170 }}
        slotProps={{ htmlInput: { 'data-testid': 'quarter-select' } }}
      >
        {quarters.map((key) => (
          <MenuItem key={key} value={key}>
            {quarterLabel(key, translate)}
          </MenuItem>
        ))}
      </TextField>
      {children}
    </Stack>
  );
}

/** A member as a choice of an input: { id, name }. */
export interface MemberChoice {
  id: string;
  name: string;
}

/**
 * The members holding the given positions, once each, in the order of the roles (the secretary first) and then by
 * name: a member holding two positions is one choice.
 */
export function membersOfPositions(positions: readonly Pick<PositionRecord, 'role' | 'member'>[], roles: readonly string[]): MemberChoice[] {
  const rank = (role: string) => (roles.includes(role) ? roles.indexOf(role) : roles.length);
  const sorted = [...positions].sort((a, b) => rank(a.role) - rank(b.role) || a.member.fullName.localeCompare(b.member.fullName, 'vi'));
  const seen = new Map<string, MemberChoice>();
  for (const position of sorted) {
    const id = String(position.member.id);
    if (!seen.has(id)) seen.set(id, { id, name: position.member.fullName });
  }
  return [...seen.values()];
}

/**
 * The committee's members on a day, as choices: its standing committee only (rotation visits), or every committee
 * member (in charge of a branch, guiding a pilot).
 */
export function useCommitteeMembers(organizationId: string | undefined, day: string, standingOnly = false) {
  const roles = standingOnly ? STANDING_ROLES : COMMITTEE_ROLES;
  const { data, isPending } = useGetList<PositionRecord>(
    'positions',
    { filter: { organizationId, role: [...roles], activeOn: day }, pagination: { page: 1, perPage: 100 }, sort: { field: 'role', order: 'ASC' } },
    { enabled: !!organizationId },
  );
  return { choices: membersOfPositions(data ?? [], roles), isPending };
}
