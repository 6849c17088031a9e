// The request's DataLoader for Employee.currentLeave. It lives here rather than inside a Pothos
// loadable field so that askEmployees can prime it with the leaves its own statement fetched.
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { GraphQLContext } from '../graphql/context.js';
import type { LeaveRow } from '../query/employee-row.js';
import { currentLeavesByEmployee } from './batch-queries.js';

export const currentLeaveLoader = createContextCache(
  (context: GraphQLContext) => new DataLoader<number, LeaveRow | null>((employeeIds) => currentLeavesByEmployee(context.session, employeeIds)),
);
