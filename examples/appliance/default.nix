# The same appliance without flakes:
#   nix-build -A toplevel           nix build -f default.nix toplevel
#   nix-build -A image              nix build -f default.nix image
{
  system ? "x86_64-linux",
}:

let
  appliance = import ./appliance.nix {
    inherit system;
    config = import ./config.nix;
  };
in
{
  inherit (appliance) toplevel image config;
}
