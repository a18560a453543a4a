// Worker threads for CPU work that can run beside the main thread: measuring an update's NARs
// while the closures are analysed. The CLI and the action ship the worker as dist/worker.js
// beside themselves; where it is absent (src/ run unbundled, as the tests run it) the same work
// is done on the main thread.

import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import type { PathSize } from '../core/types.js';

const WORKER = new URL('./worker.js', import.meta.url);
let present: boolean | undefined;

/** Whether dist/worker.js is beside this bundle. */
export function workerAvailable(): boolean {
  present ??= WORKER.protocol === 'file:' && existsSync(WORKER);
  return present;
}

/**
 * Measure the NARs of `paths`, taking indices from the shared counter `next` (with the other
 * threads on the same list) and writing each one's zstd size into the shared `sizes`.
 */
export type Task = { task: 'sizes'; paths: PathSize[]; next: Int32Array; sizes: Float64Array };

export type Reply =
  /** No index left; a path this thread could not read (EACCES, only Nix may) keeps -1 in `sizes`. */
  | { done: true }
  /** Why they could not be measured, for a note. */
  | { notMeasured: string }
  | { error: { message: string } };

interface Waiting {
  resolve: (reply: Reply) => void;
  reject: (error: Error) => void;
}

/** One worker thread; tasks answered in turn. It keeps the process alive only while it works. */
export class WorkerThread {
  private readonly worker = new Worker(WORKER);
  private readonly waiting = new Map<number, Waiting>();
  private next = 0;
  /** Why the worker is gone, once it is: a message to it then would wait forever. */
  private gone: Error | undefined;

  constructor() {
    this.worker.unref();
    this.worker.on('message', ({ id, reply }: { id: number; reply: Reply }) => {
      this.waiting.get(id)?.resolve(reply);
      this.waiting.delete(id);
      if (this.waiting.size === 0) this.worker.unref();
    });
    const failAll = (error: Error): void => {
      this.gone ??= error;
      for (const { reject } of this.waiting.values()) reject(error);
      this.waiting.clear();
    };
    this.worker.on('error', failAll);
    this.worker.on('exit', (code) => failAll(new Error(`the worker thread stopped (exit code ${code})`)));
  }

  ask(task: Task): Promise<Reply> {
    if (this.gone) return Promise.reject(this.gone);
    const id = this.next++;
    this.worker.ref();
    return new Promise<Reply>((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ id, task });
    });
  }

  close(): void {
    void this.worker.terminate();
  }
}
