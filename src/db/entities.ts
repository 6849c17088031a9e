// MikroORM entities for the three contract tables (see shared/design/domain.md).
//
// EntitySchema rather than decorators: we run under tsx/esbuild, which emits no decorator metadata.
// Every column name is spelled out with `fieldName` so the mapping never depends on a naming
// strategy. The schema itself is owned by the hand-written migrations, not generated from here.
import { Collection, DecimalType, EntitySchema } from '@mikro-orm/core';

export interface Department {
  id: number;
  name: string;
  employees: Collection<Employee>;
}

export type EmploymentStatus = 'active' | 'terminated';

export interface Employee {
  id: number;
  firstName: string;
  lastName: string;
  email: string;
  jobTitle: string;
  department: Department;
  manager: Employee | null;
  /** ISO date 'YYYY-MM-DD' */
  hireDate: string;
  /** numeric(12,2); read back as a JS number (cents are exact at this magnitude). */
  salaryUsd: number;
  location: string;
  employmentStatus: EmploymentStatus;
  /** ISO date 'YYYY-MM-DD'; set iff terminated. */
  terminationDate: string | null;
  reports: Collection<Employee>;
  leaves: Collection<Leave>;
}

export interface Leave {
  id: number;
  employee: Employee;
  leaveType: string;
  /** ISO date 'YYYY-MM-DD' */
  startDate: string;
  /** ISO date 'YYYY-MM-DD'; null when open-ended. */
  endDate: string | null;
}

export const DepartmentSchema = new EntitySchema<Department>({
  name: 'Department',
  tableName: 'departments',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: false, fieldName: 'id' },
    name: { type: 'text', fieldName: 'name', unique: true },
    employees: { kind: '1:m', entity: () => 'Employee', mappedBy: 'department' },
  },
});

export const EmployeeSchema = new EntitySchema<Employee>({
  name: 'Employee',
  tableName: 'employees',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: false, fieldName: 'id' },
    firstName: { type: 'text', fieldName: 'first_name' },
    lastName: { type: 'text', fieldName: 'last_name' },
    email: { type: 'text', fieldName: 'email', unique: true },
    jobTitle: { type: 'text', fieldName: 'job_title' },
    department: { kind: 'm:1', entity: () => 'Department', fieldName: 'department_id' },
    manager: { kind: 'm:1', entity: () => 'Employee', fieldName: 'manager_id', nullable: true },
    hireDate: { type: 'date', fieldName: 'hire_date' },
    salaryUsd: {
      type: new DecimalType('number'),
      columnType: 'numeric(12,2)',
      precision: 12,
      scale: 2,
      fieldName: 'salary_usd',
    },
    location: { type: 'text', fieldName: 'location' },
    employmentStatus: { type: 'text', fieldName: 'employment_status' },
    terminationDate: { type: 'date', fieldName: 'termination_date', nullable: true },
    reports: { kind: '1:m', entity: () => 'Employee', mappedBy: 'manager' },
    leaves: { kind: '1:m', entity: () => 'Leave', mappedBy: 'employee' },
  },
});

export const LeaveSchema = new EntitySchema<Leave>({
  name: 'Leave',
  tableName: 'leaves',
  properties: {
    id: { type: 'integer', primary: true, autoincrement: false, fieldName: 'id' },
    employee: { kind: 'm:1', entity: () => 'Employee', fieldName: 'employee_id' },
    leaveType: { type: 'text', fieldName: 'leave_type' },
    startDate: { type: 'date', fieldName: 'start_date' },
    endDate: { type: 'date', fieldName: 'end_date', nullable: true },
  },
});

/** Every entity, for the ORM config. */
export const entities = [DepartmentSchema, EmployeeSchema, LeaveSchema];
