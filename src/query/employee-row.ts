// Plain rows as the GraphQL layer sees them, mapped from what pg returns (snake_case, numeric as
// text, dates as 'YYYY-MM-DD' text).

export interface EmployeeRow {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  jobTitle: string;
  departmentId: number;
  managerId: number | null;
  hireDate: string;
  salaryUsd: number;
  location: string;
  employmentStatus: 'active' | 'terminated';
  terminationDate: string | null;
  /**
   * Nested values fetched with this row (absent: not fetched). Resolvers return them as they are,
   * synchronously, instead of asking a DataLoader for them.
   */
  related?: RelatedRows;
}

export interface RelatedRows {
  department?: DepartmentRow;
  manager?: EmployeeRow | null;
  currentLeave?: LeaveRow | null;
  directReports?: EmployeeRow[];
}

export interface DepartmentRow {
  id: number;
  name: string;
}

export interface LeaveRow {
  id: number;
  employeeId: number;
  leaveType: string;
  startDate: string;
  endDate: string | null;
}

export interface RawEmployeeRow {
  id: number;
  first_name: string;
  last_name: string;
  email: string;
  job_title: string;
  department_id: number;
  manager_id: number | null;
  hire_date: string | Date;
  salary_usd: string | number;
  location: string;
  employment_status: 'active' | 'terminated';
  termination_date: string | Date | null;
}

/** A row of leaves as a statement returns it (columns, or keys of a JSON object, by their names). */
export interface RawLeaveRow {
  id: number;
  leave_type: string;
  start_date: string | Date;
  end_date: string | Date | null;
}

/** A leave of `employeeId` in the API's shape. */
export function toLeaveRow(employeeId: number, raw: RawLeaveRow): LeaveRow {
  return {
    id: raw.id,
    employeeId,
    leaveType: raw.leave_type,
    startDate: isoDate(raw.start_date),
    endDate: raw.end_date === null ? null : isoDate(raw.end_date),
  };
}

/** pg may already parse dates; either way the API speaks ISO dates. */
export function isoDate(value: string | Date): string {
  if (typeof value === 'string') return value;
  const y = value.getFullYear();
  const m = String(value.getMonth() + 1).padStart(2, '0');
  const d = String(value.getDate()).padStart(2, '0');
  return `${y}-${m}-${d}`;
}

/**
 * A row of employees in the API's shape. A statement that selected only some columns (the answer
 * statement, projected to the GraphQL selection) gives a row without the others: only the fields
 * that selection reads are ever read from it.
 */
export function toEmployeeRow(raw: RawEmployeeRow): EmployeeRow {
  return {
    id: raw.id,
    firstName: raw.first_name,
    lastName: raw.last_name,
    email: raw.email,
    jobTitle: raw.job_title,
    departmentId: raw.department_id,
    managerId: raw.manager_id,
    hireDate: raw.hire_date === undefined ? raw.hire_date : isoDate(raw.hire_date),
    salaryUsd: raw.salary_usd === undefined ? raw.salary_usd : Number(raw.salary_usd),
    location: raw.location,
    employmentStatus: raw.employment_status,
    terminationDate: raw.termination_date === null || raw.termination_date === undefined ? raw.termination_date : isoDate(raw.termination_date),
  };
}
