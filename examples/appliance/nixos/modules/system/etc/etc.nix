# Like nixos/modules/system/etc/etc.nix: /etc, with systemd's units and os-release.
{ config, lib, pkgs, ... }:

{
  config.system.build.etc = pkgs.runCommand "etc" { } (
    ''
      mkdir -p $out/etc/systemd/system
      for unit in ${config.systemd.package}/lib/systemd/*; do ln -s "$unit" $out/etc/systemd/system/; done
      printf 'NAME=NixOS\nID=nixos\nVERSION_ID=%s\n' ${lib.escapeShellArg config.system.nixos.label} > $out/etc/os-release
    ''
    + lib.concatMapStrings (package: ''
      ln -s ${package} $out/etc/systemd/system/${package.pname or package.name}
    '') config.systemd.packages
  );
}
