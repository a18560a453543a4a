// The action's entry: GitHub runs dist/index.js, the bundle of this file.
import { run } from './action/main.js';

await run();
