// What a query reads of askEmployees' nodes, read from the operation itself: the columns behind the
// fields it selects and, level by level, the related rows (department, manager, current leave, direct
// reports) with what it reads of them, so the answer statement fetches exactly that and nothing
// below askEmployees needs a look-up of its own. Fragments count; @skip/@include are ignored
// (fetching a field that is then skipped costs a join or a column, never a wrong answer); several
// fields of one name (aliases) are merged, which is sound because none of them takes arguments.
import { Kind, type DocumentNode, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { ALL_COLUMNS, type EmployeeColumn, type EmployeeSelection } from '../query/employee-selection.js';

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
  directReports: [],
};

/**
 * The columns the fields selected on these employees read, in the table's order (so that the same
 * fields in another order make the same selection), or null (whole rows) for a field not known here.
 */
function columnsRead(employees: FieldNode[], fragments: Fragments): EmployeeColumn[] | null {
  const columns = new Set<EmployeeColumn>();
  for (const field of employees.flatMap((f) => fieldsOf(f.selectionSet, fragments))) {
    const read = FIELD_COLUMNS[field.name.value];
    if (read === undefined) return null;
    for (const column of read) columns.add(column);
  }
  return ALL_COLUMNS.filter((column) => columns.has(column));
}

/** What the fields `employees` (all of type Employee) select, down to the last level. */
function employeeSelection(employees: FieldNode[], fragments: Fragments): EmployeeSelection {
  const managers = within(employees, 'manager', fragments);
  const reports = within(employees, 'directReports', fragments);
  const columns = columnsRead(employees, fragments);
  // Frozen: one selection serves every request that sends the same document.
  return Object.freeze({
    columns: columns && Object.freeze(columns),
    department: within(employees, 'department', fragments).length > 0,
    manager: managers.length > 0 ? employeeSelection(managers, fragments) : null,
    currentLeave: within(employees, 'currentLeave', fragments).length > 0,
    directReports: reports.length > 0 ? employeeSelection(reports, fragments) : null,
  });
}

/** What an askEmployees field with these field nodes reads of its nodes. */
export function selectionOf(askFields: readonly FieldNode[], fragments: Fragments): EmployeeSelection {
  return employeeSelection(within(within([...askFields], 'edges', fragments), 'node', fragments), fragments);
}

/**
 * Apollo keeps each document it has parsed and validated, so a query asked again arrives with the
 * same field nodes: its selection, which depends on nothing else, is read once per document.
 */
const selectionByField = new WeakMap<FieldNode, EmployeeSelection>();

export function nodeSelection(info: GraphQLResolveInfo): EmployeeSelection {
  const [field, ...others] = info.fieldNodes;
  if (!field || others.length > 0) return selectionOf(info.fieldNodes, info.fragments);
  let selection = selectionByField.get(field);
  if (!selection) {
    selection = selectionOf(info.fieldNodes, info.fragments);
    selectionByField.set(field, selection);
  }
  return selection;
}

/** The same for the askEmployees field of a whole document (the benchmark's floor reads requests this way). */
export function selectionOfDocument(document: DocumentNode): EmployeeSelection {
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
