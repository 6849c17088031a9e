import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { cpuSeconds, processIdentity, processTreeCpuSeconds } from '../../../bench/process-stats.js';

/** CPU seconds of this process's children, live and exited, as the tree count sees them. */
const childrenCpuSeconds = () => processTreeCpuSeconds(process.pid) - cpuSeconds(process.pid);

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
    const before = childrenCpuSeconds();
    // Busy for 400 ms of CPU, then idle until killed.
    const child = spawn(process.execPath, ['-e', 'const end = Date.now() + 400; while (Date.now() < end); setInterval(() => {}, 1000);'], { stdio: 'ignore' });
    const pid = child.pid as number;
    await until(() => cpuSeconds(pid) >= 0.3);
    const childCpu = cpuSeconds(pid);
    expect(childrenCpuSeconds() - before).toBeGreaterThanOrEqual(childCpu - 0.011);

    child.kill();
    await once(child, 'exit');
    // Exited and waited for, its CPU moves to the parent's count of exited children.
    expect(childrenCpuSeconds() - before).toBeGreaterThanOrEqual(childCpu - 0.011);
  });

  it('reads NaN for a process that is not there', () => {
    expect(cpuSeconds(2 ** 30)).toBeNaN();
    expect(processTreeCpuSeconds(2 ** 30)).toBeNaN();
  });
});
