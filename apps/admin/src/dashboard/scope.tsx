import { Autocomplete, MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useMemo } from 'react';
import { useGetList, useStore, useTranslate } from 'react-admin';
import { useViewer } from '../auth/useViewer';
import { todayInVietnam } from '../dataProvider/filters';
import type { OrganizationRecord } from '../dataProvider/types';
import { isPeriod, PERIOD_KINDS, type Period, type PeriodKind, periodChoices, periodLabel, periodOf } from './period';

/**
 * What the figures are read over: an organization (the viewer's own, or a committee or branch under it) and a period
 * (this quarter by default). The home page and the report upward share the choice, so moving between them keeps it.
 */

const COMMITTEE_KINDS = ['WARD_COMMITTEE', 'GRASSROOTS_COMMITTEE'];

export interface ScopeChoice {
  id: string;
  name: string;
  kind: string;
}

export interface IndicatorScope {
  /** The organization chosen; undefined until the viewer is known. */
  scopeId: string | undefined;
  scope: ScopeChoice | undefined;
  period: Period;
  setScopeId: (id: string) => void;
  setPeriod: (period: Period) => void;
  /** The viewer's organization, the committees and then the branches in reach. */
  choices: ScopeChoice[];
  loading: boolean;
}

/** The committees and branches in the viewer's reach, the viewer's own organization first. */
function useScopeChoices(): { choices: ScopeChoice[]; loading: boolean } {
  const viewer = useViewer();
  const committees = useGetList<OrganizationRecord>('organizations', {
    filter: { kind: COMMITTEE_KINDS },
    pagination: { page: 1, perPage: 100 },
    sort: { field: 'name', order: 'ASC' },
  });
  const branches = useGetList<OrganizationRecord>('organizations', {
    filter: { kind: 'BRANCH' },
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'name', order: 'ASC' },
  });
  const choices = useMemo(() => {
    const own = viewer?.organization ? [{ id: String(viewer.organization.id), name: viewer.organization.name, kind: viewer.organization.kind }] : [];
    const byId = new Map(own.map((o) => [o.id, o]));
    for (const o of [...(committees.data ?? []), ...(branches.data ?? [])]) {
      const id = String(o.id);
      if (!byId.has(id)) byId.set(id, { id, name: o.name, kind: o.kind });
    }
    return [...byId.values()];
  }, [viewer, committees.data, branches.data]);
  return { choices, loading: committees.isPending || branches.isPending };
}

export function useIndicatorScope(): IndicatorScope {
  const viewer = useViewer();
  const today = todayInVietnam();
  const [storedPeriod, setPeriod] = useStore<Period>('indicators.period', periodOf('quarter', today));
  const [storedScope, setScopeId] = useStore<string | undefined>('indicators.scopeId', undefined);
  const { choices, loading } = useScopeChoices();
  const known = storedScope !== undefined && choices.some((c) => c.id === storedScope);
  const scopeId = known ? storedScope : viewer?.organizationId;
  // A period kept from long ago (or a future one) falls back to this quarter: the chooser offers neither.
  const period = isPeriod(storedPeriod) && periodChoices(storedPeriod.kind, today).some((p) => p.key === storedPeriod.key) ? storedPeriod : periodOf('quarter', today);
  return { scopeId, scope: choices.find((c) => c.id === scopeId), period, setScopeId, setPeriod, choices, loading };
}

/** The organization and period choosers above the figures (and in the report's toolbar, on a white ground). */
export function ScopeBar({ scope, light = false }: { scope: IndicatorScope; light?: boolean }) {
  const translate = useTranslate();
  const today = todayInVietnam();
  const ground = light ? { bgcolor: '#fff', borderRadius: 1 } : {};
  const group = (kind: string) => translate(COMMITTEE_KINDS.includes(kind) ? 'chibo.indicators.scope.committees' : 'chibo.indicators.scope.branches');
  return (
    <Stack direction="row" spacing={1.5} useFlexGap flexWrap="wrap" alignItems="center" data-testid="indicator-scope">
      <Autocomplete
        size="small"
        options={scope.choices}
        value={scope.scope ?? null}
        loading={scope.loading}
        groupBy={(option) => (option.id === scope.choices[0]?.id ? translate('chibo.indicators.scope.own') : group(option.kind))}
        getOptionLabel={(option) => option.name}
        isOptionEqualToValue={(a, b) => a.id === b.id}
        onChange={(_, value) => value && scope.setScopeId(value.id)}
        sx={{ width: light ? 290 : 360, ...ground }}
        renderInput={(params) => <TextField {...params} hiddenLabel={light} label={light ? undefined : translate('chibo.indicators.scope.organization')} aria-label={translate('chibo.indicators.scope.organization')} />}
      />
      <ToggleButtonGroup
        size="small"
        exclusive
        value={scope.period.kind}
        onChange={(_, kind: PeriodKind | null) => kind && scope.setPeriod(periodOf(kind, today))}
        aria-label={translate('chibo.indicators.period.kind')}
        sx={ground}
      >
        {PERIOD_KINDS.map((kind) => (
          <ToggleButton key={kind} value={kind} sx={{ px: light ? 1 : 1.5 }}>
            {translate(`chibo.indicators.period.kinds.${kind}`)}
          </ToggleButton>
        ))}
      </ToggleButtonGroup>
      <TextField
        select
        size="small"
        hiddenLabel={light}
        label={light ? undefined : translate('chibo.indicators.period.label')}
        value={scope.period.key}
        onChange={(event) => scope.setPeriod({ kind: scope.period.kind, key: event.target.value })}
        sx={{ width: light ? 170 : 200, ...ground }}
        slotProps={{ htmlInput: { 'data-testid': 'period-select', 'aria-label': translate('chibo.indicators.period.label') } }}
      >
        {periodChoices(scope.period.kind, today).map((choice) => (
          <MenuItem key={choice.key} value={choice.key}>
            {periodLabel(choice, translate)}
          </MenuItem>
        ))}
      </TextField>
    </Stack>
  );
}
