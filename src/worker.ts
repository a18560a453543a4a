// The worker thread's entry (bundled as dist/worker.js; see threads/pool.ts): reads a dump, or
// measures an update's NARs, and posts the answer back, typed arrays moved rather than copied.

import { parentPort } from 'node:worker_threads';
import { UsageError } from './core/errors.js';
import { readDump } from './dump/read.js';
import { type NarSizeCache, compressedNarSize } from './nix/nar-size.js';
import type { Nix } from './nix/nix.js';
import type { Reply, Task } from './threads/pool.js';

class NeedsNix extends Error {}

/** The worker has no Nix: a path only Nix may read is handed back to the main thread. */
const noNix = {
  dumpPath() {
    throw new NeedsNix();
  },
} as unknown as Nix;

// One measurement per path for the whole run, however many targets add it.
const narSizes: NarSizeCache = new Map();

async function answer(task: Task): Promise<{ reply: Reply; transfer: ArrayBuffer[] }> {
  if (task.task === 'dump') {
    const closure = await readDump(task.dump);
    return { reply: { closure }, transfer: [closure.narSizes.buffer, closure.refStart.buffer, closure.refs.buffer] as ArrayBuffer[] };
  }
  return { reply: { update: await compressedNarSize(noNix, task.added, narSizes) }, transfer: [] };
}

const port = parentPort;
port?.on('message', ({ id, task }: { id: number; task: Task }) => {
  answer(task).then(
    ({ reply, transfer }) => port.postMessage({ id, reply }, transfer),
    (error: unknown) => {
      const reply: Reply =
        error instanceof NeedsNix
          ? { needsNix: true }
          : { error: { message: error instanceof Error ? error.message : String(error), usage: error instanceof UsageError } };
      port.postMessage({ id, reply });
    },
  );
});
