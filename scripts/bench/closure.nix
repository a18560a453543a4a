# The benchmark closure: one tiny derivation per node of a graph written by graph.mjs.
# Each output is a directory holding the store paths of its dependencies (so Nix records
# them as references) and, for some, `size` bytes of data (the big paths).
{ graph }:
let
  g = builtins.fromJSON (builtins.readFile graph);
  mk = n: derivation {
    inherit (n) name;
    system = builtins.currentSystem;
    builder = "/bin/sh";
    args = [ "-c" ''
      export PATH=/usr/bin:/bin
      mkdir "$out"
      for d in $deps; do echo "$d"; done > "$out/refs"
      if [ "$size" != 0 ]; then head -c "$size" /dev/zero > "$out/data"; fi
    '' ];
    deps = map (d: pkgs.${d}) n.deps;
    size = toString n.size;
  };
  pkgs = builtins.listToAttrs (map (n: { name = n.id; value = mk n; }) g.nodes);
in
pkgs.${g.root}
