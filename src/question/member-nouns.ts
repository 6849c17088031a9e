// What members of a department are called. Fixed by the domain contract ("engineers → Engineering"),
// so it is the one department table written in code; departments added later are matched by name.
// Entries whose department is not in the loaded data are ignored.

export interface MemberNoun {
  phrase: string;
  department: string;
  number: 'singular' | 'plural';
}

const TABLE: Record<string, { plural: string[]; singular: string[] }> = {
  // "eng", "mktg": the short forms people write for the department itself
  Engineering: { plural: ['engineers', 'engineering people', 'eng'], singular: ['engineer'] },
  Sales: {
    plural: ['salespeople', 'sales reps', 'sales people', 'sales representatives', 'salesmen'],
    singular: ['salesperson', 'sales rep', 'sales person', 'sales representative', 'salesman'],
  },
  Marketing: { plural: ['marketers', 'marketing people', 'mktg'], singular: ['marketer'] },
  Design: { plural: ['designers', 'design people'], singular: ['designer'] },
  Legal: { plural: ['lawyers', 'legal people', 'attorneys'], singular: ['lawyer', 'attorney'] },
  'Human Resources': { plural: ['hr', 'hr people', 'human resources people'], singular: [] },
  'Customer Support': {
    plural: ['support agents', 'support staff', 'support people', 'support', 'customer support agents', 'customer service', 'cust support', 'cs'],
    singular: ['support agent', 'customer support agent'],
  },
  Product: { plural: ['product managers', 'product people', 'pms'], singular: ['product manager', 'pm'] },
  Finance: { plural: ['finance people', 'accountants'], singular: ['accountant'] },
  Operations: { plural: ['ops', 'ops people', 'operations people'], singular: [] },
};

export const MEMBER_NOUNS: readonly MemberNoun[] = Object.entries(TABLE).flatMap(([department, forms]) => [
  ...forms.plural.map((phrase) => ({ phrase, department, number: 'plural' as const })),
  ...forms.singular.map((phrase) => ({ phrase, department, number: 'singular' as const })),
]);
