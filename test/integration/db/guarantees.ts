// domain.md's "Seeded data" table, one SQL check per row, each returning a single boolean `ok`.
// Shared by the seeding tests; the SQL mirrors the evaluation's gold queries.
const active = "employment_status = 'active'";
const person = (first: string, last: string, alias = 'p'): string =>
  `${alias}.first_name = '${first.replaceAll("'", "''")}' and ${alias}.last_name = '${last.replaceAll("'", "''")}'`;
const fixture = (first: string, last: string, dept: string, extra = 'true'): string => `
  select count(*) = 1 as ok from employees p join departments d on d.id = p.department_id
  where ${person(first, last)} and p.${active} and d.name = '${dept}' and ${extra}`;
const activeReports = (first: string, last: string, n: number): string => `
  select count(*) >= ${n} as ok from employees r
  where r.${active} and r.manager_id = (select p.id from employees p where ${person(first, last)})`;

export const GUARANTEES: Record<string, string> = {
  'John Doe: active Engineering Engineering Manager': fixture('John', 'Doe', 'Engineering', "p.job_title = 'Engineering Manager'"),
  'John Doe: at least 4 active direct reports': activeReports('John', 'Doe', 4),
  'Jane Smith: active Sales Sales Director': fixture('Jane', 'Smith', 'Sales', "p.job_title = 'Sales Director'"),
  'Jane Smith: at least 3 active direct reports': activeReports('Jane', 'Smith', 3),
  'Priya Patel: active Engineering VP of Engineering': fixture('Priya', 'Patel', 'Engineering', "p.job_title = 'VP of Engineering'"),
  'John Doe reports to Priya Patel': `
    select exists (select 1 from employees j join employees p on p.id = j.manager_id
                   where ${person('John', 'Doe', 'j')} and ${person('Priya', 'Patel')}) as ok`,
  'Carlos Garcia: active Finance Finance Manager': fixture('Carlos', 'Garcia', 'Finance', "p.job_title = 'Finance Manager'"),
  'Carlos Garcia: at least 2 active direct reports': activeReports('Carlos', 'Garcia', 2),
  'Wei Chen: active Product Head of Product': fixture('Wei', 'Chen', 'Product', "p.job_title = 'Head of Product'"),
  'Amara Okafor: active Human Resources HR Director': fixture('Amara', 'Okafor', 'Human Resources', "p.job_title = 'HR Director'"),
  "Liam O'Brien: active Customer Support": fixture('Liam', "O'Brien", 'Customer Support'),
  'Zoë Müller: active Design in Berlin': fixture('Zoë', 'Müller', 'Design', "p.location = 'Berlin'"),
  'Zoë Müller reports to Wei Chen': `
    select exists (select 1 from employees z join employees p on p.id = z.manager_id
                   where ${person('Zoë', 'Müller', 'z')} and ${person('Wei', 'Chen')}) as ok`,
  'fixture names are unique, diacritics folded': `
    select bool_and(n = 1) as ok from (
      select count(*) as n from employees e
      join (values ('john','doe'), ('jane','smith'), ('priya','patel'), ('carlos','garcia'), ('wei','chen'),
                   ('amara','okafor'), ('liam','o''brien'), ('zoe','muller')) f(first, last)
        on fold_name(e.first_name) = f.first and fold_name(e.last_name) = f.last
      group by f.first, f.last) counts`,
  'at least 5 active employees hired in the last 6 months': `
    select count(*) >= 5 as ok from employees
    where ${active} and hire_date > current_date - interval '6 months' and hire_date <= current_date`,
  'at least 3 active Engineering employees earning more than 120,000': `
    select count(*) >= 3 as ok from employees e join departments d on d.id = e.department_id
    where e.${active} and d.name = 'Engineering' and e.salary_usd > 120000`,
  'at least 2 active employees on Parental Leave today': `
    select count(*) >= 2 as ok from employees e where e.${active} and exists (
      select 1 from leaves l where l.employee_id = e.id and l.leave_type = 'Parental Leave'
        and l.start_date <= current_date and (l.end_date is null or l.end_date >= current_date))`,
  'at least 5% of employees are terminated': `
    select count(*) filter (where employment_status = 'terminated') >= 0.05 * count(*) as ok from employees`,
  'termination_date is set iff terminated, and after hire_date': `
    select bool_and(case when employment_status = 'terminated'
                         then termination_date > hire_date and termination_date <= current_date
                         else termination_date is null end) as ok from employees`,
  'every department is used by an active employee': `
    select count(distinct d.name) = 10 as ok from employees e join departments d on d.id = e.department_id where e.${active}`,
  'every location is used by an active employee': `
    select count(distinct location) = 8 and bool_and(location in ('New York', 'San Francisco', 'Austin', 'Chicago',
      'London', 'Berlin', 'Toronto', 'Remote')) as ok from employees where ${active}`,
  'every leave type is used by an active employee': `
    select count(distinct l.leave_type) = 5 and bool_and(l.leave_type in ('Parental Leave', 'Sick Leave', 'Vacation',
      'Sabbatical', 'Medical Leave')) as ok from leaves l join employees e on e.id = l.employee_id where e.${active}`,
  "every department's titles occur in that department": `
    select count(*) = 32 as ok from (select distinct d.name, e.job_title from employees e join departments d on d.id = e.department_id) used
    join (values
      ('Engineering','Software Engineer'), ('Engineering','Senior Software Engineer'), ('Engineering','Staff Engineer'),
      ('Engineering','QA Engineer'), ('Engineering','DevOps Engineer'),
      ('Sales','Account Executive'), ('Sales','Senior Account Executive'), ('Sales','Sales Development Rep'),
      ('Marketing','Marketing Specialist'), ('Marketing','Content Strategist'), ('Marketing','Senior Marketing Manager'),
      ('Finance','Accountant'), ('Finance','Senior Accountant'), ('Finance','Financial Analyst'),
      ('Human Resources','HR Generalist'), ('Human Resources','Recruiter'), ('Human Resources','Senior Recruiter'),
      ('Operations','Operations Analyst'), ('Operations','Senior Operations Analyst'), ('Operations','Office Manager'),
      ('Legal','Counsel'), ('Legal','Senior Counsel'), ('Legal','Paralegal'),
      ('Customer Support','Support Specialist'), ('Customer Support','Senior Support Specialist'), ('Customer Support','Support Engineer'),
      ('Product','Product Manager'), ('Product','Senior Product Manager'), ('Product','Product Analyst'),
      ('Design','Product Designer'), ('Design','Senior Product Designer'), ('Design','UX Researcher')
    ) expected(dept, title) on expected.dept = used.name and expected.title = used.job_title`,
  'every non-fixture title comes from its department list': `
    select count(*) = 0 as ok from employees e where e.id > 8 and e.job_title not in (
      'Software Engineer','Senior Software Engineer','Staff Engineer','QA Engineer','DevOps Engineer',
      'Account Executive','Senior Account Executive','Sales Development Rep',
      'Marketing Specialist','Content Strategist','Senior Marketing Manager',
      'Accountant','Senior Accountant','Financial Analyst','HR Generalist','Recruiter','Senior Recruiter',
      'Operations Analyst','Senior Operations Analyst','Office Manager','Counsel','Senior Counsel','Paralegal',
      'Support Specialist','Senior Support Specialist','Support Engineer',
      'Product Manager','Senior Product Manager','Product Analyst','Product Designer','Senior Product Designer','UX Researcher')`,
  'emails are unique and well-formed': `
    select count(*) = count(distinct email) and bool_and(email ~ '^[a-z]+\\.[a-z]+\\.[0-9]+@roster\\.example$') as ok from employees`,
  'no hire date in the future; leaves within the dates they may': `
    select (select bool_and(hire_date <= current_date) from employees)
       and coalesce((select bool_and(l.start_date >= e.hire_date and (e.termination_date is null
              or (l.start_date <= e.termination_date and l.end_date <= e.termination_date)))
            from leaves l join employees e on e.id = l.employee_id), true) as ok`,
  'only a handful of people have no manager': `
    select count(*) between 1 and 12 as ok from employees where manager_id is null`,
};
