// The worker thread's entry (bundled as dist/worker.js; see threads/pool.ts): measures an
// update's NARs, taking them one by one from a counter it shares with the main thread, into
// shared memory, and says when none is left.

import { parentPort } from 'node:worker_threads';
import { claimAndMeasure, measureOne, whyNotMeasured } from './nix/nar-size.js';
import type { Nix } from './nix/nix.js';
import type { Reply, Task } from './threads/pool.js';

class NeedsNix extends Error {}

/** The worker has no Nix: a path only Nix may read is left to the main thread. */
const noNix = {
  dumpPath() {
    throw new NeedsNix();
  },
} as unknown as Nix;

async function answer({ paths, next, sizes }: Task): Promise<Reply> {
  await claimAndMeasure(paths, next, sizes, async (entry) => {
    try {
      return await measureOne(noNix, entry);
    } catch (error) {
      if (error instanceof NeedsNix) return -1;
      throw error;
    }
  });
  return { done: true };
}

function failure(task: Task, error: unknown): Reply {
  // The update cannot be measured: the other threads stop at their next path.
  Atomics.store(task.next, 0, task.paths.length);
  const why = whyNotMeasured(error);
  if (why !== null) return { notMeasured: why };
  return { error: { message: error instanceof Error ? error.message : String(error) } };
}

const port = parentPort;
port?.on('message', ({ id, task }: { id: number; task: Task }) => {
  answer(task).then(
    (reply) => port.postMessage({ id, reply }),
    (error: unknown) => port.postMessage({ id, reply: failure(task, error) }),
  );
});
