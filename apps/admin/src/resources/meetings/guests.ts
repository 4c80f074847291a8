/**
 * The guest picker's choices, apart from the component: a member picked from the file, found among the ward
 * committee's positions or by search, or the name as typed.
 */

/** Positions of the ward committee whose holders attend branch meetings as "cấp ủy viên cấp trên". */
export const WARD_COMMITTEE_ROLES = ['WARD_SECRETARY', 'WARD_DEPUTY_SECRETARY', 'WARD_STANDING_COMMITTEE_MEMBER', 'WARD_COMMITTEE_MEMBER'];

type Group = 'committee' | 'secretaries' | 'members' | 'typed';

/** A choice of the picker: a member on file (found one way or another), or the name as typed. */
export interface GuestOption {
  group: Group;
  /** The member's id; none for a typed name. */
  id?: string;
  name: string;
  /** What tells namesakes apart: the position held, or the branch. */
  detail?: string;
}

/** Text folded for matching: case and Vietnamese diacritics ignored ("giang" finds "Giang", "Giàng"). */
export const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .trim();

/**
 * The choices for what was typed: the suggested people first (the ward committee for a committee member,
 * branch secretaries for an observing secretary) that match, then members found by the search, each member
 * once; last, the typed name itself, unless it is exactly a choice's name.
 */
export function guestOptions(suggested: readonly GuestOption[], found: readonly GuestOption[], typed: string): GuestOption[] {
  const query = fold(typed);
  const seen = new Set<string>();
  const out: GuestOption[] = [];
  for (const option of [...suggested, ...found]) {
    if (!option.id || seen.has(option.id)) continue;
    if (option.group !== 'members' && query && !fold(option.name).includes(query)) continue;
    seen.add(option.id);
    out.push(option);
  }
  const name = typed.trim();
  if (name && !out.some((option) => fold(option.name) === query)) out.push({ group: 'typed', name });
  return out;
}
