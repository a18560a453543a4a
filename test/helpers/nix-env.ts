// Tests run real Nix as root without a daemon, offline (see README "Tests"). A NIX_CONFIG
// already set by the caller wins.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

process.env.NIX_CONFIG ??= [
  'experimental-features = nix-command flakes',
  'build-users-group =',
  'sandbox = false',
  'substituters =',
  'max-jobs = 2',
].join('\n');

// In a Nix project of vitest.config.ts: that Nix, and only its commands, first on PATH, for the
// product (dist/ started as a child) and for the helpers that ask Nix for facts alike. A directory
// of links to its nix* commands, not the bin directory itself: Debian's is /usr/bin, whose node
// would shadow node_modules/.bin's.
const bin = process.env.NSG_TEST_NIX_BIN;
const version = process.env.NSG_TEST_NIX_VERSION;
if (bin && version) {
  if (!existsSync(path.join(bin, 'nix'))) {
    throw new Error(`Nix ${version} is not installed at ${bin}; install it with ${process.env.NSG_TEST_NIX_INSTALL}, or run one project (vitest --project NAME)`);
  }
  const links = path.join(tmpdir(), `nsg-test-nix-${version}-${process.getuid?.() ?? 0}`);
  mkdirSync(links, { recursive: true });
  for (const command of readdirSync(bin).filter((c) => /^nix(-|$)/.test(c))) {
    try {
      symlinkSync(path.join(bin, command), path.join(links, command));
    } catch (error) {
      // Another test file's worker made it first.
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  process.env.PATH = `${links}${path.delimiter}${process.env.PATH ?? ''}`;
  const printed = execFileSync('nix', ['--version'], { encoding: 'utf8' }).trim();
  // "2.8" matches 2.8.0 and 2.8.1, not 2.80.
  if (!new RegExp(`^nix \\(Nix\\) ${version.replaceAll('.', '\\.')}(\\.|$)`).test(printed)) {
    throw new Error(`expected Nix ${version} from ${bin}, but nix --version says: ${printed}`);
  }
}
