// What a query asks of askEmployees' nodes, read from the operation itself, so the answer
// statement joins only the nested rows and selects only the columns that will be returned.
// Fragments count; @skip/@include are ignored (fetching a field that is then skipped costs a join
// or a column, never a wrong answer).
import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import type { EmployeeColumn, NestedSelection } from '../query/compile-answer.js';

type Fragments = Readonly<Record<string, FragmentDefinitionNode | undefined>>;

/** The fields of a selection set, looking through inline fragments and fragment spreads. */
function fieldsOf(set: SelectionSetNode | undefined, fragments: Fragments, found: FieldNode[] = []): FieldNode[] {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === 'Field') found.push(selection);
    else if (selection.kind === 'InlineFragment') fieldsOf(selection.selectionSet, fragments, found);
    else fieldsOf(fragments[selection.name.value]?.selectionSet, fragments, found);
  }
  return found;
}

/** The fields named `name` directly under any of `fields`. */
function within(fields: FieldNode[], name: string, fragments: Fragments): FieldNode[] {
  return fields.flatMap((field) => fieldsOf(field.selectionSet, fragments).filter((inner) => inner.name.value === name));
}

/** The columns each of Employee's fields reads; a field not listed here reads whole rows. */
const FIELD_COLUMNS: Readonly<Record<string, readonly EmployeeColumn[]>> = {
  __typename: [],
  id: [],
  email: ['email'],
  firstName: ['first_name'],
  lastName: ['last_name'],
  fullName: ['first_name', 'last_name'],
  jobTitle: ['job_title'],
  hireDate: ['hire_date'],
  salaryUsd: ['salary_usd'],
  location: ['location'],
  employmentStatus: ['employment_status'],
  department: [],
  manager: [],
  currentLeave: [],
};

/**
 * The columns the selected fields read, or null when a field is answered through a DataLoader
 * (directReports; a manager's manager, leave or reports), which is primed with whole rows.
 */
function columnsRead(fields: FieldNode[], fragments: Fragments, throughLoaders: ReadonlySet<string>): EmployeeColumn[] | null {
  const columns = new Set<EmployeeColumn>();
  for (const field of fields.flatMap((f) => fieldsOf(f.selectionSet, fragments))) {
    const name = field.name.value;
    const read = FIELD_COLUMNS[name];
    if (read === undefined || throughLoaders.has(name)) return null;
    for (const column of read) columns.add(column);
  }
  return [...columns];
}

const NODE_LOADER_FIELDS = new Set(['directReports']);
const MANAGER_LOADER_FIELDS = new Set(['manager', 'currentLeave', 'directReports']);

/** The nested rows and columns an askEmployees field with these field nodes selects. */
export function selectionOf(askFields: readonly FieldNode[], fragments: Fragments): NestedSelection {
  const nodes = within(within([...askFields], 'edges', fragments), 'node', fragments);
  const managers = within(nodes, 'manager', fragments);
  const nodeColumns = columnsRead(nodes, fragments, NODE_LOADER_FIELDS);
  const managerColumns = columnsRead(managers, fragments, MANAGER_LOADER_FIELDS);
  return {
    department: within(nodes, 'department', fragments).length > 0,
    manager: managers.length > 0,
    managerDepartment: within(managers, 'department', fragments).length > 0,
    currentLeave: within(nodes, 'currentLeave', fragments).length > 0,
    columns: nodeColumns === null || managerColumns === null ? null : { employee: nodeColumns, manager: managerColumns },
  };
}

export function nestedSelection(info: GraphQLResolveInfo): NestedSelection {
  return selectionOf(info.fieldNodes, info.fragments);
}

/** The same for the askEmployees field of a whole document (the benchmark's floor reads requests this way). */
export function selectionOfDocument(document: DocumentNode): NestedSelection {
  const fragments: Record<string, FragmentDefinitionNode> = {};
  const askFields: FieldNode[] = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.FRAGMENT_DEFINITION) fragments[definition.name.value] = definition;
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    for (const selection of definition.selectionSet.selections) {
      if (selection.kind === Kind.FIELD && selection.name.value === 'askEmployees') askFields.push(selection);
    }
  }
  return selectionOf(askFields, fragments);
}
