// Before anything is timed, every system must give the same answer: the same totalCount and, row
// by row, the same email, department, manager and current leave.
import type { SystemName } from './servers.js';
import type { Workload } from './workloads.js';

export interface Answer {
  totalCount: number;
  /** one line per row: email | department | manager email | leave type */
  rows: string[];
}

interface Row {
  email: string;
  department?: { name: string } | null;
  manager?: { email: string } | null;
  currentLeave?: { type: string } | null;
  departmentByDepartmentId?: { name: string } | null;
  employeeByManagerId?: { email: string } | null;
  [key: string]: unknown;
}

export function requestBody(system: SystemName, workload: Workload): string {
  const { query, variables } = system === 'postgraphile' ? workload.postgraphile : workload.roster;
  return JSON.stringify({ query, variables });
}

export async function fetchAnswer(system: SystemName, url: string, workload: Workload): Promise<Answer | null> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: requestBody(system, workload) });
  const body = (await response.json()) as { data?: Record<string, unknown>; errors?: unknown[] };
  if (response.status !== 200 || body.errors) {
    throw new Error(`${system} ${workload.id}: HTTP ${response.status} ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  }
  if (workload.question === null) return null;
  if (system === 'postgraphile') {
    const connection = body.data?.allEmployees as { totalCount: number; nodes: Row[] };
    return {
      totalCount: connection.totalCount,
      rows: connection.nodes.map((n) => {
        const leave = (n.currentLeave as unknown as { nodes: { leaveType: string }[] }).nodes[0];
        return [n.email, n.departmentByDepartmentId?.name, n.employeeByManagerId?.email ?? '-', leave?.leaveType ?? '-'].join(' | ');
      }),
    };
  }
  const connection = body.data?.askEmployees as { totalCount: number; edges: { node: Row }[] };
  return {
    totalCount: connection.totalCount,
    rows: connection.edges.map(({ node: n }) => [n.email, n.department?.name, n.manager?.email ?? '-', n.currentLeave?.type ?? '-'].join(' | ')),
  };
}

/** A description of the first difference, or null when the answers agree. */
export function compareAnswers(expected: Answer, actual: Answer): string | null {
  if (expected.totalCount !== actual.totalCount) return `totalCount ${actual.totalCount}, expected ${expected.totalCount}`;
  if (expected.rows.length !== actual.rows.length) return `${actual.rows.length} rows, expected ${expected.rows.length}`;
  for (let i = 0; i < expected.rows.length; i++) {
    if (expected.rows[i] !== actual.rows[i]) return `row ${i}: "${actual.rows[i]}", expected "${expected.rows[i]}"`;
  }
  return null;
}
