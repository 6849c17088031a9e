// The fixed vocabulary of the directory (shared/design/domain.md) and the numbers that make the
// generated data look like a company: title mix and pay per department, office sizes, leave kinds.

export interface TitleSpec {
  title: string;
  /** Relative frequency among the department's individual contributors. */
  weight: number;
  /** Typical base salary in USD before location, tenure and noise. */
  base: number;
  /** Titles people managers are usually given. */
  senior: boolean;
}

export interface DepartmentSpec {
  id: number;
  name: string;
  /** Share of the headcount. */
  weight: number;
  titles: TitleSpec[];
}

const t = (title: string, weight: number, base: number, senior = false): TitleSpec => ({ title, weight, base, senior });

/** Ids follow the contract's order, so departments are identical in every seed. */
export const DEPARTMENTS: DepartmentSpec[] = [
  { id: 1, name: 'Engineering', weight: 28, titles: [t('Software Engineer', 35, 118_000), t('Senior Software Engineer', 28, 152_000, true), t('Staff Engineer', 8, 188_000, true), t('QA Engineer', 12, 96_000), t('DevOps Engineer', 17, 128_000)] },
  { id: 2, name: 'Sales', weight: 16, titles: [t('Account Executive', 40, 86_000), t('Senior Account Executive', 20, 122_000, true), t('Sales Development Rep', 40, 61_000)] },
  { id: 3, name: 'Marketing', weight: 8, titles: [t('Marketing Specialist', 45, 71_000), t('Content Strategist', 35, 76_000), t('Senior Marketing Manager', 20, 128_000, true)] },
  { id: 4, name: 'Finance', weight: 6, titles: [t('Accountant', 40, 72_000), t('Senior Accountant', 25, 96_000, true), t('Financial Analyst', 35, 88_000)] },
  { id: 5, name: 'Human Resources', weight: 5, titles: [t('HR Generalist', 45, 68_000), t('Recruiter', 35, 73_000), t('Senior Recruiter', 20, 96_000, true)] },
  { id: 6, name: 'Operations', weight: 8, titles: [t('Operations Analyst', 45, 71_000), t('Senior Operations Analyst', 25, 96_000, true), t('Office Manager', 30, 62_000, true)] },
  { id: 7, name: 'Legal', weight: 4, titles: [t('Counsel', 40, 168_000), t('Senior Counsel', 25, 212_000, true), t('Paralegal', 35, 67_000)] },
  { id: 8, name: 'Customer Support', weight: 12, titles: [t('Support Specialist', 50, 51_000), t('Senior Support Specialist', 25, 66_000, true), t('Support Engineer', 25, 84_000)] },
  { id: 9, name: 'Product', weight: 7, titles: [t('Product Manager', 45, 142_000), t('Senior Product Manager', 25, 176_000, true), t('Product Analyst', 30, 101_000)] },
  { id: 10, name: 'Design', weight: 6, titles: [t('Product Designer', 45, 112_000), t('Senior Product Designer', 25, 146_000, true), t('UX Researcher', 30, 106_000)] },
];

export interface LocationSpec {
  name: string;
  weight: number;
  /** Pay relative to the company's reference market. */
  payFactor: number;
}

export const LOCATIONS: LocationSpec[] = [
  { name: 'New York', weight: 18, payFactor: 1.1 },
  { name: 'San Francisco', weight: 16, payFactor: 1.15 },
  { name: 'Austin', weight: 10, payFactor: 0.95 },
  { name: 'Chicago', weight: 9, payFactor: 0.97 },
  { name: 'London', weight: 13, payFactor: 1.0 },
  { name: 'Berlin', weight: 9, payFactor: 0.9 },
  { name: 'Toronto', weight: 8, payFactor: 0.9 },
  { name: 'Remote', weight: 17, payFactor: 0.95 },
];

export interface LeaveTypeSpec {
  name: string;
  weight: number;
  /** Length in days, inclusive range. */
  minDays: number;
  maxDays: number;
  /** Whether an ongoing leave of this kind is sometimes open-ended (no end date yet). */
  mayBeOpenEnded: boolean;
}

export const LEAVE_TYPES: LeaveTypeSpec[] = [
  { name: 'Parental Leave', weight: 12, minDays: 60, maxDays: 180, mayBeOpenEnded: true },
  { name: 'Sick Leave', weight: 30, minDays: 1, maxDays: 10, mayBeOpenEnded: false },
  { name: 'Vacation', weight: 38, minDays: 3, maxDays: 21, mayBeOpenEnded: false },
  { name: 'Sabbatical', weight: 6, minDays: 30, maxDays: 120, mayBeOpenEnded: false },
  { name: 'Medical Leave', weight: 14, minDays: 7, maxDays: 90, mayBeOpenEnded: true },
];

// Name pools. A few carry diacritics or apostrophes on purpose; no two entries fold to the same
// ASCII spelling (the evaluation compares some names with lower() and others with fold_name()).
export const FIRST_NAMES = [
  'James', 'Mary', 'Robert', 'Patricia', 'Michael', 'Jennifer', 'David', 'Linda', 'William', 'Elizabeth',
  'Richard', 'Barbara', 'Joseph', 'Susan', 'Thomas', 'Jessica', 'Daniel', 'Sarah', 'Matthew', 'Karen',
  'Anthony', 'Nancy', 'Mark', 'Lisa', 'Steven', 'Betty', 'Andrew', 'Sandra', 'Joshua', 'Ashley',
  'Kevin', 'Emily', 'Brian', 'Michelle', 'George', 'Amanda', 'Timothy', 'Melissa', 'Ryan', 'Stephanie',
  'Jacob', 'Rebecca', 'Nicholas', 'Laura', 'Eric', 'Olivia', 'Jonathan', 'Emma', 'Samuel', 'Sophia',
  'Aisha', 'Mohammed', 'Fatima', 'Omar', 'Yuki', 'Hiroshi', 'Mei', 'Jun', 'Ravi', 'Ananya',
  'Arjun', 'Deepa', 'Kwame', 'Ngozi', 'Chidi', 'Lars', 'Ingrid', 'Mateo', 'Lucía', 'José',
  'Sofía', 'Diego', 'Camila', 'Renée', 'Chloé', 'Søren', 'Björn', 'Zoë', 'Noël', 'Inès',
  'François', 'Hélène', 'Léa', 'Jürgen', 'Anaïs', 'Ólafur', 'Siobhán', 'Seán', 'Niamh', 'Oisín',
  'Giulia', 'Marco', 'Elena', 'Ivan', 'Olga', 'Tomasz', 'Agnieszka', 'Kofi', 'Min-jun', 'Priyanka',
  'Liam', 'Noah', 'Ava', 'Mia', 'Ethan', 'Isabella', 'Lucas', 'Harper', 'Henry', 'Grace',
];

export const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Hernandez',
  'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee',
  'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker', 'Young', 'Allen', 'King',
  'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker',
  'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Kim', 'Park', 'Singh', 'Kumar',
  'Shah', 'Gupta', 'Wang', 'Li', 'Zhang', 'Liu', 'Tanaka', 'Sato', 'Suzuki', 'Okonkwo',
  'Mensah', 'Adeyemi', 'Haddad', 'Khan', 'Ali', 'Cohen', 'Levi', 'Schmidt', 'Schneider', 'Fischer',
  'Weber', 'Becker', 'Wagner', 'Dubois', 'Lefèvre', 'Moreau', 'Rossi', 'Ferrari', 'Novak', 'Kowalski',
  "O'Connor", "O'Neill", "D'Angelo", "O'Sullivan", 'Núñez', 'Peña', 'Gómez', 'Jiménez', 'Sánchez', 'Muñoz',
  'Ødegaard', 'Åberg', 'Järvinen', 'Björk', 'Brontë', 'Doyle', 'Murphy', 'Kelly', 'Byrne', 'Ryan',
];

export interface FixtureSpec {
  firstName: string;
  lastName: string;
  department: string;
  title: string;
  location: string;
  salary: number;
  /** Hired this many days before the seed's today. */
  hiredDaysAgo: number;
  /** Another fixture's full name; the tree places fixtures without one. */
  manager: string | null;
  /** Heads are the roots of their department's tree. */
  head: boolean;
}

/** The named people the contract guarantees, in id order (ids 1..8). */
export const FIXTURES: FixtureSpec[] = [
  { firstName: 'Priya', lastName: 'Patel', department: 'Engineering', title: 'VP of Engineering', location: 'San Francisco', salary: 312_000, hiredDaysAgo: 4_130, manager: null, head: true },
  { firstName: 'John', lastName: 'Doe', department: 'Engineering', title: 'Engineering Manager', location: 'New York', salary: 198_000, hiredDaysAgo: 2_610, manager: 'Priya Patel', head: false },
  { firstName: 'Jane', lastName: 'Smith', department: 'Sales', title: 'Sales Director', location: 'New York', salary: 246_000, hiredDaysAgo: 3_305, manager: null, head: true },
  { firstName: 'Carlos', lastName: 'Garcia', department: 'Finance', title: 'Finance Manager', location: 'Chicago', salary: 172_000, hiredDaysAgo: 2_240, manager: null, head: true },
  { firstName: 'Wei', lastName: 'Chen', department: 'Product', title: 'Head of Product', location: 'San Francisco', salary: 289_000, hiredDaysAgo: 2_980, manager: null, head: true },
  { firstName: 'Amara', lastName: 'Okafor', department: 'Human Resources', title: 'HR Director', location: 'London', salary: 218_000, hiredDaysAgo: 3_650, manager: null, head: true },
  { firstName: 'Liam', lastName: "O'Brien", department: 'Customer Support', title: 'Senior Support Specialist', location: 'Toronto', salary: 71_500, hiredDaysAgo: 1_420, manager: null, head: false },
  { firstName: 'Zoë', lastName: 'Müller', department: 'Design', title: 'Senior Product Designer', location: 'Berlin', salary: 139_000, hiredDaysAgo: 1_150, manager: 'Wei Chen', head: false },
];

/** Minimum active direct reports the contract promises for these fixtures. */
export const REQUIRED_ACTIVE_REPORTS: Record<string, number> = {
  'John Doe': 4,
  'Jane Smith': 3,
  'Carlos Garcia': 2,
};

/**
 * One always-active employee per department title, so every title, department and location is
 * used whatever the size. Some also carry a guarantee: department heads (where no fixture is one),
 * recent hires, Engineering high earners, a parental leave running today, and one leave of each
 * type. Design's head reports to Wei Chen (Product): the only head with a manager.
 */
export interface CoverageTrait {
  head?: boolean;
  headManager?: string;
  recentDaysAgo?: number;
  salaryFloor?: number;
  parentalLeaveToday?: 'bounded' | 'open';
  pastLeaveType?: string;
}

export function coverageTraits(department: string, title: string): CoverageTrait {
  const traits: Record<string, CoverageTrait> = {
    'Engineering/Senior Software Engineer': { salaryFloor: 141_000, pastLeaveType: 'Sick Leave' },
    'Engineering/Staff Engineer': { salaryFloor: 168_000 },
    'Engineering/QA Engineer': { recentDaysAgo: 21 },
    'Sales/Account Executive': { recentDaysAgo: 47, pastLeaveType: 'Vacation' },
    'Marketing/Senior Marketing Manager': { head: true },
    'Marketing/Content Strategist': { parentalLeaveToday: 'bounded' },
    'Finance/Financial Analyst': { recentDaysAgo: 74 },
    'Human Resources/Recruiter': { pastLeaveType: 'Parental Leave' },
    'Operations/Senior Operations Analyst': { head: true },
    'Operations/Operations Analyst': { parentalLeaveToday: 'open', pastLeaveType: 'Medical Leave' },
    'Legal/Senior Counsel': { head: true },
    'Legal/Paralegal': { pastLeaveType: 'Sabbatical' },
    'Customer Support/Senior Support Specialist': { head: true },
    'Customer Support/Support Specialist': { recentDaysAgo: 103 },
    'Product/Product Analyst': { recentDaysAgo: 131 },
    'Design/Senior Product Designer': { head: true, headManager: 'Wei Chen' },
  };
  return traits[`${department}/${title}`] ?? {};
}
