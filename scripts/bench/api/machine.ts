// How much CPU other processes took during the benchmark. On a shared
// two-core machine a concurrent build or test run halves the figures, and
// the report should say so rather than blame the API.
import os from 'node:os';

/** Busy CPU time of the whole machine, all cores, in ms. */
function machineBusyMs(): number {
  let busy = 0;
  for (const cpu of os.cpus()) busy += cpu.times.user + cpu.times.nice + cpu.times.sys + cpu.times.irq;
  return busy;
}

export class CpuWitness {
  private readonly busyAtStart = machineBusyMs();
  private readonly ownAtStart = process.cpuUsage();
  private readonly wallAtStart = performance.now();
  private childrenMs = 0;

  /** CPU time (user + system, µs as process.cpuUsage reports it) of a child that has finished its work. */
  addChild(usage: { user: number; system: number }): void {
    this.childrenMs += (usage.user + usage.system) / 1000;
  }

  /** Average cores used by everything but this process and the children added. */
  othersCores(): number {
    const own = process.cpuUsage(this.ownAtStart);
    const others = machineBusyMs() - this.busyAtStart - (own.user + own.system) / 1000 - this.childrenMs;
    return Math.max(0, others / (performance.now() - this.wallAtStart));
  }
}
