/** Rule `disputed-without-claims` (EDITORIAL.md rule 1): a disputed event names who claims and who denies. */
import type { LintFinding } from './finding.ts';

export function disputedWithoutClaims(certainty: string, claims: number): LintFinding[] {
  return certainty === 'disputed' && claims < 2
    ? [
        {
          field: 'claims',
          rule: 'disputed-without-claims',
          message: `at least two claims (who claims, who denies) for certainty "disputed", but found ${claims} (EDITORIAL rule 1)`,
        },
      ]
    : [];
}
