import type { GetListParams, GetListResult, RaRecord } from 'ra-core';
import { MAX_PAGE } from './buildQuery';
import { MEMBER_TASK } from './documents';
import type { Values } from './filters';
import type { FormField } from './spec';

/**
 * The branch's tasks for the year assigned at once (the January vote): one assignMemberTasks call, one
 * transaction, all or none. The API names a refused line by its index in the list sent ("tasks.3.description"),
 * and the sheet sends only some of its rows (those ticked with a task typed), so the sheet keeps which row each
 * sent line came from and puts a refusal back on that row.
 */

/** A row of the sheet: a member without a task, whether the row is ticked, and the task as typed. */
export interface AssignmentRow {
  memberId: string;
  included: boolean;
  description: string;
}

export interface TaskLine {
  memberId: string;
  description: string;
}

export interface AssignMemberTasksParams {
  branchId: string;
  year: number;
  /** YYYY-MM-DD. */
  assignedOn: string;
  lines: readonly TaskLine[];
}

export const ASSIGN_MEMBER_TASKS = `mutation AssignMemberTasks($input: AssignMemberTasksInput!) {
  data: assignMemberTasks(input: $input) { ${MEMBER_TASK.list} }
}`;

/** Fields of one line the API may name in a refusal (a clash with an earlier task is named on the year). */
export const TASK_LINE_FIELD = /^tasks\.(\d+)\.(memberId|description|year)$/;

/** Everything a refusal of the sheet may name: a line, or the branch, year and day above the lines. */
export const ASSIGNMENT_FIELDS: readonly FormField[] = ['branchId', 'year', 'assignedOn', TASK_LINE_FIELD];

/** The lines a save sends, in the sheet's order: ticked rows with a task typed; `rowOf[i]` is the row of line i. */
export function chosenLines(rows: readonly AssignmentRow[]): { lines: TaskLine[]; rowOf: number[] } {
  const lines: TaskLine[] = [];
  const rowOf: number[] = [];
  rows.forEach((row, index) => {
    const description = row.description.trim();
    if (!row.included || description === '') return;
    lines.push({ memberId: String(row.memberId), description });
    rowOf.push(index);
  });
  return { lines, rowOf };
}

/** The variables of assignMemberTasks: ids as strings, the year as a number, each task trimmed. */
export function assignmentVariables({ branchId, year, assignedOn, lines }: AssignMemberTasksParams): Values {
  return {
    input: {
      branchId: String(branchId),
      year: Number(year),
      assignedOn,
      tasks: lines.map((line) => ({ memberId: String(line.memberId), description: line.description.trim() })),
    },
  };
}

/** A message under a row starts a sentence (the API writes some in lower case after the field's name). */
const sentence = (message: string) => message.charAt(0).toLocaleUpperCase('vi') + message.slice(1);

/**
 * The refusals of a saved sheet by row: { 7: 'Cần nội dung nhiệm vụ…' } for the line sent from row 7. A line
 * the sheet did not send (an index out of range) is dropped; the caller shows the form-level error then.
 */
export function rowErrors(errors: Record<string, unknown> | undefined, rowOf: readonly number[]): Record<number, string> {
  const byRow: Record<number, string> = {};
  for (const [field, message] of Object.entries(errors ?? {})) {
    const match = TASK_LINE_FIELD.exec(field);
    if (!match || typeof message !== 'string') continue;
    const row = rowOf[Number(match[1])];
    if (row === undefined) continue;
    byRow[row] = byRow[row] ? `${byRow[row]} ${sentence(message)}` : sentence(message);
  }
  return byRow;
}

/**
 * Every record of a list, page by page (the API gives at most 100 a page): a branch may have more members
 * without a task than one page holds. Stops at the total, or at a short page should the total be missing.
 */
export async function allPages<T extends RaRecord>(
  getList: (resource: string, params: GetListParams) => Promise<GetListResult<T>>,
  resource: string,
  filter: Values,
  signal?: AbortSignal,
): Promise<T[]> {
  const records: T[] = [];
  for (let page = 1; ; page += 1) {
    const result = await getList(resource, {
      filter,
      pagination: { page, perPage: MAX_PAGE },
      sort: { field: 'name', order: 'ASC' },
      signal,
    });
    records.push(...result.data);
    const total = result.total ?? Number.POSITIVE_INFINITY;
    if (result.data.length < MAX_PAGE || records.length >= total) return records;
  }
}
