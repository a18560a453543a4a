# Like nixos/modules/system/boot/stage-1.nix: the initial ramdisk.
{ config, pkgs, ... }:

{
  config.system.build.initialRamdisk = pkgs.runCommand "initrd-linux-${config.boot.kernelPackages.kernel.version}" { } ''
    mkdir $out
    head -c ${toString (192 * 1024)} /dev/urandom > $out/initrd
  '';
}
