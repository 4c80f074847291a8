import { Autocomplete, Box, TextField, Typography } from '@mui/material';
import { useEffect, useMemo, useState } from 'react';
import {
  FieldTitle,
  InputHelperText,
  maxLength,
  required,
  useGetList,
  useInput,
  useSourceContext,
  useTranslate,
} from 'react-admin';
import { useWatch } from 'react-hook-form';
import { useViewer } from '../../auth/useViewer';
import { enumLabel } from '../../common/enums';
import type { MemberRecord, PositionRecord, Ref } from '../../dataProvider/types';
import { fold, type GuestOption, guestOptions, WARD_COMMITTEE_ROLES } from './guests';

/** What was typed, once the typing pauses: the member search runs on that, not on every key. */
function useSettled(text: string, delay = 300): string {
  const [settled, setSettled] = useState(text);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text), delay);
    return () => clearTimeout(timer);
  }, [text, delay]);
  return settled;
}

/**
 * Suggestions for a guest of the role on the meeting's day, read from the ward committee's positions (and
 * its branches' secretaries): only the office sees the committee, so for a branch secretary there are none,
 * and the name is found by search within their branch or typed.
 */
function useSuggestions(role: string | undefined, day: string, branchId: string | undefined): GuestOption[] {
  const viewer = useViewer();
  const translate = useTranslate();
  const committeeId = viewer?.organization?.kind === 'WARD_COMMITTEE' ? viewer.organizationId : undefined;
  const committee = role === 'COMMITTEE_MEMBER';
  const secretaries = role === 'OBSERVING_SECRETARY';
  const { data = [] } = useGetList<PositionRecord>(
    'positions',
    {
      filter: committee
        ? { organizationId: committeeId, activeOn: day, role: WARD_COMMITTEE_ROLES }
        : { organizationId: committeeId, descendants: true, activeOn: day, role: ['BRANCH_SECRETARY'] },
      pagination: { page: 1, perPage: 100 },
      sort: { field: 'role', order: 'ASC' },
    },
    { enabled: !!committeeId && (committee || secretaries), staleTime: 5 * 60_000 },
  );
  return useMemo(() => {
    if (!committee && !secretaries) return [];
    const positions = committee
      ? [...data].sort((a, b) => WARD_COMMITTEE_ROLES.indexOf(a.role) - WARD_COMMITTEE_ROLES.indexOf(b.role))
      : data.filter((position) => String(position.organizationId) !== String(branchId));
    return positions
      .filter((position) => position.member)
      .map((position) => ({
        group: committee ? ('committee' as const) : ('secretaries' as const),
        id: String(position.member.id),
        name: position.member.fullName,
        detail: committee ? translate(enumLabel('PositionRole', position.role)) : position.organization?.name,
      }));
  }, [data, committee, secretaries, branchId, translate]);
}

/**
 * The guest himself: a party member picked from the list (sent by id; the API writes the name from the
 * member file) or a name typed for an outside guest. For a committee member, the ward committee is offered
 * first. A member the viewer may not read (outside a secretary's branch) keeps the name the meeting recorded.
 */
export function GuestPersonInput({ day, branchId }: { day: string; branchId?: string }) {
  const translate = useTranslate();
  const sourceContext = useSourceContext();
  const role = useWatch({ name: sourceContext.getSource('role') }) as string | undefined;
  const recorded = useWatch({ name: sourceContext.getSource('member') }) as (MemberRecord & { branch: Ref | null }) | null | undefined;
  const nameInput = useInput({ source: 'name', validate: [required(), maxLength(120)] });
  const memberInput = useInput({ source: 'memberId' });
  const name = (nameInput.field.value as string | null | undefined) ?? '';
  const memberId = (memberInput.field.value as string | null | undefined) || null;
  const [text, setText] = useState(name);
  // The form's value wins when it changes from elsewhere (the record loaded, the form reset).
  useEffect(() => setText((current) => (current === name ? current : name)), [name]);
  const [pickedDetail, setPickedDetail] = useState<string | undefined>();

  const suggested = useSuggestions(role, day, branchId);
  const query = useSettled(text);
  const searching = !memberId && fold(query).length >= 2;
  const { data: found = [], isFetching } = useGetList<MemberRecord>(
    'members',
    { filter: { q: query.trim() }, pagination: { page: 1, perPage: 20 }, sort: { field: 'name', order: 'ASC' } },
    { enabled: searching },
  );
  const value = useMemo<GuestOption | null>(() => (memberId ? { group: 'members', id: memberId, name } : null), [memberId, name]);
  const options = useMemo(
    () =>
      guestOptions(
        suggested,
        searching ? found.map((m) => ({ group: 'members' as const, id: String(m.id), name: m.fullName, detail: m.branch?.name })) : [],
        memberId ? '' : text,
      ),
    [suggested, found, searching, memberId, text],
  );

  const pick = (option: GuestOption | string | null) => {
    if (option === null) {
      memberInput.field.onChange(null);
      nameInput.field.onChange('');
      setText('');
      return;
    }
    const chosen = typeof option === 'string' ? { group: 'typed' as const, name: option.trim() } : option;
    memberInput.field.onChange(chosen.id ?? null);
    nameInput.field.onChange(chosen.name);
    setPickedDetail(chosen.detail);
    setText(chosen.name);
  };

  const error = nameInput.fieldState.error ?? memberInput.fieldState.error;
  const invalid = nameInput.fieldState.invalid || memberInput.fieldState.invalid;
  const detail = pickedDetail ?? recorded?.branch?.name;
  const status = memberId
    ? detail
      ? translate('chibo.meeting.guest_on_file_of', { branch: detail })
      : translate('chibo.meeting.guest_on_file')
    : name.trim()
      ? translate('chibo.meeting.guest_by_name')
      : translate(role === 'COMMITTEE_MEMBER' && suggested.length > 0 ? 'chibo.meeting.guest_help_committee' : 'chibo.meeting.guest_help');

  return (
    <Autocomplete<GuestOption, false, false, true>
      freeSolo
      value={value}
      inputValue={text}
      options={options}
      filterOptions={(all) => all}
      groupBy={(option) => translate(`chibo.meeting.guest_groups.${option.group}`)}
      getOptionLabel={(option) => (typeof option === 'string' ? option : option.name)}
      getOptionKey={(option) => (typeof option === 'string' ? option : `${option.group}:${option.id ?? option.name}`)}
      isOptionEqualToValue={(option, value) => !!option.id && option.id === value.id}
      onChange={(_event, option) => pick(option)}
      onInputChange={(_event, value, reason) => {
        if (reason !== 'input') return;
        setText(value);
        nameInput.field.onChange(value);
        // Typing over a member picked turns the guest into a name.
        if (memberId) memberInput.field.onChange(null);
        setPickedDetail(undefined);
      }}
      onBlur={nameInput.field.onBlur}
      loading={isFetching}
      noOptionsText={translate('chibo.meeting.guest_search')}
      renderOption={({ key, ...props }, option) => (
        <Box component="li" key={key} {...props}>
          {option.group === 'typed' ? (
            <Typography variant="body2">{translate('chibo.meeting.guest_use_name', { name: option.name })}</Typography>
          ) : (
            <Box>
              <Typography variant="body2" sx={{ fontWeight: 500 }}>
                {option.name}
              </Typography>
              {option.detail && (
                <Typography variant="caption" color="text.secondary">
                  {option.detail}
                </Typography>
              )}
            </Box>
          )}
        </Box>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          name={nameInput.field.name}
          inputRef={nameInput.field.ref}
          label={<FieldTitle label="resources.meetings.fields.guests.name" isRequired />}
          error={invalid}
          helperText={
            invalid ? (
              <InputHelperText error={error?.message} />
            ) : (
              <Box component="span" sx={{ color: memberId ? 'success.dark' : undefined }}>
                {status}
              </Box>
            )
          }
        />
      )}
      sx={{ width: 480 }}
    />
  );
}
