// Tests run real Nix as root without a daemon, offline (see README "Tests"). A NIX_CONFIG
// already set by the caller wins.
process.env.NIX_CONFIG ??= [
  'experimental-features = nix-command flakes',
  'build-users-group =',
  'sandbox = false',
  'substituters =',
  'max-jobs = 2',
].join('\n');
