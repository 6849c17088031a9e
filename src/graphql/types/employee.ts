import { requireScope } from '../../auth/principal.js';
import { employeesById } from '../../loaders/batch-queries.js';
import { currentLeaveLoader } from '../../loaders/current-leave-loader.js';
import { directReportsLoader } from '../../loaders/direct-reports-loader.js';
import type { EmployeeRow } from '../../query/employee-row.js';
import { builder } from '../builder.js';
import { DepartmentType } from './department.js';
import { LeaveType } from './leave.js';

export const EmploymentStatus = builder.enumType('EmploymentStatus', {
  values: { ACTIVE: { value: 'active' }, TERMINATED: { value: 'terminated' } } as const,
});

export const EmployeeType = builder.loadableNodeRef('Employee', {
  load: async (ids: number[], context): Promise<(EmployeeRow | Error)[]> =>
    (await employeesById(context.session, ids)).map((row) => row ?? new Error('employee not found')),
  id: { resolve: (employee) => employee.id },
});

EmployeeType.implement({
  description: 'A person in the employee directory.',
  fields: (t) => ({
    email: t.exposeString('email'),
    firstName: t.exposeString('firstName'),
    lastName: t.exposeString('lastName'),
    fullName: t.string({ resolve: (e) => `${e.firstName} ${e.lastName}` }),
    jobTitle: t.exposeString('jobTitle'),
    hireDate: t.expose('hireDate', { type: 'Date' }),
    salaryUsd: t.float({
      nullable: true,
      description: 'Yearly salary in US dollars. Needs the salary:read scope; null with a FORBIDDEN error otherwise.',
      resolve: (e, _args, context) => {
        requireScope(context.principal, 'salary:read', 'The salaryUsd field');
        return e.salaryUsd;
      },
    }),
    location: t.exposeString('location'),
    employmentStatus: t.expose('employmentStatus', { type: EmploymentStatus }),
    // Related rows fetched with the row (askEmployees' answer statement, to any depth) are returned
    // as they are, synchronously; a DataLoader answers for rows that came without them.
    department: t.field({ type: DepartmentType, resolve: (e) => e.related?.department ?? e.departmentId }),
    manager: t.field({
      type: EmployeeType,
      nullable: true,
      resolve: (e) => (e.related?.manager !== undefined ? e.related.manager : e.managerId),
    }),
    currentLeave: t.field({
      type: LeaveType,
      nullable: true,
      description: 'The leave in effect today, if any.',
      resolve: (e, _args, context) =>
        e.related?.currentLeave !== undefined ? e.related.currentLeave : currentLeaveLoader(context).load(e.id),
    }),
    directReports: t.field({
      type: [EmployeeType],
      description: 'Active employees whose manager this is.',
      resolve: (e, _args, context) => e.related?.directReports ?? directReportsLoader(context).load(e.id),
    }),
  }),
});
