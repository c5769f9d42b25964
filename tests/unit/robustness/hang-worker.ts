/**
 * The worker thread of linear-time.test.ts (bundled by it): runs one task at a time and answers
 * when it is done. The test terminates the worker when a task runs past its limit, which is
 * the only way to stop a regular expression that backtracks without end.
 */
import { parentPort } from 'node:worker_threads';
import { contextAt } from '../../../lib/review/context';
import { applyFix, fixesFor } from '../../../lib/review/fixes';
import { review } from '../../../lib/review/review';
import type { Draft } from '../../../lib/review/types';
import type { Rules } from '../../../lib/settings/schema';
import { ownThread } from './thread-cpu';

export type TaskBody =
  { kind: 'regex'; source: string; flags: string; input: string } | { kind: 'review'; draft: Draft; rules: Rules; now: number };
export type Task = TaskBody & { id: number };

/** Every match in the input, as the engine's loops take them (global), or at spread positions (sticky). */
function runRegex(source: string, flags: string, input: string): number {
  let count = 0;
  if (flags.includes('y')) {
    // A sticky pattern is tried where the engine points it; here at 256 places spread over the input.
    const re = new RegExp(source, flags);
    const step = Math.max(1, Math.floor(input.length / 256));
    for (let at = 0; at < input.length; at += step) {
      re.lastIndex = at;
      if (re.exec(input)) count += 1;
    }
    return count;
  }
  const re = new RegExp(source, flags.includes('g') ? flags : `${flags}g`);
  for (let m = re.exec(input); m; m = re.exec(input)) {
    count += 1;
    if (m[0].length === 0) re.lastIndex += 1;
  }
  return count;
}

// First, which thread this is: the test reads its CPU time to tell a hang from a wait for a core.
parentPort!.postMessage({ thread: ownThread() });

parentPort!.on('message', (task: Task) => {
  try {
    if (task.kind === 'regex') runRegex(task.source, task.flags, task.input);
    else {
      // what the side panel does with a review: offer its fixes, and apply them
      const result = review(task.draft, task.rules, contextAt(new Date(task.now), 'en'));
      for (const fix of fixesFor(result, task.draft.text, task.draft.network, task.rules, 'en')) applyFix(task.draft.text, fix);
    }
    parentPort!.postMessage({ id: task.id });
  } catch (e) {
    parentPort!.postMessage({ id: task.id, error: String((e as Error).stack ?? e) });
  }
});
