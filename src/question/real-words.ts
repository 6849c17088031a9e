// Real words, and first names, one letter away from a word the parser forgives a slip in: a
// department, a member noun, a place or a word of its vocabulary. Read as slips they would turn
// "list all males" into Sales, "employees in Wales" into Sales, "please produce a list" into
// Product and "who is Dustin" into Austin. Each is left as the word it is: known to a rule, or an
// unknown word that gets the question refused. Found by comparing a dictionary's words with every
// such target; listed are the ones people write in questions like these.
export const REAL_WORDS: ReadonlySet<string> = new Set([
  // Sales
  'sale', 'ales', 'bales', 'dales', 'gales', 'hales', 'males', 'pales', 'sables', 'safes', 'sages', 'salts', 'salves', 'sates', 'saves', 'scales', 'soles', 'tales', 'vales', 'wales', 'salem',
  // Legal, Product, Design, Finance and the member nouns
  'leal', 'egal', 'regal', 'produce', 'deign', 'resign', 'designed', 'financed', 'layer', 'layers', 'sawyer', 'sawyers', 'marketed', 'gent', 'gents',
  'manage', 'managed', 'manages', 'manger', 'mangers', 'parson', 'pearson', 'persona', 'stiff', 'stuff', 'humane', 'officer', 'officers', 'servile',
  // places, and the words of "based in", "United States", "Great Britain"
  'german', 'american', 'texan', 'californian', 'state', 'germane', 'herman', 'merman', 'brutish', 'chicano', 'landon', 'lyndon', 'merlin', 'austen', 'dustin', 'justin', 'agustin',
  'demote', 'emote', 'remove', 'baked', 'biased', 'eased', 'cased', 'unite', 'unites', 'untied', 'stages', 'stakes', 'stares', 'stated', 'stats', 'status', 'statues', 'estates', 'skates', 'slates',
  'greet', 'treat', 'texts',
  // the vocabulary: "highest salaried" is not "highest salaries", "colleague Wei Chen" is one person
  'salaried', 'vocation', 'vocations', 'colleague',
]);
