// Words that carry no condition of their own: politeness, articles, auxiliaries, and the generic
// nouns for "employees". Kept short on purpose: a word that could carry meaning ("guitar", "Madrid")
// must not be here, or the question would be answered with that meaning silently dropped.

export const FILLERS: ReadonlySet<string> = new Set([
  // asking
  'show', 'me', 'list', 'find', 'give', 'get', 'display', 'see', 'tell', 'let', 'know', 'can', 'could', 'would',
  'gimme', 'fetch', 'retrieve', 'search', 'searching', 'lookup', 'view', 'provide', 'check', 'help', 'trying', 'hoping', 'wondering', 'so',
  'roughly', 'approximately', 'approx', 'advise', 'confirm', 'enumerate', 'overall', 'got', 'locate', 'listing',
  // "who's the VP of Engineering again?": asked once more, nothing added
  'again',
  'hey', 'hi', 'hello', 'thanks', 'thank', 'ok', 'okay',
  // signs of tone in a chat message
  'lol', 'lmao', 'haha', 'tbh', 'fyi', 'asap', 'idk', 'btw', 'though',
  'you', 'u', 'ur', 'i', 'please', 'pls', 'plz', 'kindly', 'want', 'need', 'like', 'to', 'about',
  // articles, pronouns, auxiliaries, connectors
  'the', 'a', 'an', 'all', 'every', 'each', 'any', 'both', 'either', 'those', 'them', 'they', 'their', 'these', 'ones',
  'who', 'whom', 'whose', 'which', 'what', 'that', 'there', 'here', 'whoever',
  'is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', 'do', 'does', 'did', 'have', 'has', 'had', 'having',
  'our', 'we', 'us', 'my',
  'in', 'on', 'at', 'of', 'from', 'with', 'and', 'or', 'but', 'also', 'just', 'only', 'currently', 'presently', 'now', 'today',
  // the generic subject
  'employees', 'employee', 'people', 'ppl', 'person', 'persons', 'staff', 'staffers', 'workers', 'worker', 'folks',
  // "collaborators": what speakers of Romance languages call colleagues
  'collaborators', 'collaborator', 'some', 'exist', 'exists', 'actually',
  // a group as people name it, and belonging to it: "the Finance crowd", "staff attached to Marketing"
  'crowd', 'crew', 'function', 'functions', 'force', 'belong', 'belongs', 'attached', 'site', 'originally', 'colleague',
  'veterans', 'going', 'go', 'sat',
  'members', 'member', 'colleagues', 'personnel', 'individuals', 'anyone', 'anybody', 'everyone', 'everybody',
  'someone', 'somebody', 'team', 'teams', 'department', 'departments', 'dept', 'depts', 'group', 'groups', 'company', 'organization', 'organisation',
  'office', 'offices', 'based', 'located', 'work', 'works', 'working', 'employed', 'employ', 'employs', 'whole', 'entire', 'names',
  'sit', 'sits', 'sitting', 'seated', 'still', 'staffs', 'themselves', 'himself', 'herself', 'wide', 'falls', 'fell',
  'pull', 'grab', 'identify', 'roster', 'directory', 'lineup', 'among', 'amongst', 'despite',
]);

/** Fillers that name the people asked about: a question made only of fillers needs one of these. */
export const SUBJECT_WORDS: ReadonlySet<string> = new Set([
  'employees', 'employee', 'people', 'ppl', 'person', 'persons', 'staff', 'staffers', 'workers', 'worker', 'folks',
  'members', 'colleagues', 'collaborators', 'personnel', 'individuals', 'everyone', 'everybody', 'anyone', 'anybody', 'team',
  // "show whoever is titled Counsel": anyone who
  'whoever',
]);

