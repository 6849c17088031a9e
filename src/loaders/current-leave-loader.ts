// The request's DataLoader for Employee.currentLeave, for employees that did not come with their
// leave already fetched (askEmployees' answer statement fetches what its selection asks for).
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { GraphQLContext } from '../graphql/context.js';
import type { LeaveRow } from '../query/employee-row.js';
import { currentLeavesByEmployee } from './batch-queries.js';

export const currentLeaveLoader = createContextCache(
  (context: GraphQLContext) => new DataLoader<number, LeaveRow | null>((employeeIds) => currentLeavesByEmployee(context.session, employeeIds)),
);
