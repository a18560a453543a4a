{
  description = "An example NixOS appliance for nix-size-guard: the real module system, stand-in packages that build offline in seconds";

  # nixpkgs' lib alone (the module system: lib.evalModules, mkOption, mkDefault, mkForce), as
  # a flake. The packages are stand-ins built with the build machine's /bin/sh (see pkgs/).
  inputs.nixpkgs.url = "github:nix-community/nixpkgs.lib";

  outputs =
    { self, nixpkgs }:
    let
      system = "x86_64-linux";
      appliance = import ./nixos/lib/eval-config.nix {
        inherit (nixpkgs) lib;
        inherit system;
        modules = [ ./configuration.nix ];
      };
    in
    {
      # nix build .#nixosConfigurations.appliance.config.system.build.toplevel
      # Like lib.nixosSystem's result: config, options, extendModules.
      nixosConfigurations.appliance = appliance;

      # nix build .#image  (the disk image: result/image.raw)
      packages.${system} = {
        inherit (appliance.config.system.build) image toplevel;
        default = appliance.config.system.build.image;
      };
    };
}
