import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cpuSeconds, processIdentity, processTreeCpuSeconds } from '../../../bench/process-stats.js';

/** The live children of a process, from /proc/<pid>/task/<pid>/children. */
function childPidsOf(pid: number): number[] {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

async function until(condition: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !condition(); i++) await new Promise((resolve) => setTimeout(resolve, 25));
  expect(condition()).toBe(true);
}

describe('process statistics from /proc', () => {
  it('names a process and its parent', () => {
    expect(processIdentity(process.pid)).toEqual({ name: 'node', parentPid: process.ppid });
    expect(processIdentity(2 ** 30)).toBeNull();
  });

  it("counts a child's CPU in its parent's tree while it runs and after it has exited", async () => {
    // A shell of our own as the parent, so that no other process's children (the test runner's, the
    // database's) come and go in the tree being counted. Its child runs until it has used 400 ms of
    // CPU and exits; the shell waits for it, then sleeps until killed.
    const busy = `${JSON.stringify(process.execPath)} -e "while (process.cpuUsage().user + process.cpuUsage().system < 400000);"`;
    const shell = spawn('sh', ['-c', `${busy}; sleep 30`], { stdio: 'ignore' });
    const shellPid = shell.pid as number;
    const busyPid = (): number | undefined => childPidsOf(shellPid).find((pid) => processIdentity(pid)?.name === 'node');
    await until(() => {
      const pid = busyPid();
      return pid !== undefined && cpuSeconds(pid) >= 0.2;
    });
    // Running: its CPU is in the shell's tree.
    const running = cpuSeconds(busyPid() as number);
    expect(processTreeCpuSeconds(shellPid) - cpuSeconds(shellPid)).toBeGreaterThanOrEqual(running - 0.011);

    // Exited and waited for: its CPU, all 400 ms of it, moves to the shell's count of exited children.
    await until(() => busyPid() === undefined);
    expect(processTreeCpuSeconds(shellPid) - cpuSeconds(shellPid)).toBeGreaterThanOrEqual(0.39);
    shell.kill();
    await once(shell, 'exit');
  });

  it('reads NaN for a process that is not there', () => {
    expect(cpuSeconds(2 ** 30)).toBeNaN();
    expect(processTreeCpuSeconds(2 ** 30)).toBeNaN();
  });
});
