# Like nixos/modules/system/activation/top-level.nix: config.system.build.toplevel, the
# store path /run/current-system points to, and NixOS's forbidden-dependencies check.
{ config, lib, pkgs, ... }:

let
  # The parts the toplevel links to; its closure is theirs plus itself.
  systemBuilder = ''
    mkdir $out
    ln -s ${config.system.build.etc}/etc $out/etc
    ln -s ${config.system.path} $out/sw
    ln -s ${config.systemd.package} $out/systemd
    ln -s ${config.boot.kernelPackages.kernel}/bzImage $out/kernel
    ln -s ${config.boot.kernelPackages.modules}/lib $out/kernel-modules
    ln -s ${config.system.build.initialRamdisk}/initrd $out/initrd
    printf %s ${lib.escapeShellArg config.system.nixos.label} > $out/nixos-version
    printf %s ${pkgs.system} > $out/system
  '';

  name = "nixos-system-${config.networking.hostName}-${config.system.nixos.label}";

  # The system with no regexes: a toplevel with neither the check nor its closure.
  baseSystem = pkgs.runCommand name { } systemBuilder;

  # What the check takes the closure of: as in NixOS, the toplevel itself with `closureInfo`
  # overridden to null (toplevel.overrideAttrs (_: { closureInfo = null; })), so the same parts,
  # but another derivation than baseSystem.
  closureRoot = pkgs.runCommand name { closureInfo = null; } systemBuilder;

  regexes = config.system.forbiddenDependenciesRegexes;

  # As NixOS does: grep -E each regex over the closure's store paths and fail the build on a
  # match, with NixOS's message. Only there when a regex is set, so an empty list (or
  # lib.mkForce [ ]) leaves the toplevel's derivation, and its out path, as without it.
  checkedSystem = pkgs.runCommand name { exportReferencesGraph = [ "closure" closureRoot ]; } (
    ''
      grep '^/' closure | sort -u > store-paths
    ''
    + lib.concatMapStrings (regex: ''
      if [ ${lib.escapeShellArg regex} != "" ]; then
        if forbiddenPaths="$(grep -E -- ${lib.escapeShellArg regex} store-paths)"; then
          printf 'System closure %s contains the following disallowed paths:\n%s\n' "$out" "$forbiddenPaths"
          exit 1
        fi
      fi
    '') regexes
    + systemBuilder
  );
in
{
  options.system = {
    forbiddenDependenciesRegexes = lib.mkOption {
      type = lib.types.listOf lib.types.str;
      default = [ ];
      example = [ "-dev$" ];
      description = ''
        POSIX extended regular expressions that match store paths that should not appear in
        the system closure, with the exception of system.extraDependencies, which is not
        checked.
      '';
    };
  };

  config.system.build.toplevel = if regexes == [ ] then baseSystem else checkedSystem;
}
