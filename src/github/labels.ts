// Intentional growth: is the waiver label on the pull request, and who put it there?

import type { Waiver } from '../core/types.js';
import type { GitHubClient } from './comment.js';

export async function findWaiver(
  octokit: GitHubClient,
  where: { owner: string; repo: string; issueNumber: number; label: string },
): Promise<Waiver | null> {
  const { owner, repo, issueNumber, label } = where;
  // Asked now, not read from the event: the label may have come after the push that started this run.
  const labels = await octokit.paginate(octokit.rest.issues.listLabelsOnIssue, { owner, repo, issue_number: issueNumber, per_page: 100 });
  if (!labels.some((l) => l.name === label)) return null;
  const events = await octokit.paginate(octokit.rest.issues.listEvents, { owner, repo, issue_number: issueNumber, per_page: 100 });
  const labeled = events.filter(
    (e) => e.event === 'labeled' && 'label' in e && (e as { label?: { name?: string } }).label?.name === label,
  );
  const last = labeled.at(-1) as { actor?: { login?: string } | null } | undefined;
  return { label, by: last?.actor?.login ?? null };
}
