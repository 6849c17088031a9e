import { requireScope } from '../../auth/principal.js';
import type { EmployeeRow } from '../../query/employee-row.js';
import { builder } from '../builder.js';
import { DepartmentType } from './department.js';
import { LeaveType } from './leave.js';

export const EmploymentStatus = builder.enumType('EmploymentStatus', {
  values: { ACTIVE: { value: 'active' }, TERMINATED: { value: 'terminated' } } as const,
});

export const EmployeeType = builder.objectRef<EmployeeRow>('Employee');

builder.node(EmployeeType, {
  description: 'A person in the employee directory.',
  id: { resolve: (employee) => employee.id },
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
    // as they are, synchronously; the request's DataLoaders answer for rows that came without them.
    department: t.field({ type: DepartmentType, resolve: (e, _args, context) => e.related?.department ?? context.loaders.departments.load(e.departmentId) }),
    manager: t.field({
      type: EmployeeType,
      nullable: true,
      resolve: (e, _args, context) => {
        if (e.related?.manager !== undefined) return e.related.manager;
        return e.managerId === null ? null : context.loaders.employees.load(e.managerId);
      },
    }),
    currentLeave: t.field({
      type: LeaveType,
      nullable: true,
      description: 'The leave in effect today, if any.',
      resolve: (e, _args, context) =>
        e.related?.currentLeave !== undefined ? e.related.currentLeave : context.loaders.currentLeave.load(e.id),
    }),
    directReports: t.field({
      type: [EmployeeType],
      description: 'Active employees whose manager this is.',
      resolve: (e, _args, context) => e.related?.directReports ?? context.loaders.directReports.load(e.id),
    }),
  }),
});
