/**
 * The CPU time one thread has used, read from Linux's /proc: a hang guard that counts the work a thread
 * did, not the time it waited for a core, so a busy machine (browsers beside the unit tests on two cores)
 * cannot make linear work look like a hang.
 */
import { readFileSync, readlinkSync } from 'node:fs';

/** The kernel reports a thread's times in USER_HZ, 100 a second on every Linux. */
const MS_PER_TICK = 10;

/** The calling thread's `pid/task/tid`, or null where there is no /proc (not Linux). */
export function ownThread(): string | null {
  try {
    return readlinkSync('/proc/thread-self');
  } catch {
    return null;
  }
}

/** User and system CPU time of a thread (from ownThread) in ms, or null once it is gone. */
export function threadCpuMs(thread: string): number | null {
  try {
    const stat = readFileSync(`/proc/${thread}/stat`, 'utf8');
    // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are 14 and 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(fields[11]) + Number(fields[12])) * MS_PER_TICK;
  } catch {
    return null;
  }
}
