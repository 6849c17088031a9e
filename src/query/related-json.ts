// Related rows below the first level (a manager's manager, direct reports and what is asked of
// them, a manager's leave) fetched inside the answer statement as JSON: one correlated sub-select per
// relation and level, built from the selection tree. The first level's department, manager and
// current leave stay plain joins (compile-answer.ts), the cheaper form for what most queries ask.
//
// Every identifier here comes from the allow-list of employee columns and every alias is numbered
// by depth, so a sub-select refers to its parent's alias only; no value is interpolated.
import { currentLeaveOf } from './conditions.js';
import { columnsToFetch, type EmployeeSelection } from './employee-selection.js';

/** The keys of a leave object, as the leave columns are named. */
const LEAVE_JSON = "json_build_object('id', l.id, 'leave_type', l.leave_type, 'start_date', l.start_date, 'end_date', l.end_date)";

/**
 * The employee `alias` (an employees row at `depth`) as a JSON object: its columns under their own
 * names, then department_name, manager, current_leave and direct_reports as selected.
 */
export function employeeJson(alias: string, selection: EmployeeSelection, depth: number): string {
  const pairs = columnsToFetch(selection).map((column) => `'${column}', ${alias}.${column}`);
  if (selection.department) {
    pairs.push(`'department_name', (SELECT dj.name FROM departments dj WHERE dj.id = ${alias}.department_id)`);
  }
  if (selection.manager) pairs.push(`'manager', ${managerJson(alias, selection.manager, depth + 1)}`);
  if (selection.currentLeave) pairs.push(`'current_leave', (${currentLeaveOf(alias, LEAVE_JSON)})`);
  if (selection.directReports) pairs.push(`'direct_reports', ${directReportsJson(alias, selection.directReports, depth + 1)}`);
  return `json_build_object(${pairs.join(', ')})`;
}

/** The manager of the employee `alias`, as JSON, or null. */
export function managerJson(alias: string, selection: EmployeeSelection, depth: number): string {
  const manager = `j${depth}`;
  return `(SELECT ${employeeJson(manager, selection, depth)} FROM employees ${manager} WHERE ${manager}.id = ${alias}.manager_id)`;
}

/** The active direct reports of the employee `alias`, as a JSON array in the default order (as the directReports loader returns them). */
export function directReportsJson(alias: string, selection: EmployeeSelection, depth: number): string {
  const report = `j${depth}`;
  return (
    `(SELECT coalesce(json_agg(${employeeJson(report, selection, depth)} ORDER BY ${report}.last_name, ${report}.first_name, ${report}.id), '[]'::json)` +
    ` FROM employees ${report} WHERE ${report}.manager_id = ${alias}.id AND ${report}.employment_status = 'active')`
  );
}
