// What a GraphQL query reads of an employee: the columns behind its own fields, and the related rows
// it asks for (department, manager, current leave, direct reports), each with what it reads of them.
// The answer statement fetches exactly this tree, however deep, so no resolver below askEmployees
// needs a look-up of its own.
import { EMPLOYEE_COLUMNS } from './compile.js';

/** A column of employees, as named in the table. */
export type EmployeeColumn = (typeof EMPLOYEE_COLUMNS)[number] extends `e.${infer C}` ? C : never;

export interface EmployeeSelection {
  /** the columns the selected fields read (ids and keys are always added); null: every column */
  readonly columns: readonly EmployeeColumn[] | null;
  readonly department: boolean;
  readonly manager: EmployeeSelection | null;
  readonly currentLeave: boolean;
  readonly directReports: EmployeeSelection | null;
}

/** Whole rows and nothing related: what askEmployees fetches when no selection is given. */
export const NOTHING_NESTED: EmployeeSelection = { columns: null, department: false, manager: null, currentLeave: false, directReports: null };

/** Always selected: the row's identity and the keys related rows hang off. */
const KEY_COLUMNS: readonly EmployeeColumn[] = ['id', 'department_id', 'manager_id'];
export const ALL_COLUMNS: readonly EmployeeColumn[] = EMPLOYEE_COLUMNS.map((column) => column.slice(2) as EmployeeColumn);

/** The columns to fetch for this selection, in the table's order. */
export function columnsToFetch(selection: EmployeeSelection): EmployeeColumn[] {
  if (selection.columns === null) return [...ALL_COLUMNS];
  const wanted = new Set<EmployeeColumn>([...KEY_COLUMNS, ...selection.columns]);
  return ALL_COLUMNS.filter((column) => wanted.has(column));
}

/** True when nothing below this employee but its department is asked for. */
export function isShallow(selection: EmployeeSelection): boolean {
  return selection.manager === null && !selection.currentLeave && selection.directReports === null;
}

const keys = new WeakMap<EmployeeSelection, string>();

/** A stable text for a selection, to key statements compiled for it (worked out once per selection object). */
export function selectionKey(selection: EmployeeSelection): string {
  let key = keys.get(selection);
  if (key === undefined) {
    key = describe(selection);
    keys.set(selection, key);
  }
  return key;
}

function describe(selection: EmployeeSelection): string {
  const related = [
    selection.department ? 'd' : '',
    selection.currentLeave ? 'l' : '',
    selection.manager ? `m(${selectionKey(selection.manager)})` : '',
    selection.directReports ? `r(${selectionKey(selection.directReports)})` : '',
  ];
  return `${selection.columns === null ? '*' : selection.columns.join(',')};${related.join('')}`;
}
