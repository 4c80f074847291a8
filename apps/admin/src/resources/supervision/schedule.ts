import type { SupervisorAssignmentRecord } from '../../dataProvider/supervisionTypes';
import { visitDay } from './board';

/** The standing committee's schedule for a quarter, as printed and as downloaded from the API (.xlsx). */

/** A line of the schedule: who goes where, how (a rotation visit, or in charge), on which day (none: some day of the quarter), with the note. */
export interface ScheduleLine {
  id: string;
  kind: SupervisorAssignmentRecord['kind'];
  member: string;
  branch: string;
  day: string | null;
  note: string;
}

/**
 * The quarter's rotation visits by day (those without a day last), then the members in charge of branches, each group
 * by member and branch: the order of the downloaded workbook.
 */
export function scheduleLines(assignments: readonly SupervisorAssignmentRecord[]): ScheduleLine[] {
  return assignments
    .map((a) => ({
      id: String(a.id),
      kind: a.kind,
      member: a.member?.fullName ?? '',
      branch: a.branch?.name ?? '',
      day: visitDay(a.plannedMeeting),
      note: a.note ?? '',
    }))
    .sort(
      (a, b) =>
        Number(a.kind !== 'ROTATION') - Number(b.kind !== 'ROTATION') ||
        (a.day ?? '9999').localeCompare(b.day ?? '9999') ||
        a.member.localeCompare(b.member, 'vi') ||
        a.branch.localeCompare(b.branch, 'vi'),
    );
}

/** Where the API serves the schedule as a workbook; the session cookie goes with it. */
export function scheduleUrl(organizationId: string, quarter: string): string {
  const query = new URLSearchParams({ organizationId: String(organizationId), quarter });
  return `/exports/supervision-schedule.xlsx?${query.toString()}`;
}

/** The file name the API gives (Content-Disposition), else one naming the quarter. */
export function scheduleFileName(disposition: string | null, quarter: string): string {
  const encoded = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? '');
  if (encoded) return decodeURIComponent(encoded[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition ?? '');
  return plain ? plain[1] : `lich-du-sinh-hoat-${quarter}.xlsx`;
}

/**
 * Fetches the workbook; a refusal (401, 403, 404 as JSON) becomes an error carrying the API's message, so the panel
 * says why instead of saving the refusal as a workbook.
 */
export async function fetchSchedule(url: string, quarter: string, fetchFn: typeof fetch = fetch): Promise<{ blob: Blob; fileName: string }> {
  let response: Response;
  try {
    response = await fetchFn(url, { credentials: 'same-origin' });
  } catch {
    throw new Error('ra.notification.http_error');
  }
  if (!response.ok) {
    const body = (await response.json().catch(() => null)) as { message?: string; errors?: Array<{ message?: string }> } | null;
    throw new Error(body?.message ?? body?.errors?.[0]?.message ?? 'ra.notification.http_error');
  }
  return { blob: await response.blob(), fileName: scheduleFileName(response.headers.get('content-disposition'), quarter) };
}

/** Saves a blob under a file name through a temporary link, as browsers download. */
export function saveFile(blob: Blob, fileName: string): void {
  const href = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = href;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(href), 10_000);
}

/**
 * Who comes to a branch this month, for its secretary: the visits planned at its meetings of the month, and the
 * committee members in charge of it today.
 */
export function comingThisMonth<A extends Pick<SupervisorAssignmentRecord, 'kind' | 'branchId' | 'from' | 'to' | 'plannedMeeting'>>(
  assignments: readonly A[],
  branchId: string,
  today: string,
): { visitors: A[]; inCharge: A[] } {
  const month = today.slice(0, 7);
  const ofBranch = assignments.filter((a) => String(a.branchId) === String(branchId));
  return {
    visitors: ofBranch
      .filter((a) => a.kind === 'ROTATION' && (visitDay(a.plannedMeeting) ?? '').startsWith(month))
      .sort((a, b) => (visitDay(a.plannedMeeting) ?? '').localeCompare(visitDay(b.plannedMeeting) ?? '')),
    inCharge: ofBranch.filter((a) => a.kind === 'IN_CHARGE' && a.from <= today && (a.to == null || today < a.to)),
  };
}
