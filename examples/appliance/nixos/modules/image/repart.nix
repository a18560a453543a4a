# Like nixos/modules/image/repart.nix: config.system.build.image, a GPT disk image made by
# systemd-repart, whose root partition (ext4) holds the system closure under /nix/store.
# Needs root and loop devices, as systemd 252 formats through a loop device.
{ config, lib, pkgs, ... }:

{
  options.image.repart.seed = lib.mkOption {
    type = lib.types.str;
    # A fixed seed keeps the partition and file system UUIDs stable between builds.
    default = "6c2d1b2e-5f0a-4f3e-9a8b-1d7c5e3f2a40";
    description = "The seed systemd-repart derives UUIDs from.";
  };

  config.system.build.image = pkgs.runCommand "${config.networking.hostName}-image-${config.system.nixos.label}" { exportReferencesGraph = [ "graph" config.system.build.toplevel ]; } ''
    # The graph file lists each path of the closure with its references; every line that is
    # a path names a member of the closure.
    grep '^/' graph | sort -u > store-paths
    mkdir -p root/nix/store
    xargs -a store-paths cp -a -t root/nix/store

    # systemd >= 253 shrinks the file system to fit with Minimize=guess; the systemd 252 of
    # Debian bookworm ignores that key, so also ask for room for the closure plus ext4's
    # overhead.
    closureBytes=$(du -sb root | cut -f1)
    sizeMin=$(( (closureBytes * 5 / 4 / 1048576 + 8) * 1048576 ))
    mkdir repart.d
    cat > repart.d/10-root.conf <<CONF
    [Partition]
    Type=root
    Format=ext4
    CopyFiles=/nix/store:/nix/store
    Minimize=guess
    SizeMinBytes=$sizeMin
    CONF

    mkdir $out
    # Nix gives the builder a terminal, so --no-pager, or systemd-repart waits in less.
    systemd-repart --no-pager \
      --empty=create --size=auto \
      --definitions=repart.d --root="$PWD/root" \
      --seed=${config.image.repart.seed} \
      --dry-run=no \
      $out/image.raw
  '';
}
