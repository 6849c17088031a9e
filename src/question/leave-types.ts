// Other names for the leave types, fixed like the member nouns: a kind of leave that the data files
// under a broader type ("maternity leave" is Parental Leave, "holiday" is Vacation). Entries whose
// type is not in the loaded data are ignored.

export const LEAVE_ALIASES: Readonly<Record<string, string>> = {
  'maternity leave': 'Parental Leave',
  'paternity leave': 'Parental Leave',
  'maternity': 'Parental Leave',
  'paternity': 'Parental Leave',
  'family leave': 'Parental Leave',
  'holiday': 'Vacation',
  'holidays': 'Vacation',
  'annual leave': 'Vacation',
  'sick': 'Sick Leave',
  'sick days': 'Sick Leave',
  'sick day': 'Sick Leave',
};
