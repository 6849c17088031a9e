// The batched look-ups behind nested fields: one statement per level of the response, whatever
// the page size (`WHERE ... = ANY($1)`), each returning results in the order of the keys.
import { EMPLOYEE_COLUMNS } from '../query/compile.js';
import { CURRENT_LEAVE } from '../query/conditions.js';
import { toEmployeeRow, toLeaveRow, type DepartmentRow, type EmployeeRow, type LeaveRow, type RawEmployeeRow, type RawLeaveRow } from '../query/employee-row.js';
import type { ReadSession } from '../query/read-session.js';

const EMPLOYEE_SELECT = `SELECT ${EMPLOYEE_COLUMNS.join(', ')} FROM employees e`;

function byKey<K, V>(keys: readonly K[], rows: V[], keyOf: (row: V) => K): (V | null)[] {
  const found = new Map(rows.map((row) => [keyOf(row), row]));
  return keys.map((key) => found.get(key) ?? null);
}

export async function departmentsById(session: ReadSession, ids: readonly number[]): Promise<(DepartmentRow | null)[]> {
  const rows = await session.query<DepartmentRow>({ text: 'SELECT id, name FROM departments WHERE id = ANY($1::int[])', values: [ids] });
  return byKey(ids, rows, (row) => row.id);
}

export async function employeesById(session: ReadSession, ids: readonly number[]): Promise<(EmployeeRow | null)[]> {
  const rows = await session.query<RawEmployeeRow>({ text: `${EMPLOYEE_SELECT} WHERE e.id = ANY($1::int[])`, values: [ids] });
  return byKey(ids, rows.map(toEmployeeRow), (row) => row.id);
}

interface RawLeave extends RawLeaveRow {
  employee_id: number;
}

/** The leave in effect today for each employee; the most recently started one if several overlap. */
export async function currentLeavesByEmployee(session: ReadSession, employeeIds: readonly number[]): Promise<(LeaveRow | null)[]> {
  const rows = await session.query<RawLeave>({
    text:
      'SELECT DISTINCT ON (l.employee_id) l.id, l.employee_id, l.leave_type, l.start_date, l.end_date FROM leaves l' +
      ` WHERE l.employee_id = ANY($1::int[]) AND ${CURRENT_LEAVE}` +
      ' ORDER BY l.employee_id, l.start_date DESC, l.id DESC',
    values: [employeeIds],
  });
  const leaves = rows.map((raw) => toLeaveRow(raw.employee_id, raw));
  return byKey(employeeIds, leaves, (leave) => leave.employeeId);
}

/** Active direct reports of each manager, in the default order (last name, first name, id). */
export async function directReportsByManager(session: ReadSession, managerIds: readonly number[]): Promise<EmployeeRow[][]> {
  const rows = await session.query<RawEmployeeRow>({
    text:
      `${EMPLOYEE_SELECT} WHERE e.manager_id = ANY($1::int[]) AND e.employment_status = 'active'` +
      ' ORDER BY e.last_name, e.first_name, e.id',
    values: [managerIds],
  });
  const groups = new Map<number, EmployeeRow[]>(managerIds.map((id) => [id, []]));
  for (const row of rows.map(toEmployeeRow)) groups.get(row.managerId as number)?.push(row);
  return managerIds.map((id) => groups.get(id) ?? []);
}
