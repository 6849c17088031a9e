// The vocabulary of the domain contract (departments, locations, leave types, every seeded job
// title and the fixtures' titles), as the server would load it from the database.
import { compileLexicon, type LexiconData } from '../../../src/question/index.js';

export const FIXTURE_DATA: LexiconData = {
  departments: ['Engineering', 'Sales', 'Marketing', 'Finance', 'Human Resources', 'Operations', 'Legal', 'Customer Support', 'Product', 'Design'],
  locations: ['New York', 'San Francisco', 'Austin', 'Chicago', 'London', 'Berlin', 'Toronto', 'Remote'],
  leaveTypes: ['Parental Leave', 'Sick Leave', 'Vacation', 'Sabbatical', 'Medical Leave'],
  // the fixtures' names, folded as fold_name() folds them
  firstNames: ['amara', 'carlos', 'jane', 'john', 'liam', 'priya', 'wei', 'zoe'],
  lastNames: ['chen', 'doe', 'garcia', "o'brien", 'okafor', 'patel', 'smith', 'muller'],
  jobTitles: [
    'Software Engineer', 'Senior Software Engineer', 'Staff Engineer', 'QA Engineer', 'DevOps Engineer',
    'Account Executive', 'Senior Account Executive', 'Sales Development Rep',
    'Marketing Specialist', 'Content Strategist', 'Senior Marketing Manager',
    'Accountant', 'Senior Accountant', 'Financial Analyst',
    'HR Generalist', 'Recruiter', 'Senior Recruiter',
    'Operations Analyst', 'Senior Operations Analyst', 'Office Manager',
    'Counsel', 'Senior Counsel', 'Paralegal',
    'Support Specialist', 'Senior Support Specialist', 'Support Engineer',
    'Product Manager', 'Senior Product Manager', 'Product Analyst',
    'Product Designer', 'Senior Product Designer', 'UX Researcher',
    'Engineering Manager', 'Sales Director', 'VP of Engineering', 'Finance Manager', 'Head of Product', 'HR Director',
  ],
};

export const FIXTURE_LEXICON = compileLexicon(FIXTURE_DATA);
