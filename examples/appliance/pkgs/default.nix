# The appliance's package set: stand-ins for nixpkgs' packages, so the example builds in
# seconds, offline, without nixpkgs.
#
# Each package holds a few hundred KiB of incompressible "binaries" and real store references
# to its dependencies, so the system closure has the shape and the names of a small NixOS
# system (glibc, bash, systemd, the kernel, system-path, etc, nixos-system-…) and
# `nix path-info -r`, `nix why-depends` and `nix store diff-closures` see it like a real one.
#
# Like nixpkgs it is a fixed point that overlays extend (`nixpkgs.overlays`, see
# nixos/modules/misc/nixpkgs.nix), and packages have `.override`.
{
  lib,
  system ? "x86_64-linux",
  overlays ? [ ],
}:

let
  KiB = 1024;
  MiB = 1024 * KiB;

  packages = final: {
    inherit system;

    # Like nixpkgs' runCommand, with the build machine's /bin/sh and coreutils standing in
    # for stdenv (build with sandbox = false).
    runCommand =
      name: env: script:
      derivation (
        {
          inherit name system;
          builder = "/bin/sh";
          args = [
            "-c"
            ''
              export PATH=/usr/bin:/bin:/usr/sbin:/sbin
              set -eu
              ${script}
            ''
          ];
        }
        // env
      );

    # A stand-in for a nixpkgs package. `outputs` maps each output name to its contents: a
    # `binary` file (a path inside the output) of `size` bytes that compress as a program does, and
    # `deps`, the store paths the output refers to at run time. They are written to
    # nix-support/runtime-deps, the way an RPATH or a wrapper script would hold them, which
    # makes them real references. As in nixpkgs, the `out` output's path is
    # <pname>-<version> and any other output's is <pname>-<version>-<output>
    # (util-linux-2.39-bin); `bin` sorts before `lib` and `out`, so it is the default output.
    mkPackage =
      {
        pname,
        version,
        outputs,
      }:
      let
        outputNames = builtins.attrNames outputs;
        install =
          output:
          let
            spec = outputs.${output};
          in
          ''
            dir=${placeholder output}
            mkdir -p "$dir/$(dirname ${spec.binary})" "$dir/nix-support"
            # A third random, the rest a repeated word: zstd -3 makes it about a third of its
            # size, as it does real programs and libraries (nixpkgs' .nar.zst on cache.nixos.org).
            { head -c ${toString (spec.size / 3)} /dev/urandom; yes ${pname} | head -c ${toString (spec.size - spec.size / 3)}; } > "$dir/${spec.binary}"
            printf '%s\n' ${toString (spec.deps or [ ])} > "$dir/nix-support/runtime-deps"
          '';
      in
      final.runCommand "${pname}-${version}" { outputs = outputNames; } (
        lib.concatStringsSep "\n" (map install outputNames)
      )
      // {
        inherit pname version;
      };

    # Like nixpkgs' buildEnv: a tree of symlinks into the packages.
    buildEnv =
      { name, paths }:
      final.runCommand name { inherit paths; } ''
        mkdir -p $out
        for pkg in $paths; do
          for dir in bin lib; do
            if [ -d "$pkg/$dir" ]; then
              mkdir -p "$out/$dir"
              ln -s "$pkg/$dir"/* "$out/$dir/"
            fi
          done
        done
      '';

    glibc = final.mkPackage {
      pname = "glibc";
      version = "2.37-8";
      outputs.out = {
        binary = "lib/libc.so.6";
        size = 320 * KiB;
      };
    };

    bash = final.mkPackage {
      pname = "bash";
      version = "5.2-p15";
      outputs.out = {
        binary = "bin/bash";
        size = 96 * KiB;
        deps = [ final.glibc ];
      };
    };

    coreutils = final.mkPackage {
      pname = "coreutils";
      version = "9.1";
      outputs.out = {
        binary = "bin/coreutils";
        size = 160 * KiB;
        deps = [ final.glibc ];
      };
    };

    # Two outputs, as in nixpkgs: openssl-<version>-bin (the default) and openssl-<version>
    # (the libraries). `openssl.override { version = "3.0.2"; }` in an overlay bumps it.
    openssl = lib.makeOverridable (
      { version }:
      final.mkPackage {
        pname = "openssl";
        inherit version;
        outputs = {
          bin = {
            binary = "bin/openssl";
            size = 16 * KiB;
            deps = [
              (placeholder "out")
              final.glibc
            ];
          };
          out = {
            binary = "lib/libssl.so.3";
            size = 128 * KiB;
            deps = [ final.glibc ];
          };
        };
      }
    ) { version = "3.0.1"; };

    # Three outputs; only util-linux-2.39-bin and util-linux-2.39-lib reach the closure.
    util-linux = final.mkPackage {
      pname = "util-linux";
      version = "2.39";
      outputs = {
        bin = {
          binary = "bin/mount";
          size = 64 * KiB;
          deps = [
            (placeholder "lib")
            final.glibc
          ];
        };
        lib = {
          binary = "lib/libmount.so.1";
          size = 96 * KiB;
          deps = [ final.glibc ];
        };
        out = {
          binary = "share/bash-completion/completions/mount";
          size = 4 * KiB;
        };
      };
    };

    # nixpkgs' util-linuxMinimal: the libraries (libuuid, libblkid) without systemd or PAM,
    # which many packages link instead of the full util-linux. Beside the system's util-linux
    # it is the same package twice, in two variants.
    util-linux-minimal = final.mkPackage {
      pname = "util-linux-minimal";
      version = "2.39";
      outputs.lib = {
        binary = "lib/libuuid.so.1";
        size = 48 * KiB;
        deps = [ final.glibc ];
      };
    };

    # mkfs.ext4 and e2fsck; as in nixpkgs, its libuuid is util-linux-minimal's.
    e2fsprogs = final.mkPackage {
      pname = "e2fsprogs";
      version = "1.47.0";
      outputs.out = {
        binary = "bin/mke2fs";
        size = 72 * KiB;
        deps = [
          final.glibc
          final.util-linux-minimal
        ];
      };
    };

    libffi = final.mkPackage {
      pname = "libffi";
      version = "3.4.4";
      outputs.out = {
        binary = "lib/libffi.so.8";
        size = 32 * KiB;
        deps = [ final.glibc ];
      };
    };

    # The heavy one: more than 3 MiB.
    python3 = final.mkPackage {
      pname = "python3";
      version = "3.11.4";
      outputs.out = {
        binary = "lib/libpython3.11.so.1.0";
        size = 3 * MiB + 256 * KiB;
        deps = [
          final.glibc
          final.libffi
        ];
      };
    };

    perl = final.mkPackage {
      pname = "perl";
      version = "5.38.2";
      outputs.out = {
        binary = "lib/perl5/5.38.2/x86_64-linux/CORE/libperl.so";
        size = 1 * MiB + 128 * KiB;
        deps = [ final.glibc ];
      };
    };

    iproute2 = final.mkPackage {
      pname = "iproute2";
      version = "6.1.0";
      outputs.out = {
        binary = "bin/ip";
        size = 48 * KiB;
        deps = [ final.glibc ];
      };
    };

    # Several of its scripts (xdg-mime, …) need perl.
    xdg-utils = final.mkPackage {
      pname = "xdg-utils";
      version = "1.1.3";
      outputs.out = {
        binary = "bin/xdg-open";
        size = 48 * KiB;
        deps = [
          final.coreutils
          final.perl
        ];
      };
    };

    # nixpkgs' speechd: the speech-dispatcher daemon, whose spd-conf and Python bindings need
    # python3, far bigger than the daemon itself.
    speechd = final.mkPackage {
      pname = "speech-dispatcher";
      version = "0.11.5";
      outputs.out = {
        binary = "bin/speech-dispatcher";
        size = 80 * KiB;
        deps = [
          final.glibc
          final.python3
        ];
      };
    };

    systemd = final.mkPackage {
      pname = "systemd";
      version = "254.6";
      outputs.out = {
        binary = "lib/systemd/systemd";
        size = 384 * KiB;
        deps = [
          final.glibc
          final.bash
          final.openssl.out
          final.util-linux.lib
        ];
      };
    };

    linux = final.runCommand "linux-6.1.55" { version = "6.1.55"; } ''
      mkdir $out
      head -c ${toString (512 * KiB)} /dev/urandom > $out/bzImage
    '';

    # A separate derivation whose name ends in an output-like suffix, like NixOS's.
    linuxModules = final.runCommand "linux-${final.linux.version}-modules" { } ''
      mkdir -p $out/lib/modules/${final.linux.version}
      head -c ${toString (256 * KiB)} /dev/urandom > $out/lib/modules/${final.linux.version}/modules.img
    '';
  };
in
lib.fix (lib.extends (lib.composeManyExtensions overlays) packages)
