// The action's entry: GitHub runs dist/index.js, the bundle of this file.
import * as core from '@actions/core';
import { isUserFacing } from './core/errors.js';
import { readEventFile } from './action/event-file.js';

// @actions/github (which main.js loads, for Octokit) parses the event file as it loads: check the
// file first, so that a truncated or unreadable one is one ::error:: line and a failed step.
let eventReadable = true;
try {
  await readEventFile(process.env.GITHUB_EVENT_PATH ?? '');
} catch (error) {
  eventReadable = false;
  core.setFailed(`nix-size-guard: ${isUserFacing(error) ? error.message : String(error)}`);
  // As run() ends any error: 2, while 1 is a broken rule.
  process.exitCode = 2;
}
if (eventReadable) {
  const { run } = await import('./action/main.js');
  await run();
}
