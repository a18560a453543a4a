# Like nixos/modules/system/build.nix: where modules put the things they build.
{ lib, ... }:

{
  options.system.build = lib.mkOption {
    type = lib.types.lazyAttrsOf lib.types.unspecified;
    default = { };
    description = "Attribute set of derivations used to set up the system.";
  };
}
