# Like nixos/modules/misc/label.nix: the label in the system's name.
{ lib, ... }:

{
  options.system.nixos.label = lib.mkOption {
    type = lib.types.strMatching "[a-zA-Z0-9:_\\.-]*";
    default = lib.trivial.release;
    description = "The label in the name of the system's store path: nixos-system-<hostName>-<label>.";
  };
}
