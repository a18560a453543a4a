{
  description = "An example NixOS appliance for nix-size-guard: builds offline in seconds, without nixpkgs";

  # No inputs: the packages are stand-ins built with the build machine's /bin/sh
  # (see appliance.nix), so the example needs neither nixpkgs nor the network.
  outputs =
    { self }:
    let
      system = "x86_64-linux";
      appliance = import ./appliance.nix {
        inherit system;
        config = import ./config.nix;
      };
    in
    {
      # nix build .#nixosConfigurations.appliance.config.system.build.toplevel
      nixosConfigurations.appliance = {
        inherit (appliance) config extendModules;
      };

      # nix build .#image  (the disk image: result/image.raw)
      packages.${system} = {
        inherit (appliance) image toplevel;
        default = appliance.image;
      };
    };
}
