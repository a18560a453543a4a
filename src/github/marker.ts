// The hidden line that names the guard's sticky comment: one comment per comment-key, so two
// guards on one pull request (say `hosts` and `images`) keep two comments. Changing this format
// orphans every comment already posted: the next run would not find it and add a second one.
import { UsageError } from '../core/errors.js';

/** What a comment-key may hold: nothing that could end the HTML comment or break the line. */
export const COMMENT_KEY_PATTERN = /^[A-Za-z0-9._-]+$/;

/** `<!-- nix-size-guard:KEY -->`, the first line of the comment; GitHub renders it as nothing. */
export function commentMarker(key: string): string {
  if (!COMMENT_KEY_PATTERN.test(key)) {
    throw new UsageError(`comment-key: '${key}' may hold only letters, digits, '.', '_' and '-'`);
  }
  return `<!-- nix-size-guard:${key} -->`;
}

/** Whether a comment body carries the marker (anywhere: a person may have edited the text around it). */
export function carriesMarker(body: string | null | undefined, marker: string): boolean {
  return body?.includes(marker) ?? false;
}
