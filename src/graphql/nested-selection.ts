// Which nested fields a query asks of askEmployees' nodes, read from the operation itself, so the
// answer statement joins only what will be returned. Fragments count; @skip/@include are ignored
// (fetching a field that is then skipped costs a join, never a wrong answer).
import type { FieldNode, GraphQLResolveInfo, SelectionSetNode } from 'graphql';
import type { NestedSelection } from '../query/compile-answer.js';

/** The fields named `name` in a selection set, looking through inline fragments and fragment spreads. */
function fieldsNamed(set: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo, found: FieldNode[] = []): FieldNode[] {
  for (const selection of set?.selections ?? []) {
    if (selection.kind === 'Field') {
      if (selection.name.value === name) found.push(selection);
    } else if (selection.kind === 'InlineFragment') {
      fieldsNamed(selection.selectionSet, name, info, found);
    } else {
      fieldsNamed(info.fragments[selection.name.value]?.selectionSet, name, info, found);
    }
  }
  return found;
}

function within(fields: FieldNode[], name: string, info: GraphQLResolveInfo): FieldNode[] {
  return fields.flatMap((field) => fieldsNamed(field.selectionSet, name, info));
}

export function nestedSelection(info: GraphQLResolveInfo): NestedSelection {
  const nodes = within(within(info.fieldNodes as FieldNode[], 'edges', info), 'node', info);
  const managers = within(nodes, 'manager', info);
  return {
    department: within(nodes, 'department', info).length > 0,
    manager: managers.length > 0,
    managerDepartment: within(managers, 'department', info).length > 0,
    currentLeave: within(nodes, 'currentLeave', info).length > 0,
  };
}
