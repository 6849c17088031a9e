import { departmentsById } from '../../loaders/batch-queries.js';
import type { DepartmentRow } from '../../query/employee-row.js';
import { builder } from '../builder.js';

export const DepartmentType = builder.loadableObject('Department', {
  description: 'A department of the company.',
  load: async (ids: number[], context): Promise<(DepartmentRow | Error)[]> =>
    (await departmentsById(context.session, ids)).map((row) => row ?? new Error('department not found')),
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
  }),
});
