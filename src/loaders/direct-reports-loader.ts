// The request's DataLoader for Employee.directReports, for employees that did not come with their
// reports already fetched (askEmployees' answer statement fetches what its selection asks for).
import { createContextCache } from '@pothos/core';
import DataLoader from 'dataloader';
import type { GraphQLContext } from '../graphql/context.js';
import type { EmployeeRow } from '../query/employee-row.js';
import { directReportsByManager } from './batch-queries.js';

export const directReportsLoader = createContextCache(
  (context: GraphQLContext) => new DataLoader<number, EmployeeRow[]>((managerIds) => directReportsByManager(context.session, managerIds)),
);
