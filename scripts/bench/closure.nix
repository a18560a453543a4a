# The benchmark closure: one tiny derivation per node of a graph written by graph.mjs.
# Each output is a directory holding the store paths of its dependencies (so Nix records
# them as references) and, for some, `size` bytes of data (the big paths).
{ graph }:
let
  g = builtins.fromJSON (builtins.readFile graph);
  # A node with thousands of references (the wide shape's root) cannot have them in one
  # environment variable (Linux caps one at 128 KiB): Nix writes them to a file instead.
  # Only such nodes get the attribute, so every other derivation stays what it was.
  many = n: builtins.length n.deps > 1000;
  mk = n: derivation ({
    inherit (n) name;
    system = builtins.currentSystem;
    builder = "/bin/sh";
    args = [ "-c" (if many n then ''
      export PATH=/usr/bin:/bin
      mkdir "$out"
      tr ' ' '\n' < "$depsPath" > "$out/refs"
      if [ "$size" != 0 ]; then head -c "$size" /dev/zero > "$out/data"; fi
    '' else ''
      export PATH=/usr/bin:/bin
      mkdir "$out"
      for d in $deps; do echo "$d"; done > "$out/refs"
      if [ "$size" != 0 ]; then head -c "$size" /dev/zero > "$out/data"; fi
    '') ];
    deps = map (d: pkgs.${d}) n.deps;
    size = toString n.size;
  } // (if many n then { passAsFile = [ "deps" ]; } else { }));
  pkgs = builtins.listToAttrs (map (n: { name = n.id; value = mk n; }) g.nodes);
in
pkgs.${g.root}
