// The rows of compileAnswerQuery, split back into the page's employees and what was fetched with
// them (departments, managers, current leaves), which the GraphQL layer primes its DataLoaders with.
import { isoDate, toEmployeeRow, type DepartmentRow, type EmployeeRow, type LeaveRow, type RawEmployeeRow, type RelatedRows } from './employee-row.js';
import type { NestedSelection } from './compile-answer.js';

type Prefixed<P extends string> = { [K in keyof RawEmployeeRow as `${P}${K & string}`]: RawEmployeeRow[K] | null };

export type RawAnswerRow = { [K in keyof RawEmployeeRow]: RawEmployeeRow[K] | null } & Prefixed<'mgr_'> & {
  total_count: string | null;
  department_name: string | null;
  mgr_department_name?: string | null;
  leave_id?: number | null;
  leave_type?: string | null;
  leave_start_date?: string | Date | null;
  leave_end_date?: string | Date | null;
  [candidates: `person_${number}_candidates`]: number;
};

/** What the answer statement fetched besides the page's employees, by id. */
export interface Prefetched {
  departments: Map<number, DepartmentRow>;
  /** managers of the page's employees, and the page's employees themselves */
  employees: Map<number, EmployeeRow>;
  /** employee id → the leave in effect today; only when currentLeave was selected */
  currentLeaves: Map<number, LeaveRow | null>;
}

/** One object per department, shared by every row that belongs to it. */
function departmentOf(prefetched: Prefetched, id: number, name: string): DepartmentRow {
  let department = prefetched.departments.get(id);
  if (!department) {
    department = { id, name };
    prefetched.departments.set(id, department);
  }
  return department;
}

export function splitAnswerRows(raw: RawAnswerRow[], nested: NestedSelection): { rows: EmployeeRow[]; prefetched: Prefetched } {
  const rows: EmployeeRow[] = [];
  const prefetched: Prefetched = { departments: new Map(), employees: new Map(), currentLeaves: new Map() };
  for (const r of raw) {
    if (r.id === null) continue; // the one row of an empty page that carries the name look-ups
    const employee = toEmployeeRow(r as RawEmployeeRow);
    const related: RelatedRows = {};
    employee.related = related;
    rows.push(employee);
    prefetched.employees.set(employee.id, employee);
    if (r.department_name !== null) {
      related.department = departmentOf(prefetched, employee.departmentId, r.department_name);
    }
    if (nested.manager) related.manager = null;
    if (nested.manager && r.mgr_id !== null && r.mgr_id !== undefined) {
      const manager = toEmployeeRow({
        id: r.mgr_id,
        first_name: r.mgr_first_name,
        last_name: r.mgr_last_name,
        email: r.mgr_email,
        job_title: r.mgr_job_title,
        department_id: r.mgr_department_id,
        manager_id: r.mgr_manager_id,
        hire_date: r.mgr_hire_date,
        salary_usd: r.mgr_salary_usd,
        location: r.mgr_location,
        employment_status: r.mgr_employment_status,
        termination_date: r.mgr_termination_date,
      } as RawEmployeeRow);
      if (nested.managerDepartment && r.mgr_department_name) {
        manager.related = { department: departmentOf(prefetched, manager.departmentId, r.mgr_department_name) };
      }
      related.manager = prefetched.employees.get(manager.id) ?? manager;
      if (!prefetched.employees.has(manager.id)) prefetched.employees.set(manager.id, manager);
    }
    if (nested.currentLeave) {
      related.currentLeave =
        r.leave_id === null || r.leave_id === undefined
          ? null
          : {
              id: r.leave_id,
              employeeId: employee.id,
              leaveType: r.leave_type as string,
              startDate: isoDate(r.leave_start_date as string | Date),
              endDate: r.leave_end_date === null || r.leave_end_date === undefined ? null : isoDate(r.leave_end_date),
            };
      prefetched.currentLeaves.set(employee.id, related.currentLeave);
    }
  }
  return { rows, prefetched };
}
