// Generates the whole directory in memory, column by column (typed arrays, shared strings), so a
// million employees cost tens of megabytes. Pure: the same size, seed and today give the same rows.
//
// Order of work: fixtures and one employee per title first (the guarantees), then random people;
// then the management tree, titles, employment status, salaries and leaves. Every step draws from
// one PRNG in a fixed order, which is what makes the output reproducible.
import {
  coverageTraits,
  DEPARTMENTS,
  FIRST_NAMES,
  FIXTURES,
  LAST_NAMES,
  LEAVE_TYPES,
  LOCATIONS,
  REQUIRED_ACTIVE_REPORTS,
  type CoverageTrait,
} from './catalog.js';
import { Random, WeightedIndex } from './random.js';

export const MIN_EMPLOYEES = 50;

export interface Directory {
  size: number;
  /** Today as a day number (days since 1970-01-01). */
  today: number;
  // Employee columns; employee `i` has id i + 1.
  firstName: string[];
  lastName: string[];
  jobTitle: string[];
  location: string[];
  departmentId: Uint8Array;
  /** 0 when the employee has no manager. */
  managerId: Int32Array;
  hireDay: Int32Array;
  salary: Float64Array;
  terminated: Uint8Array;
  /** Only meaningful where terminated. */
  terminationDay: Int32Array;
  /** Employee indexes ordered so every manager comes before their reports (for chunked inserts). */
  insertOrder: Int32Array;
  leaves: { employeeId: number[]; leaveType: string[]; startDay: number[]; endDay: (number | null)[] };
}

const YEAR = 365;
const departmentById = new Map(DEPARTMENTS.map((d) => [d.id, d]));
const departmentByName = new Map(DEPARTMENTS.map((d) => [d.name, d]));
const locationWeights = new WeightedIndex(LOCATIONS.map((l) => l.weight));
const departmentWeights = new WeightedIndex(DEPARTMENTS.map((d) => d.weight));
const leaveWeights = new WeightedIndex(LEAVE_TYPES.map((l) => l.weight));
const payFactor = new Map(LOCATIONS.map((l) => [l.name, l.payFactor]));

export function foldName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').replaceAll('ø', 'o').replaceAll('Ø', 'O').toLowerCase();
}

const fixtureNames = new Set(FIXTURES.map((f) => foldName(`${f.firstName} ${f.lastName}`)));

export function generateDirectory(size: number, seed: number, today: number): Directory {
  if (!Number.isInteger(size) || size < MIN_EMPLOYEES) {
    throw new Error(`the seeder needs at least ${MIN_EMPLOYEES} employees to keep its guarantees (got ${size})`);
  }
  const random = new Random(seed);
  const dir: Directory = {
    size,
    today,
    firstName: new Array<string>(size),
    lastName: new Array<string>(size),
    jobTitle: new Array<string>(size),
    location: new Array<string>(size),
    departmentId: new Uint8Array(size),
    managerId: new Int32Array(size),
    hireDay: new Int32Array(size),
    salary: new Float64Array(size),
    terminated: new Uint8Array(size),
    terminationDay: new Int32Array(size),
    insertOrder: new Int32Array(size),
    leaves: { employeeId: [], leaveType: [], startDay: [], endDay: [] },
  };
  // Rows whose attributes are fixed: never re-titled, terminated or re-paid.
  const pinned = new Uint8Array(size);
  const traits = new Map<number, CoverageTrait>();
  const fixtureIndex = new Map<string, number>();
  let next = 0;

  for (const f of FIXTURES) {
    const i = next++;
    fixtureIndex.set(`${f.firstName} ${f.lastName}`, i);
    dir.firstName[i] = f.firstName;
    dir.lastName[i] = f.lastName;
    dir.jobTitle[i] = f.title;
    dir.location[i] = f.location;
    dir.departmentId[i] = mustGet(departmentByName, f.department).id;
    dir.hireDay[i] = today - f.hiredDaysAgo;
    dir.salary[i] = f.salary;
    pinned[i] = 1;
  }

  let covered = 0;
  for (const dept of DEPARTMENTS) {
    for (const title of dept.titles) {
      const i = next++;
      const trait = coverageTraits(dept.name, title.title);
      traits.set(i, trait);
      drawName(dir, i, random);
      dir.jobTitle[i] = title.title;
      dir.location[i] = mustAt(LOCATIONS, covered++ % LOCATIONS.length).name;
      dir.departmentId[i] = dept.id;
      dir.hireDay[i] = today - (trait.recentDaysAgo ?? (trait.head ? random.int(9 * YEAR, 13 * YEAR) : random.int(200, 8 * YEAR)));
      pinned[i] = 1;
    }
  }

  for (let i = next; i < size; i++) {
    drawName(dir, i, random);
    dir.departmentId[i] = mustAt(DEPARTMENTS, departmentWeights.pick(random)).id;
    dir.location[i] = mustAt(LOCATIONS, locationWeights.pick(random)).name;
    // Growth: more people were hired recently; the oldest hire is ~15 years back.
    dir.hireDay[i] = today - Math.floor(15 * YEAR * Math.pow(random.next(), 1.5));
  }

  const reports = buildTree(dir, random, fixtureIndex, traits);
  assignTitles(dir, random, pinned, reports);
  assignStatuses(dir, random, pinned, reports, fixtureIndex);
  assignSalaries(dir, random, pinned, reports, traits);
  generateLeaves(dir, random, traits);
  orderForInsert(dir);
  return dir;
}

function drawName(dir: Directory, i: number, random: Random): void {
  for (;;) {
    const first = random.pick(FIRST_NAMES);
    const last = random.pick(LAST_NAMES);
    if (fixtureNames.has(foldName(`${first} ${last}`))) continue; // fixture names stay unique
    dir.firstName[i] = first;
    dir.lastName[i] = last;
    return;
  }
}

/**
 * One tree per department, filled breadth-first from its head with the longest-serving people
 * first, each manager taking 3–12 reports (at least 6 for the fixtures the contract counts on).
 * Returns the number of direct reports per employee.
 */
function buildTree(dir: Directory, random: Random, fixtures: Map<string, number>, traits: Map<number, CoverageTrait>): Int32Array {
  const reports = new Int32Array(dir.size);
  const setManager = (i: number, manager: number): void => {
    dir.managerId[i] = manager + 1;
    reports[manager] = (reports[manager] ?? 0) + 1;
  };
  const heads = new Map<number, number>();
  const placed = new Uint8Array(dir.size);
  const queued = new Map<number, number[]>(); // department → managers placed before the walk

  for (const [i, trait] of traits) {
    if (!trait.head) continue;
    heads.set(dir.departmentId[i] ?? 0, i);
    placed[i] = 1;
    if (trait.headManager) setManager(i, mustGet(fixtures, trait.headManager));
  }
  FIXTURES.forEach((f, i) => {
    const dept = dir.departmentId[i] ?? 0;
    placed[i] = 1;
    if (f.head) heads.set(dept, i);
    else if (f.manager) {
      const manager = mustGet(fixtures, f.manager);
      setManager(i, manager);
      // A fixture manager inside its manager's department gets its own reports from the walk.
      if (dir.departmentId[manager] === dept && REQUIRED_ACTIVE_REPORTS[`${f.firstName} ${f.lastName}`]) {
        queued.set(dept, [...(queued.get(dept) ?? []), i]);
      }
    } else placed[i] = 0; // e.g. Liam O'Brien: an ordinary member of his department
  });

  const members = new Map<number, number[]>();
  for (let i = 0; i < dir.size; i++) {
    if (placed[i]) continue;
    const dept = dir.departmentId[i] ?? 0;
    let list = members.get(dept);
    if (!list) members.set(dept, (list = []));
    list.push(i);
  }

  for (const dept of DEPARTMENTS) {
    const head = mustGet(heads, dept.id);
    const rest = (members.get(dept.id) ?? []).sort((a, b) => (dir.hireDay[a] ?? 0) - (dir.hireDay[b] ?? 0) || a - b);
    const queue = [...(queued.get(dept.id) ?? []), head];
    let taken = 0;
    for (let q = 0; q < queue.length && taken < rest.length; q++) {
      const manager = mustAt(queue, q);
      const name = `${dir.firstName[manager]} ${dir.lastName[manager]}`;
      const fanout = manager < FIXTURES.length && REQUIRED_ACTIVE_REPORTS[name] ? random.int(6, 12) : random.int(3, 12);
      for (let k = 0; k < fanout && taken < rest.length; k++) {
        const report = mustAt(rest, taken++);
        setManager(report, manager);
        queue.push(report);
      }
    }
  }
  return reports;
}

function assignTitles(dir: Directory, random: Random, pinned: Uint8Array, reports: Int32Array): void {
  const all = new Map(DEPARTMENTS.map((d) => [d.id, new WeightedIndex(d.titles.map((t) => t.weight))]));
  const senior = new Map(DEPARTMENTS.map((d) => [d.id, d.titles.filter((t) => t.senior)]));
  const seniorWeights = new Map([...senior].map(([id, titles]) => [id, new WeightedIndex(titles.map((t) => t.weight))]));
  for (let i = 0; i < dir.size; i++) {
    if (pinned[i]) continue;
    const dept = dir.departmentId[i] ?? 0;
    const isManager = (reports[i] ?? 0) > 0;
    if (isManager && random.chance(0.75)) {
      dir.jobTitle[i] = mustAt(mustGet(senior, dept), mustGet(seniorWeights, dept).pick(random)).title;
    } else {
      dir.jobTitle[i] = mustAt(mustGet(departmentById, dept).titles, mustGet(all, dept).pick(random)).title;
    }
  }
}

/**
 * About 7% leave over the years (managers less often). The fixtures the contract counts reports
 * for keep enough active reports, and at least 5% of everyone ends up terminated.
 */
function assignStatuses(dir: Directory, random: Random, pinned: Uint8Array, reports: Int32Array, fixtures: Map<string, number>): void {
  const today = dir.today;
  const terminate = (i: number): void => {
    dir.terminated[i] = 1;
    dir.terminationDay[i] = random.int((dir.hireDay[i] ?? 0) + 1, today - 1);
  };
  const canLeave = (i: number): boolean => !pinned[i] && (dir.hireDay[i] ?? today) <= today - 2;
  let count = 0;
  for (let i = 0; i < dir.size; i++) {
    if (canLeave(i) && random.chance((reports[i] ?? 0) > 0 ? 0.03 : 0.075)) {
      terminate(i);
      count++;
    }
  }

  const keep = new Uint8Array(dir.size);
  for (const [name, required] of Object.entries(REQUIRED_ACTIVE_REPORTS)) {
    const manager = mustGet(fixtures, name);
    let active = 0;
    for (let i = 0; i < dir.size && active < required; i++) {
      if (dir.managerId[i] !== manager + 1) continue;
      if (dir.terminated[i]) {
        dir.terminated[i] = 0;
        count--;
      }
      keep[i] = 1;
      active++;
    }
    if (active < required) throw new Error(`${name} has only ${active} reports; the size is too small`);
  }

  const target = Math.ceil(dir.size * 0.05);
  for (let i = dir.size - 1; i >= 0 && count < target; i--) {
    if (!dir.terminated[i] && !keep[i] && canLeave(i)) {
      terminate(i);
      count++;
    }
  }
  if (count < target) throw new Error(`could not terminate 5% of ${dir.size} employees; the size is too small`);
}

function assignSalaries(dir: Directory, random: Random, pinned: Uint8Array, reports: Int32Array, traits: Map<number, CoverageTrait>): void {
  const base = new Map(DEPARTMENTS.flatMap((d) => d.titles.map((t) => [`${d.id}/${t.title}`, t.base] as const)));
  for (let i = 0; i < dir.size; i++) {
    if (i < FIXTURES.length) continue; // fixtures carry their own salary
    const dept = dir.departmentId[i] ?? 0;
    const years = (dir.today - (dir.hireDay[i] ?? dir.today)) / YEAR;
    let pay =
      mustGet(base, `${dept}/${dir.jobTitle[i]}`) *
      mustGet(payFactor, dir.location[i] ?? '') *
      (1 + 0.012 * Math.min(years, 12)) *
      ((reports[i] ?? 0) > 0 ? 1.08 : 1) *
      Math.exp(0.09 * random.normal());
    pay = Math.min(295_000, Math.max(45_000, pay));
    if (pinned[i]) pay = Math.max(pay, traits.get(i)?.salaryFloor ?? 0);
    dir.salary[i] = Math.round(pay / 100) * 100;
  }
}

/** About 12% of people have 1–3 leaves in their last four years, some ongoing or open-ended. */
function generateLeaves(dir: Directory, random: Random, traits: Map<number, CoverageTrait>): void {
  const { leaves, today } = dir;
  const add = (employee: number, type: string, start: number, end: number | null): void => {
    leaves.employeeId.push(employee + 1);
    leaves.leaveType.push(type);
    leaves.startDay.push(start);
    leaves.endDay.push(end);
  };
  for (let i = 0; i < dir.size; i++) {
    const trait = traits.get(i);
    if (trait?.pastLeaveType) {
      const spec = mustGet(new Map(LEAVE_TYPES.map((l) => [l.name, l])), trait.pastLeaveType);
      const start = Math.max(dir.hireDay[i] ?? today, today - 400 - random.int(0, 200));
      add(i, spec.name, start, Math.max(start, Math.min(today - 30, start + random.int(spec.minDays, spec.maxDays) - 1)));
    }
    if (trait?.parentalLeaveToday === 'bounded') add(i, 'Parental Leave', today - 35, today + 95);
    if (trait?.parentalLeaveToday === 'open') add(i, 'Parental Leave', today - 20, null);
    if (trait || i < FIXTURES.length || !random.chance(0.12)) continue;

    const count = random.chance(0.7) ? 1 : random.chance(0.73) ? 2 : 3;
    const terminated = dir.terminated[i] === 1;
    const lo = Math.max(dir.hireDay[i] ?? today, today - 4 * YEAR);
    const hi = terminated ? (dir.terminationDay[i] ?? today) - 1 : today + 30;
    for (let n = 0; n < count && hi >= lo; n++) {
      const spec = mustAt(LEAVE_TYPES, leaveWeights.pick(random));
      const days = random.int(spec.minDays, spec.maxDays);
      // A quarter of an active person's leaves are around now (running today or starting soon), so
      // "who is on leave" has answers; the rest fall anywhere in the window.
      const aroundNow = !terminated && random.chance(0.25);
      const start = aroundNow ? random.int(Math.max(lo, Math.min(hi, today - days + 1)), Math.min(hi, today + 14)) : random.int(lo, hi);
      let end: number | null = start + days - 1;
      if (terminated) end = Math.min(end, dir.terminationDay[i] ?? end);
      else if (spec.mayBeOpenEnded && start <= today && start >= today - 200 && random.chance(0.35)) end = null;
      add(i, spec.name, start, end);
    }
  }
}

/** Managers before their reports (by depth in the tree, then id), so each chunk's FKs resolve. */
function orderForInsert(dir: Directory): void {
  const depth = new Int32Array(dir.size).fill(-1);
  const stack: number[] = [];
  let maxDepth = 0;
  for (let i = 0; i < dir.size; i++) {
    let j = i;
    while ((depth[j] ?? 0) < 0 && (dir.managerId[j] ?? 0) !== 0) {
      stack.push(j);
      j = (dir.managerId[j] ?? 0) - 1;
    }
    if ((depth[j] ?? 0) < 0) depth[j] = 0;
    let d = depth[j] ?? 0;
    while (stack.length > 0) depth[stack.pop() ?? 0] = ++d;
    maxDepth = Math.max(maxDepth, d);
  }
  const starts = new Int32Array(maxDepth + 2);
  for (let i = 0; i < dir.size; i++) {
    const slot = (depth[i] ?? 0) + 1;
    starts[slot] = (starts[slot] ?? 0) + 1;
  }
  for (let d = 1; d < starts.length; d++) starts[d] = (starts[d] ?? 0) + (starts[d - 1] ?? 0);
  for (let i = 0; i < dir.size; i++) {
    const slot = depth[i] ?? 0;
    const at = starts[slot] ?? 0;
    dir.insertOrder[at] = i;
    starts[slot] = at + 1;
  }
}

function mustGet<K, V>(map: Map<K, V>, key: K): V {
  const value = map.get(key);
  if (value === undefined) throw new Error(`seed catalog: no entry for ${String(key)}`);
  return value;
}

function mustAt<T>(items: readonly T[], index: number): T {
  const item = items[index];
  if (item === undefined) throw new Error(`seed catalog: no item at ${index}`);
  return item;
}
