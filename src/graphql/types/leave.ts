import type { LeaveRow } from '../../query/employee-row.js';
import { builder } from '../builder.js';

export const LeaveType = builder.objectRef<LeaveRow>('Leave').implement({
  description: 'A period of leave.',
  fields: (t) => ({
    type: t.exposeString('leaveType', { description: 'Parental Leave, Sick Leave, Vacation, Sabbatical, Medical Leave, …' }),
    startDate: t.expose('startDate', { type: 'Date' }),
    endDate: t.expose('endDate', { type: 'Date', nullable: true, description: 'null: open-ended' }),
  }),
});
