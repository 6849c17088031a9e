// What the asker says a list is for: "for the offsite invite list", "because of the reorg", "Board pack prep."
// (the request rule's purpose phrases, the context rule's reason sentences).

/**
 * What the answer is for, which says nothing about who is asked for: "for a comp review I'm putting
 * together", "for an offsite invite list". Up to three words ending in one of these nouns, none of
 * them read by a rule, then optionally who is doing it.
 */
export const PURPOSE_NOUNS: ReadonlySet<string> = new Set([
  // the short notes a chat message ends with: "… benefits check, thanks", "… desk cover, cheers"
  'check', 'cards', 'card', 'gifts', 'gift', 'pins', 'tracker', 'retro', 'form', 'forms', 'order', 'orders', 'speech', 'seating',
  'booking', 'approval', 'approvers', 'scheduling', 'refresh', 'pairing', 'clash', 'mix-up', 'package', 'cover', 'vendor',
  'staffing', 'export', 'floor', 'band', 'bands', 'reminders', 'enrolment', 'enrollment', 'rota', 'sign-ups', 'signups',
  'moves', 'swaps', 'drill', 'escalation', 'archive', 'update', 'batch', 'letter', 'letters', 'clawback', 'equity',
  'prep', 'routing', 'schedule', 'sheet', 'calibration', 'benchmarking', 'reconciliation', 'rollout', 'migration', 'pilot', 'study', 'checklist', 'assignments', 'capacity', 'quote',
  'report', 'review', 'presentation', 'deck', 'list', 'invite', 'invites', 'invitation', 'invitations', 'email', 'newsletter',
  'survey', 'meeting', 'offsite', 'event', 'party', 'lunch', 'dinner', 'project', 'audit', 'analysis', 'spreadsheet',
  'memo', 'announcement', 'doc', 'document', 'planning', 'plan', 'exercise', 'slide', 'slides', 'chart', 'dashboard',
  'budget', 'budgeting', 'forecast', 'stuff', 'reasons', 'purposes', 'panel', 'committee', 'packet', 'agenda', 'workshop',
  'session', 'training', 'onboarding', 'award', 'awards', 'nomination', 'nominations', 'ceremony', 'celebration', 'recap',
  'move', 'relocation', 'reorg', 'reshuffle', 'kickoff', 'retreat', 'roadshow', 'meetup', 'handbook', 'map', 'idea', 'channel',
  'paperwork', 'stats', 'statistics', 'shortlist', 'drinks', 'templates', 'template', 'calendar', 'mailout', 'mailing', 'swag', 'faq',
  'critique', 'benchmark', 'reminder', 'discussion', 'conversation', 'call', 'sync', 'standup', 'stand-up', 'rollcall', 'roll-call', 'mailer', 'postcards', 'hampers', 'countersign',
]);
