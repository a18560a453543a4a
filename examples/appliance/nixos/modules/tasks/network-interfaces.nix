# Like nixos/modules/tasks/network-interfaces.nix: the host name, and iproute2 (`ip`).
{ lib, pkgs, ... }:

{
  options.networking.hostName = lib.mkOption {
    type = lib.types.strMatching "^$|^[[:alnum:]]([[:alnum:]_-]{0,61}[[:alnum:]])?$";
    default = "nixos";
    description = "The name of the machine.";
  };

  config.environment.systemPackages = [ pkgs.iproute2 ];
}
