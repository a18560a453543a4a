// The data that flows through the guard: closures in, a report out.
// Everything here is plain data, serialisable as JSON; the report types are the
// documented JSON report (schemaVersion 2, see README "JSON report").

/** One store object as Nix describes it: the NAR size, its direct references, its deriver. */
export interface StoreObject {
  path: string;
  narSize: number;
  /** Direct references, full store paths, never including the path itself. */
  references: string[];
  /**
   * The store derivation (`/nix/store/…-name.drv`) it was built from, as `nix path-info` says;
   * null or absent when Nix does not know it (a binary cache's narinfo without `Deriver`, a path
   * added with `nix store add-path`, a dump or baseline saved before derivers were kept).
   */
  deriver?: string | null;
}

/**
 * The closure of one root: every store object it requires, root included, as arrays indexed by
 * a path's id. Ids follow the paths' order (`paths` is sorted), so comparing ids compares paths.
 * Path `i` is `paths[i]`, its NAR size `narSizes[i]`, its references (ids, ascending, never `i`)
 * `refs[refStart[i]]` up to `refs[refStart[i + 1]]`. Made by `makeClosure` (core/closure.ts) and
 * never changed after.
 */
export interface Closure {
  root: string;
  rootId: number;
  paths: string[];
  narSizes: Float64Array;
  refStart: Int32Array;
  refs: Int32Array;
  /**
   * The root is a disk image of the rest (core/image.ts, imageContents): its references are cut
   * to the paths inside that nothing else inside refers to (the system), and its own NAR (the
   * image file) is left out of every total and list. Absent for any other closure.
   */
  image?: true;
  /**
   * Path `i`'s deriver is `derivers[deriverOf[i]]`, or unknown when `deriverOf[i]` is -1. Outputs
   * of one derivation share an entry, so 100 000 paths hold one number each, not a string each.
   * Both absent: no deriver is known (a closure made from names and sizes alone).
   */
  deriverOf?: Int32Array;
  derivers?: string[];
}

/** A measured disk image (a file in a target's output). */
export interface ImageInfo {
  file: string;
  /** Size as `ls -l` shows it (sparse holes included). */
  apparentSize: number;
  /** Bytes allocated on disk (`du`), what the holes save. */
  allocatedSize: number;
  /** zstd-compressed size: what an over-the-air download costs. */
  compressedSize: number;
  /** What its first bytes say it is (image/format.ts): `gpt`, `iso9660`, `qcow2`, `zstd`, …; absent when none. */
  format?: string;
  /** The store path whose NAR holds the file: the output itself, or one a link in it leads to. */
  storePath?: string;
}

/**
 * Where a side's closure came from: `built` (evaluated and realised here, or already in the
 * store), `baseline-cache` (saved by an earlier run), `binary-cache` (read from a Nix store URL
 * without building), `given` (compare: a store path or a path-info dump).
 */
export type SideSource = 'built' | 'baseline-cache' | 'binary-cache' | 'given';

/** One side (base or head) of a target. */
export interface SideSummary {
  root: string;
  source: SideSource;
  closureSize: number;
  pathCount: number;
  image: ImageInfo | null;
}

export interface PathSize {
  path: string;
  narSize: number;
}

export interface PackageChange {
  name: string;
  baseVersions: string[];
  headVersions: string[];
  /** Head bytes minus base bytes over every path of this name. */
  sizeDelta: number;
}

/** A list of store paths from the root to a path, each a direct reference of the one before. */
export type Chain = string[];

/**
 * The chains of what a target lists, shared: every path on one of them (except the root) → the
 * path before it, its parent in the closure's breadth-first tree. A listed path's chain is the
 * walk from it through its parents to the root (core/chains.ts, chainsOf). One entry per path
 * however many listed chains pass through it: the report grows with the closure, not with
 * listed paths × chain length.
 */
export type ChainParents = Record<string, string>;

/** A new path at least as big as the heavy threshold; its chain is in the target's `parents`. */
export interface HeavyPath {
  path: string;
  narSize: number;
  /** The NixOS option and module file behind it, where they were found (explain-options). */
  cause?: OptionCause;
}

/**
 * The NixOS option and module file behind a chain: the definition of environment.systemPackages
 * (or another package list) that put `package` there, and the option that changed and guards it.
 */
export interface OptionCause {
  /** `services.speechd.enable`, or the package list itself when no changed option guards it. */
  option: string;
  /** `turned on`, `turned off`, `"a" → "b"`; null when the option itself did not change. */
  change: string | null;
  /** `mkDefault`, `mkForce`, `mkOverride 900`; null for a plain definition. */
  how: string | null;
  /** The module file that set it: repository-relative, or `nixpkgs/nixos/modules/…`. */
  file: string;
  /** The package (store path) on the chain that the definition put there. */
  package: string;
}

/** An enable-style NixOS option whose value differs between base and head. */
export interface OptionChange {
  option: string;
  base: unknown;
  head: unknown;
  change: string;
  how: string | null;
  /** The files that define it at the head. */
  files: string[];
}

/**
 * New bytes grouped by the newly added dependency that brings them in:
 * "+110 MiB via system-path → iproute2 → python3".
 */
export interface Growth {
  /** The first path on the chain whose package is new to the closure (or the added path itself). */
  via: string;
  addedSize: number;
  addedPaths: number;
  /** The NixOS option and module file behind it, where they were found (explain-options). */
  cause?: OptionCause;
}

/** One store path of a duplicated package; why it is in the closure is in the target's `parents`. */
export interface DuplicatePath {
  path: string;
  narSize: number;
}

/**
 * A package the head has in more than one version or variant: two glibc versions, systemd
 * beside systemd-minimal. A device stores (and downloads) every one of them.
 */
export interface Duplicate {
  /** The package without its variant suffix: `util-linux` for util-linux and util-linux-minimal. */
  name: string;
  /**
   * Its variants, `util-linux-2.39` and `util-linux-minimal-2.39`, in the order of `paths`: the
   * derivation's name where Nix named a path's deriver (a path's own name can mislead), else the
   * path's name without its output. Absent in reports written before it was kept.
   */
  variants?: string[];
  /** Every path of every variant, variant by variant (by name, then version), with its NAR size. */
  paths: DuplicatePath[];
  /** The NAR sizes of all of them together. */
  size: number;
  /** true when the base had at most one variant of this package: this change made it a duplicate. */
  new: boolean;
}

/** What a device that runs the base downloads to run the head: the paths it does not have yet. */
export interface UpdateCost {
  /** The NAR size of the added paths (head and not base); for an image, of the store paths inside it. */
  narSize: number;
  /**
   * Their NARs compressed one by one with zstd (level 3), as a binary cache serves them; null
   * when they could not be measured (not in the local store), with a note saying why.
   */
  compressedSize: number | null;
  /**
   * An image target's: what an A/B update (a device that writes the whole image to its other
   * slot) downloads, the head image compressed with zstd.
   */
  image?: { compressedSize: number };
}

/**
 * An image target: its output is a disk image of store paths (core/image.ts), analysed as the
 * closure inside it. The system's story is told once: when another target's head closure is
 * inside the image (its toplevel), the comment tells it under that target.
 */
export interface ImageContents {
  /** The target whose head closure the image holds (the toplevel); null when none is a target. */
  system: string | null;
  /** The store paths in the image that `system`'s closure lacks, biggest first; empty without one. */
  extra: PathSize[];
}

export interface ForbiddenPath {
  path: string;
  pattern: string;
  /** true when the path is absent from the base closure. */
  new: boolean;
}

export interface AllowedPath {
  path: string;
  forbiddenBy: string;
  allowedBy: string;
  reason: string;
}

export type BudgetUnit = 'bytes' | 'percent';

export interface BudgetResult {
  /** The option that set it, and the measure when it is not the default one: `max-image-increase (compressed)`. */
  name: string;
  /** A limit on the head's size, or on its growth over the base. */
  kind: 'size' | 'increase';
  limit: number;
  actual: number;
  unit: BudgetUnit;
  ok: boolean;
}

export interface TargetReport {
  name: string;
  ok: boolean;
  base: SideSummary;
  head: SideSummary;
  closureSizeDelta: number;
  pathCountDelta: number;
  /** Present when the target is an image of store paths: its sizes are then those inside it. */
  contents?: ImageContents;
  update: UpdateCost;
  added: PathSize[];
  removed: PathSize[];
  packages: PackageChange[];
  heavy: HeavyPath[];
  growth: Growth[];
  duplicates: Duplicate[];
  forbidden: ForbiddenPath[];
  allowed: AllowedPath[];
  budgets: BudgetResult[];
  /** The default branch's last totals before this change, oldest first (from the baseline cache). */
  trend?: TrendPoint[];
  /** The NixOS options whose values changed (explain-options), when the target is a NixOS configuration. */
  options?: { changed: OptionChange[] };
  /** Things the reader should know that are not failures (a base that was reused, a glob with two matches). */
  notes: string[];
  /** The chains of the heavy, forbidden and duplicated paths and of each growth's `via`, shared. */
  parents: ChainParents;
  /**
   * A merged report (mode: aggregate) keeps, on each target, what its own report decided: the
   * waiver of its budgets and the settings it was judged by. Absent: the report's own apply.
   */
  waiver?: Waiver | null;
  settings?: ReportSettings;
}

export interface ReportSettings {
  heavyThreshold: number;
  forbid: string[];
  allow: { pattern: string; reason: string }[];
}

/** One commit's totals, for the trend chart. */
export interface TrendPoint {
  commit: string;
  closureSize: number;
  /** Apparent size of the image, when the target has one. */
  imageSize: number | null;
}

export interface Report {
  schemaVersion: 2;
  tool: { name: 'nix-size-guard'; version: string };
  /** Which configuration this report is about (the action's comment-key); merged reports keep it in target names. */
  name?: string;
  ok: boolean;
  base: { label: string };
  head: { label: string };
  settings: ReportSettings;
  targets: TargetReport[];
  /** Budget failures turned into warnings by a pull-request label (forbidden paths never are). */
  waiver?: Waiver | null;
}

export interface Waiver {
  label: string;
  /** Who put the label on, when GitHub says. */
  by: string | null;
}
