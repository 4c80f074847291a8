import { useLocation, useNavigate } from 'react-admin';
import { useViewer } from '../../auth/useViewer';
import { todayInVietnam } from '../../dataProvider/filters';
import { useCommittees } from '../supervision/scope';
import { chosenYear, type RatingRights, ratingRights, ratingYears } from './rating';

/**
 * What the rating pages look at, kept in the address so the print view and the browser's back button follow it: the
 * year, the committee whose branches are rated, and the branch whose members are (a secretary's own branch, always).
 */

const COMMITTEE_KINDS = ['WARD_COMMITTEE', 'GRASSROOTS_COMMITTEE'];

export interface RatingScope {
  year: number;
  years: number[];
  /** The committee whose branches' table shows; undefined while the committees load (or for a secretary). */
  organizationId: string | undefined;
  /** The branch whose members' table shows, if any. */
  branchId: string | undefined;
  committees: Array<{ id: string; name: string }>;
  rights: RatingRights;
  /** The address of the page (or of its print view) for another choice. */
  href: (change: ScopeChange, print?: boolean) => string;
  go: (change: ScopeChange) => void;
}

export const RATINGS_PATH = '/annual-ratings';

export type ScopeChange = Partial<{ year: number; organizationId: string; branchId: string | null }>;

/**
 * The address of the page (or its print view) after a change of the current choice: another committee leaves the
 * branch it had open, `branchId: null` goes back to the branches, anything else keeps what is not changed.
 */
export function ratingHref(current: { year: number; organizationId?: string; branchId?: string }, change: ScopeChange, print = false): string {
  const next = new URLSearchParams();
  next.set('year', String(change.year ?? current.year));
  const organization = change.organizationId ?? current.organizationId;
  if (organization) next.set('organizationId', organization);
  const branch = change.branchId === null ? undefined : (change.branchId ?? (change.organizationId ? undefined : current.branchId));
  if (branch) next.set('branchId', branch);
  return `${RATINGS_PATH}${print ? '/print' : ''}?${next.toString()}`;
}

export function useRatingScope(): RatingScope {
  const viewer = useViewer();
  const rights = ratingRights(viewer);
  const { search } = useLocation();
  const navigate = useNavigate();
  const params = new URLSearchParams(search);
  const today = todayInVietnam();
  const { data = [] } = useCommittees();
  const committees = data.map((c) => ({ id: String(c.id), name: c.name }));
  const asked = params.get('organizationId') ?? undefined;
  const own = viewer && COMMITTEE_KINDS.includes(viewer.organization?.kind ?? '') ? viewer.organizationId : undefined;
  const organizationId = rights.ownBranch ?? (asked && committees.some((c) => c.id === asked) ? asked : (own ?? committees[0]?.id));
  const branchId = rights.ownBranch ?? (rights.members ? (params.get('branchId') ?? undefined) : undefined);
  const year = chosenYear(params.get('year'), today);
  const href: RatingScope['href'] = (change, print = false) => ratingHref({ year, organizationId, branchId }, change, print);
  return {
    year,
    years: ratingYears(today),
    organizationId,
    branchId,
    committees,
    rights,
    href,
    go: (change) => navigate(href(change)),
  };
}
