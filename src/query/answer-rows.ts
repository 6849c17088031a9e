// The rows of compileAnswerQuery, turned back into the page's employees with the related rows that
// were fetched with them (department, manager, current leave, direct reports, and theirs) attached,
// so that the GraphQL resolvers return them as they are.
import type { EmployeeSelection } from './employee-selection.js';
import { toEmployeeRow, toLeaveRow, type DepartmentRow, type EmployeeRow, type RawEmployeeRow, type RawLeaveRow, type RelatedRows } from './employee-row.js';

type Prefixed<P extends string> = { [K in keyof RawEmployeeRow as `${P}${K & string}`]: RawEmployeeRow[K] | null };

export type RawAnswerRow = { [K in keyof RawEmployeeRow]: RawEmployeeRow[K] | null } & Prefixed<'mgr_'> & {
  total_count: string | null;
  department_name: string | null;
  mgr_department_name?: string | null;
  mgr_json?: EmployeeJson | null;
  leave_id?: number | null;
  leave_type?: string | null;
  leave_start_date?: string | Date | null;
  leave_end_date?: string | Date | null;
  direct_reports_json?: EmployeeJson[];
  [candidates: `person_${number}_candidates`]: number;
};

/** An employee as related-json.ts builds it: its columns, then what was selected below it. */
interface EmployeeJson extends RawEmployeeRow {
  department_name?: string;
  manager?: EmployeeJson | null;
  current_leave?: RawLeaveRow | null;
  direct_reports?: EmployeeJson[];
}

/** One object per department, shared by every row of the answer that belongs to it. */
class Departments {
  private readonly byId = new Map<number, DepartmentRow>();

  of(id: number, name: string): DepartmentRow {
    let department = this.byId.get(id);
    if (!department) {
      department = { id, name };
      this.byId.set(id, department);
    }
    return department;
  }
}

/** An employee of a JSON sub-select, with everything selected below it attached. */
function fromJson(json: EmployeeJson, selection: EmployeeSelection, departments: Departments): EmployeeRow {
  const employee = toEmployeeRow(json);
  const related: RelatedRows = {};
  if (selection.department && json.department_name !== undefined) related.department = departments.of(employee.departmentId, json.department_name);
  if (selection.manager) related.manager = json.manager ? fromJson(json.manager, selection.manager, departments) : null;
  if (selection.currentLeave) related.currentLeave = json.current_leave ? toLeaveRow(employee.id, json.current_leave) : null;
  if (selection.directReports) {
    const reports = selection.directReports;
    related.directReports = (json.direct_reports ?? []).map((report) => fromJson(report, reports, departments));
  }
  employee.related = related;
  return employee;
}

/** The manager of a page row from the flat mgr_ columns of a shallow selection, or null. */
function flatManager(r: RawAnswerRow, selection: EmployeeSelection, departments: Departments): EmployeeRow | null {
  if (r.mgr_id === null || r.mgr_id === undefined) return null;
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
  if (selection.department && r.mgr_department_name) {
    manager.related = { department: departments.of(manager.departmentId, r.mgr_department_name) };
  }
  return manager;
}

export function splitAnswerRows(raw: RawAnswerRow[], selection: EmployeeSelection): EmployeeRow[] {
  const rows: EmployeeRow[] = [];
  const departments = new Departments();
  for (const r of raw) {
    if (r.id === null) continue; // the one row of an empty page that carries the name look-ups
    const employee = toEmployeeRow(r as RawEmployeeRow);
    const related: RelatedRows = {};
    employee.related = related;
    rows.push(employee);
    if (r.department_name !== null) related.department = departments.of(employee.departmentId, r.department_name);
    if (selection.manager) {
      related.manager =
        r.mgr_json !== undefined
          ? r.mgr_json && fromJson(r.mgr_json, selection.manager, departments)
          : flatManager(r, selection.manager, departments);
    }
    if (selection.currentLeave) {
      related.currentLeave =
        r.leave_id === null || r.leave_id === undefined
          ? null
          : toLeaveRow(employee.id, { id: r.leave_id, leave_type: r.leave_type as string, start_date: r.leave_start_date as string | Date, end_date: r.leave_end_date ?? null });
    }
    if (selection.directReports) {
      const reports = selection.directReports;
      related.directReports = (r.direct_reports_json ?? []).map((report) => fromJson(report, reports, departments));
    }
  }
  return rows;
}
