# Like nixpkgs' nixos/lib/eval-config.nix (what lib.nixosSystem calls): the module system's
# lib.evalModules over NixOS's module list and the configuration's own modules. The result
# has `config`, `options`, `extendModules`, as a NixOS configuration does.
{
  lib,
  modules,
  system ? "x86_64-linux",
}:

lib.evalModules {
  modules = import ../modules/module-list.nix ++ modules ++ [ { nixpkgs.system = lib.mkDefault system; } ];
  class = "nixos";
}
