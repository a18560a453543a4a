# The same appliance without flakes:
#   nix-build -A toplevel           nix build -f default.nix toplevel
#   nix-build -A image              nix build -f default.nix image
# nixpkgs' lib is the one flake.lock pins, fetched as the flake would fetch it (the same store
# path: once the flake has it, nothing is downloaded).
{
  system ? "x86_64-linux",
}:

let
  locked = (builtins.fromJSON (builtins.readFile ./flake.lock)).nodes.nixpkgs.locked;
  nixpkgs = builtins.fetchTarball {
    name = "source";
    url = "https://github.com/${locked.owner}/${locked.repo}/archive/${locked.rev}.tar.gz";
    sha256 = locked.narHash;
  };
  appliance = import ./nixos/lib/eval-config.nix {
    lib = import "${nixpkgs}/lib";
    inherit system;
    modules = [ ./configuration.nix ];
  };
in
{
  inherit (appliance) config options extendModules;
  inherit (appliance.config.system.build) toplevel image;
}
