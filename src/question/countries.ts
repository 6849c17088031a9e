// Country, state and remote-work words that stand for locations (the countries are fixed by the
// domain contract). Cities not in the loaded data are dropped, so the table never invents a location.

export const PLACE_ALIASES: Readonly<Record<string, readonly string[]>> = {
  us: ['New York', 'San Francisco', 'Austin', 'Chicago'],
  usa: ['New York', 'San Francisco', 'Austin', 'Chicago'],
  'united states': ['New York', 'San Francisco', 'Austin', 'Chicago'],
  'united states of america': ['New York', 'San Francisco', 'Austin', 'Chicago'],
  america: ['New York', 'San Francisco', 'Austin', 'Chicago'],
  'the states': ['New York', 'San Francisco', 'Austin', 'Chicago'],
  uk: ['London'],
  'united kingdom': ['London'],
  england: ['London'],
  britain: ['London'],
  'great britain': ['London'],
  germany: ['Berlin'],
  canada: ['Toronto'],
  nyc: ['New York'],
  'new york city': ['New York'],
  ny: ['New York'],
  sf: ['San Francisco'],
  ldn: ['London'],
  'san fran': ['San Francisco'],
  'bay area': ['San Francisco'],
  // states and provinces with one office each: "Austin, Texas" is Austin, "people in Texas" too
  texas: ['Austin'],
  tx: ['Austin'],
  california: ['San Francisco'],
  illinois: ['Chicago'],
  ontario: ['Toronto'],
  remotely: ['Remote'],
  'from home': ['Remote'],
  'home based': ['Remote'],
  'home-based': ['Remote'],
  wfh: ['Remote'],
  // a country's adjective names a place only with its office ("German engineers" may be a nationality)
  'german office': ['Berlin'],
  'british office': ['London'],
  'uk office': ['London'],
  'canadian office': ['Toronto'],
  'american offices': ['New York', 'San Francisco', 'Austin', 'Chicago'],
};

/** "us" is also a pronoun ("been with us"); as a country it needs capitals or a preposition before it. */
export const AMBIGUOUS_PLACE_WORDS: ReadonlySet<string> = new Set(['us']);
