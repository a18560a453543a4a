// Fails when the committed dist/ is not the build of src/ (CI runs it after the tests).
import { execFileSync } from 'node:child_process';

execFileSync(process.execPath, ['scripts/bundle.mjs'], { stdio: 'inherit' });
const changed = execFileSync('git', ['status', '--porcelain', '--', 'dist'], { encoding: 'utf8' });
if (changed.trim() !== '') {
  process.stderr.write(`dist/ is not the build of src/; run 'npm run bundle' and commit dist/:\n${changed}`);
  process.exit(1);
}
console.log('dist/ is the build of src/');
