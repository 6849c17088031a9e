// The request's DataLoaders, for rows that came without the related rows a selection asks for
// (askEmployees' answer statement fetches those itself; these serve rows loaded by another loader,
// such as direct reports' managers). Each is made on first use, at most once per request.
//
// They live on the request's context object, not in WeakMaps keyed by it (Pothos's context caches
// and its dataloader plugin, which made an Employee and a Department loader for every request that
// returned either, objects or not): V8's young-generation collector keeps a WeakMap entry's value
// alive while its key is young, so each request's loaders, and through them its context, survived
// a collection and were copied. Measured on W3 at 800 requests/s: 830 KB copied per scavenge
// (3.3 ms) with the plugin, 95 KB (1.5 ms) without (bench/results/NOTES.md, session 5).
import DataLoader from 'dataloader';
import type { DepartmentRow, EmployeeRow, LeaveRow } from '../query/employee-row.js';
import type { ReadSession } from '../query/read-session.js';
import { currentLeavesByEmployee, departmentsById, directReportsByManager, employeesById } from './batch-queries.js';

/** A row a loader was asked for and did not find fails that field alone, as a missing node does. */
function orNotFound<T>(what: string) {
  return (rows: (T | null)[]): (T | Error)[] => rows.map((row) => row ?? new Error(`${what} not found`));
}

export class RequestLoaders {
  private employeeLoader?: DataLoader<number, EmployeeRow>;
  private departmentLoader?: DataLoader<number, DepartmentRow>;
  private currentLeaveLoader?: DataLoader<number, LeaveRow | null>;
  private directReportsLoader?: DataLoader<number, EmployeeRow[]>;

  constructor(private readonly session: ReadSession) {}

  get employees(): DataLoader<number, EmployeeRow> {
    return (this.employeeLoader ??= new DataLoader((ids) => employeesById(this.session, ids).then(orNotFound('employee'))));
  }

  get departments(): DataLoader<number, DepartmentRow> {
    return (this.departmentLoader ??= new DataLoader((ids) => departmentsById(this.session, ids).then(orNotFound('department'))));
  }

  /** the leave in effect today, null for none */
  get currentLeave(): DataLoader<number, LeaveRow | null> {
    return (this.currentLeaveLoader ??= new DataLoader((employeeIds) => currentLeavesByEmployee(this.session, employeeIds)));
  }

  /** by manager id: the active employees who report to that manager */
  get directReports(): DataLoader<number, EmployeeRow[]> {
    return (this.directReportsLoader ??= new DataLoader((managerIds) => directReportsByManager(this.session, managerIds)));
  }
}
