// The worker thread's entry (bundled as dist/worker.js; see threads/pool.ts): reads a dump, or
// measures an update's NARs, and posts the answer back, typed arrays moved rather than copied.

import { parentPort } from 'node:worker_threads';
import { UsageError } from './core/errors.js';
import { readDump } from './dump/read.js';
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

async function answer(task: Task): Promise<{ reply: Reply; transfer: ArrayBuffer[] }> {
  if (task.task === 'dump') {
    const closure = await readDump(task.dump);
    return { reply: { closure }, transfer: [closure.narSizes.buffer, closure.refStart.buffer, closure.refs.buffer] as ArrayBuffer[] };
  }
  return { reply: { sizes: await measureHere(noNix)(task.paths) }, transfer: [] };
}

function failure(task: Task, error: unknown): Reply {
  if (task.task === 'sizes') {
    if (error instanceof NeedsNix) return { needsNix: true };
    const why = whyNotMeasured(error);
    if (why !== null) return { notMeasured: why };
  }
  return { error: { message: error instanceof Error ? error.message : String(error), usage: error instanceof UsageError } };
}

const port = parentPort;
port?.on('message', ({ id, task }: { id: number; task: Task }) => {
  answer(task).then(
    ({ reply, transfer }) => port.postMessage({ id, reply }, transfer),
    (error: unknown) => port.postMessage({ id, reply: failure(task, error) }),
  );
});
