// The schema: importing each type file registers it on the builder.
import { lexicographicSortSchema } from 'graphql';
import { builder } from './builder.js';
import './types/department.js';
import './types/leave.js';
import './types/employee.js';
import './types/ask-employees.js';
import './types/system-health.js';

export const schema = lexicographicSortSchema(builder.toSchema());
