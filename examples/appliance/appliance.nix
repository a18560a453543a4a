# A NixOS-shaped appliance that builds in seconds, offline, without nixpkgs.
#
# The packages are stand-ins: each one holds a few hundred KiB of incompressible
# "binaries" and real store references to its dependencies, so the system closure has
# the shape and the names of a small NixOS system (glibc, bash, systemd, the kernel,
# system-path, etc, nixos-system-…) and `nix path-info -r`, `nix why-depends` and
# `nix store diff-closures` see it like a real one.
#
# Used by flake.nix and default.nix alike; both give the same store paths.
{
  config ? import ./config.nix,
  system ? "x86_64-linux",
}:

let
  KiB = 1024;
  MiB = 1024 * KiB;

  # Like nixpkgs' lib.escapeShellArg.
  escapeShellArg = s: "'" + builtins.replaceStrings [ "'" ] [ "'\\''" ] s + "'";

  # Like nixpkgs' runCommand, with the build machine's /bin/sh and coreutils standing
  # in for stdenv.
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

  # A stand-in for a nixpkgs package. `outputs` maps each output name to its
  # contents: a `binary` file (a path inside the output) of `size` bytes of
  # incompressible data, and `deps`, the store paths the output refers to at run time.
  # They are written to nix-support/runtime-deps, the way an RPATH or a wrapper script
  # would hold them, which makes them real references. As in nixpkgs, the `out`
  # output's path is <pname>-<version> and any other output's is
  # <pname>-<version>-<output> (util-linux-2.39-bin).
  mkPackage =
    {
      pname,
      version,
      outputs,
    }:
    let
      # `bin` sorts before `lib` and `out`, so it is the default output, as in nixpkgs.
      outputNames = builtins.attrNames outputs;
      install =
        output:
        let
          spec = outputs.${output};
        in
        ''
          dir=${placeholder output}
          mkdir -p "$dir/$(dirname ${spec.binary})" "$dir/nix-support"
          head -c ${toString spec.size} /dev/urandom > "$dir/${spec.binary}"
          printf '%s\n' ${toString (spec.deps or [ ])} > "$dir/nix-support/runtime-deps"
        '';
    in
    runCommand "${pname}-${version}" { outputs = outputNames; } (
      builtins.concatStringsSep "\n" (map install outputNames)
    );

  # ---------------------------------------------------------------------------
  # Packages

  glibc = mkPackage {
    pname = "glibc";
    version = "2.37-8";
    outputs.out = {
      binary = "lib/libc.so.6";
      size = 320 * KiB;
    };
  };

  bash = mkPackage {
    pname = "bash";
    version = "5.2-p15";
    outputs.out = {
      binary = "bin/bash";
      size = 96 * KiB;
      deps = [ glibc ];
    };
  };

  coreutils = mkPackage {
    pname = "coreutils";
    version = "9.1";
    outputs.out = {
      binary = "bin/coreutils";
      size = 160 * KiB;
      deps = [ glibc ];
    };
  };

  # Two outputs, as in nixpkgs: openssl-<version>-bin (the default) and openssl-<version>
  # (the libraries).
  openssl = mkPackage {
    pname = "openssl";
    version = config.opensslVersion;
    outputs = {
      bin = {
        binary = "bin/openssl";
        size = 16 * KiB;
        deps = [
          (placeholder "out")
          glibc
        ];
      };
      out = {
        binary = "lib/libssl.so.3";
        size = 128 * KiB;
        deps = [ glibc ];
      };
    };
  };

  # Three outputs; only util-linux-2.39-bin and util-linux-2.39-lib reach the closure.
  util-linux = mkPackage {
    pname = "util-linux";
    version = "2.39";
    outputs = {
      bin = {
        binary = "bin/mount";
        size = 64 * KiB;
        deps = [
          (placeholder "lib")
          glibc
        ];
      };
      lib = {
        binary = "lib/libmount.so.1";
        size = 96 * KiB;
        deps = [ glibc ];
      };
      out = {
        binary = "share/bash-completion/completions/mount";
        size = 4 * KiB;
      };
    };
  };

  # nixpkgs' util-linuxMinimal: the libraries (libuuid, libblkid) without systemd or PAM, which
  # many packages link instead of the full util-linux. Beside the system's util-linux it is the
  # same package twice, in two variants.
  util-linux-minimal = mkPackage {
    pname = "util-linux-minimal";
    version = "2.39";
    outputs.lib = {
      binary = "lib/libuuid.so.1";
      size = 48 * KiB;
      deps = [ glibc ];
    };
  };

  # mkfs.ext4 and e2fsck; as in nixpkgs, its libuuid is util-linux-minimal's.
  e2fsprogs = mkPackage {
    pname = "e2fsprogs";
    version = "1.47.0";
    outputs.out = {
      binary = "bin/mke2fs";
      size = 72 * KiB;
      deps = [
        glibc
        util-linux-minimal
      ];
    };
  };

  libffi = mkPackage {
    pname = "libffi";
    version = "3.4.4";
    outputs.out = {
      binary = "lib/libffi.so.8";
      size = 32 * KiB;
      deps = [ glibc ];
    };
  };

  # The heavy one: more than 3 MiB.
  python3 = mkPackage {
    pname = "python3";
    version = "3.11.4";
    outputs.out = {
      binary = "lib/libpython3.11.so.1.0";
      size = 3 * MiB + 256 * KiB;
      deps = [
        glibc
        libffi
      ];
    };
  };

  perl = mkPackage {
    pname = "perl";
    version = "5.38.2";
    outputs.out = {
      binary = "lib/perl5/5.38.2/x86_64-linux/CORE/libperl.so";
      size = 1 * MiB + 128 * KiB;
      deps = [ glibc ];
    };
  };

  iproute2 = mkPackage {
    pname = "iproute2";
    version = "6.1.0";
    outputs.out = {
      binary = "bin/ip";
      size = 48 * KiB;
      # routel and friends are Python scripts.
      deps = [ glibc ] ++ (if config.iproute2Python then [ python3 ] else [ ]);
    };
  };

  xdg-utils = mkPackage {
    pname = "xdg-utils";
    version = "1.1.3";
    outputs.out = {
      binary = "bin/xdg-open";
      size = 48 * KiB;
      deps = [
        coreutils
        perl
      ];
    };
  };

  systemd = mkPackage {
    pname = "systemd";
    version = "254.6";
    outputs.out = {
      binary = "lib/systemd/systemd";
      size = 384 * KiB;
      deps = [
        glibc
        bash
        openssl.out
        util-linux.lib
      ];
    };
  };

  kernelVersion = "6.1.55";

  kernel = runCommand "linux-${kernelVersion}" { } ''
    mkdir $out
    head -c ${toString (512 * KiB)} /dev/urandom > $out/bzImage
  '';

  # A separate derivation whose name ends in an output-like suffix, like NixOS's.
  kernelModules = runCommand "linux-${kernelVersion}-modules" { } ''
    mkdir -p $out/lib/modules/${kernelVersion}
    head -c ${toString (256 * KiB)} /dev/urandom > $out/lib/modules/${kernelVersion}/modules.img
  '';

  initrd = runCommand "initrd-linux-${kernelVersion}" { } ''
    mkdir $out
    head -c ${toString (192 * KiB)} /dev/urandom > $out/initrd
  '';

  # ---------------------------------------------------------------------------
  # The system

  # environment.systemPackages
  systemPackages = [
    bash
    coreutils
    iproute2
    openssl.bin
    systemd
    util-linux.bin
  ]
  ++ (if config.xdgUtilsPerl then [ xdg-utils ] else [ ])
  ++ (if config.e2fsprogs or false then [ e2fsprogs ] else [ ]);

  # /run/current-system/sw: like nixpkgs' buildEnv, a tree of symlinks into the packages.
  systemPath = runCommand "system-path" { paths = systemPackages; } ''
    for pkg in $paths; do
      for dir in bin lib; do
        if [ -d "$pkg/$dir" ]; then
          mkdir -p "$out/$dir"
          ln -s "$pkg/$dir"/* "$out/$dir/"
        fi
      done
    done
  '';

  etc = runCommand "etc" { } ''
    mkdir -p $out/etc/systemd
    ln -s ${systemd}/lib/systemd $out/etc/systemd/system
    printf 'NAME=NixOS\nID=nixos\nVERSION_ID=%s\n' ${escapeShellArg config.version} > $out/etc/os-release
  '';

  # The parts the toplevel refers to directly; its closure is theirs plus itself.
  systemParts = {
    inherit etc systemd initrd kernel;
    sw = systemPath;
    kernel-modules = kernelModules;
  };

  regexes = config.forbiddenDependenciesRegexes or [ ];

  # Like nixos/modules/system/activation/top-level.nix: grep -E each regex over the
  # closure's store paths and fail the build on a match, with NixOS's message. Only
  # there when a regex is set, so an empty list leaves the toplevel's hash alone.
  forbiddenDependenciesCheck =
    if regexes == [ ] then
      {
        env = { };
        script = "";
      }
    else
      {
        # Nix writes the closure of each part to closure-<part> in the build directory.
        env.exportReferencesGraph = builtins.concatLists (
          builtins.attrValues (builtins.mapAttrs (name: part: [ "closure-${name}" part ]) systemParts)
        );
        script = ''
          cat closure-* | grep '^/' | sort -u > store-paths
        ''
        + builtins.concatStringsSep "" (
          map (regex: ''
            if forbiddenPaths="$(grep -E -- ${escapeShellArg regex} store-paths)"; then
              printf 'System closure %s contains the following disallowed paths:\n%s\n' "$out" "$forbiddenPaths"
              exit 1
            fi
          '') regexes
        );
      };

  # config.system.build.toplevel: what /run/current-system points to.
  toplevel = runCommand "nixos-system-appliance-${config.version}" forbiddenDependenciesCheck.env ''
    ${forbiddenDependenciesCheck.script}
    mkdir $out
    ln -s ${systemParts.etc}/etc $out/etc
    ln -s ${systemParts.sw} $out/sw
    ln -s ${systemParts.systemd} $out/systemd
    ln -s ${systemParts.kernel}/bzImage $out/kernel
    ln -s ${systemParts.kernel-modules}/lib $out/kernel-modules
    ln -s ${systemParts.initrd}/initrd $out/initrd
    printf %s ${escapeShellArg config.version} > $out/nixos-version
    printf %s ${system} > $out/system
  '';

  # config.system.build.image: a GPT disk image whose root partition (ext4) holds the
  # system closure under /nix/store, made by systemd-repart like NixOS's image.repart.
  # Needs root and loop devices, as systemd 252 formats through a loop device.
  image = runCommand "appliance-image-${config.version}" { exportReferencesGraph = [ "graph" toplevel ]; } ''
    # The graph file lists each path of the closure with its references; every line
    # that is a path names a member of the closure.
    grep '^/' graph | sort -u > store-paths
    mkdir -p root/nix/store
    xargs -a store-paths cp -a -t root/nix/store

    # systemd >= 253 shrinks the file system to fit with Minimize=guess; the
    # systemd 252 of Debian bookworm ignores that key, so also ask for room for the
    # closure plus ext4's overhead.
    closureBytes=$(du -sb root | cut -f1)
    sizeMin=$(( (closureBytes * 5 / 4 / 1048576 + 8) * 1048576 ))
    mkdir repart.d
    cat > repart.d/10-root.conf <<EOF
    [Partition]
    Type=root
    Format=ext4
    CopyFiles=/nix/store:/nix/store
    Minimize=guess
    SizeMinBytes=$sizeMin
    EOF

    mkdir $out
    # A fixed --seed keeps the partition and file system UUIDs stable between builds.
    # Nix gives the builder a terminal, so --no-pager, or systemd-repart waits in less.
    systemd-repart --no-pager \
      --empty=create --size=auto \
      --definitions=repart.d --root="$PWD/root" \
      --seed=6c2d1b2e-5f0a-4f3e-9a8b-1d7c5e3f2a40 \
      --dry-run=no \
      $out/image.raw
  '';

  # Like the extendModules of nixpkgs' lib.nixosSystem, for the one option these modules may
  # set: extendModules { modules = [ ({ lib, ... }: { system.forbiddenDependenciesRegexes = lib.mkForce [ ]; }) ]; }
  # gives the same appliance with the forbidden-dependencies check turned off.
  extendModules =
    {
      modules ? [ ],
    }:
    let
      lib = {
        mkForce = value: value;
        mkDefault = value: value;
      };
      settings = map (module: if builtins.isFunction module then module { inherit lib; } else module) modules;
      regexesOf = settings: settings.system.forbiddenDependenciesRegexes or null;
      override = builtins.foldl' (found: settings: if regexesOf settings == null then found else regexesOf settings) null settings;
    in
    import ./appliance.nix {
      inherit system;
      config = config // (if override == null then { } else { forbiddenDependenciesRegexes = override; });
    };
in
{
  inherit toplevel image extendModules;

  # The attributes a NixOS configuration has that nix-size-guard reads.
  config = {
    networking.hostName = "appliance";
    system = {
      build = { inherit toplevel image; };
      forbiddenDependenciesRegexes = regexes;
      nixos.label = config.version;
    };
  };
}
