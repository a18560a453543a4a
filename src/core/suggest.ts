// "Did you mean": the known name a misspelt one was meant to be, when one is close enough that
// suggesting it helps more than it misleads.

/**
 * The edit distance of `a` and `b`: insertions, deletions, substitutions and swaps of two
 * neighbouring characters, one each (a swap is the commonest typo: `--mxa-closure`).
 */
export function editDistance(a: string, b: string): number {
  // rows[i][j]: the distance of a's first i characters and b's first j.
  const rows: number[][] = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const row = rows[i] as number[];
      const above = rows[i - 1] as number[];
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min((above[j] as number) + 1, (row[j - 1] as number) + 1, (above[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) best = Math.min(best, ((rows[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = best;
    }
  }
  return (rows[a.length] as number[])[b.length] as number;
}

/**
 * The one name of `names` that `given` was likely meant to be, or null: the only name it begins
 * (`max-update` → `max-update-size`), else the nearest by edit distance when that is at most 3
 * and less than half the word (`sv` is 1 from `csv`, but in a word of two letters that is a guess), and no
 * other name is as near. Case is ignored: `--JSON` means `--json`.
 */
export function closestName(given: string, names: readonly string[]): string | null {
  const word = given.toLowerCase();
  const extended = names.filter((name) => name.startsWith(word));
  if (word.length >= 2 && extended.length === 1) return extended[0] as string;
  let best: string | null = null;
  let bestDistance = Number.POSITIVE_INFINITY;
  let tied = false;
  for (const name of names) {
    const distance = editDistance(word, name);
    if (distance < bestDistance) {
      best = name;
      bestDistance = distance;
      tied = false;
    } else if (distance === bestDistance) {
      tied = true;
    }
  }
  return best !== null && !tied && bestDistance <= 3 && bestDistance * 2 < word.length ? best : null;
}
