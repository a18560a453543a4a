// The worker thread's entry (bundled as dist/worker.js; see threads/pool.ts): measures an
// update's NARs and posts their sizes back.

import { parentPort } from 'node:worker_threads';
import { measureHere, whyNotMeasured } from './nix/nar-size.js';
import type { Nix } from './nix/nix.js';
import type { Reply, Task } from './threads/pool.js';

class NeedsNix extends Error {}

/** The worker has no Nix: a path only Nix may read is handed back to the main thread. */
const noNix = {
  dumpPath() {
    throw new NeedsNix();
  },
} as unknown as Nix;

async function answer(task: Task): Promise<Reply> {
  return { sizes: await measureHere(noNix)(task.paths) };
}

function failure(error: unknown): Reply {
  if (error instanceof NeedsNix) return { needsNix: true };
  const why = whyNotMeasured(error);
  if (why !== null) return { notMeasured: why };
  return { error: { message: error instanceof Error ? error.message : String(error) } };
}

const port = parentPort;
port?.on('message', ({ id, task }: { id: number; task: Task }) => {
  answer(task).then(
    (reply) => port.postMessage({ id, reply }),
    (error: unknown) => port.postMessage({ id, reply: failure(error) }),
  );
});
