import type { DepartmentRow } from '../../query/employee-row.js';
import { builder } from '../builder.js';

export const DepartmentType = builder.objectRef<DepartmentRow>('Department').implement({
  description: 'A department of the company.',
  fields: (t) => ({
    id: t.exposeID('id'),
    name: t.exposeString('name'),
  }),
});
