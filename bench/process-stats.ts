// What a process (or a process and its children) has used, read from /proc: resident memory and CPU
// time. Linux only; where /proc cannot be read each figure is 0 or NaN and the report prints "–".
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

const CLOCK_TICKS_PER_SECOND = (() => {
  try {
    return Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;
  } catch {
    return 100;
  }
})();

interface ProcessStat {
  /** the executable's name (`comm`) */
  name: string;
  parentPid: number;
  /** user + system time of the process itself, in clock ticks */
  ownTicks: number;
  /** user + system time of its children that have exited and been waited for, in clock ticks */
  exitedChildrenTicks: number;
}

function processStat(pid: number): ProcessStat | null {
  let stat: string;
  try {
    stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  } catch {
    return null;
  }
  // The name is in parentheses and may hold spaces and parentheses; the fields after it are plain:
  // ppid is field 4 of the whole line, utime and stime 14 and 15, cutime and cstime 16 and 17.
  const nameEnd = stat.lastIndexOf(')');
  const fields = stat.slice(nameEnd + 2).split(' ');
  return {
    name: stat.slice(stat.indexOf('(') + 1, nameEnd),
    parentPid: Number(fields[1]),
    ownTicks: Number(fields[11]) + Number(fields[12]),
    exitedChildrenTicks: Number(fields[13]) + Number(fields[14]),
  };
}

/** The name (`comm`) and parent of a process, or null when it is not visible here. */
export function processIdentity(pid: number): { name: string; parentPid: number } | null {
  const stat = processStat(pid);
  return stat && { name: stat.name, parentPid: stat.parentPid };
}

/** Resident set size of a process in bytes, or 0 when it cannot be read. */
export function rssBytes(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * CPU time (user + system, all threads: GC helpers and libuv's pool included) a process has used,
 * in seconds, or NaN when it cannot be read. CPU per request is the steadier figure on a shared
 * machine: requests/s moves with whatever else runs, the work a request costs much less.
 */
export function cpuSeconds(pid: number): number {
  const stat = processStat(pid);
  return stat ? stat.ownTicks / CLOCK_TICKS_PER_SECOND : Number.NaN;
}

/**
 * CPU time used by a process and its direct children, the ones still running and the ones that
 * have exited, in seconds; NaN when the process cannot be read. For PostgreSQL's postmaster this
 * is the whole server: every backend, parallel worker, autovacuum and background process is a
 * child of it, and the CPU of a backend whose connection closed stays in the postmaster's count of
 * its exited children.
 */
export function processTreeCpuSeconds(rootPid: number): number {
  const root = processStat(rootPid);
  if (root === null) return Number.NaN;
  let ticks = root.ownTicks + root.exitedChildrenTicks;
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = processStat(Number(entry));
    if (stat?.parentPid === rootPid) ticks += stat.ownTicks;
  }
  return ticks / CLOCK_TICKS_PER_SECOND;
}

/** Samples a process's RSS every `everyMs` until stopped; returns the samples. */
export function sampleRss(pid: number, everyMs = 100): { stop(): number[] } {
  const samples: number[] = [];
  const timer = setInterval(() => samples.push(rssBytes(pid)), everyMs);
  return {
    stop() {
      clearInterval(timer);
      samples.push(rssBytes(pid));
      return samples;
    },
  };
}
