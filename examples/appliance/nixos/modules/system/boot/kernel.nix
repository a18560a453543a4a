# Like nixos/modules/system/boot/kernel.nix: the kernel and its modules.
{ lib, pkgs, ... }:

{
  options.boot.kernelPackages = lib.mkOption {
    type = lib.types.raw;
    default = {
      kernel = pkgs.linux;
      modules = pkgs.linuxModules;
    };
    description = "The kernel, and its modules.";
  };
}
