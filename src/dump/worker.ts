// The worker thread behind loadDump (bundled as dist/dump-worker.js): reads one dump and posts
// the Closure back, its typed arrays moved rather than copied.

import { parentPort, workerData } from 'node:worker_threads';
import { UsageError } from '../core/errors.js';
import type { Closure } from '../core/types.js';
import { type DumpFile, type WorkerReply, readDump } from './read.js';

const port = parentPort;
if (port) {
  let reply: WorkerReply;
  try {
    reply = { closure: await readDump(workerData as DumpFile) };
  } catch (error) {
    reply = { error: { message: error instanceof Error ? error.message : String(error), usage: error instanceof UsageError } };
  }
  const { closure } = reply as { closure?: Closure };
  port.postMessage(reply, closure ? [closure.narSizes.buffer, closure.refStart.buffer, closure.refs.buffer].map((b) => b as ArrayBuffer) : []);
}
