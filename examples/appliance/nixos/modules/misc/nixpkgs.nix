# Like nixos/modules/misc/nixpkgs.nix: the package set every module gets as `pkgs`, with the
# configuration's overlays applied.
{ config, lib, ... }:

{
  options.nixpkgs = {
    system = lib.mkOption {
      type = lib.types.str;
      example = "aarch64-linux";
      description = "The platform the system is built for.";
    };
    overlays = lib.mkOption {
      type = lib.types.listOf (lib.types.functionTo (lib.types.functionTo lib.types.raw));
      default = [ ];
      example = lib.literalExpression "[ (final: prev: { openssl = prev.openssl.override { version = \"3.0.2\"; }; }) ]";
      description = "Overlays applied to the package set.";
    };
  };

  config._module.args.pkgs = import ../../../pkgs {
    inherit lib;
    inherit (config.nixpkgs) system overlays;
  };
}
