import * as v from 'valibot';
import { issuesOf, type SettingsIssue } from './issues';
import { KeepListSchema, SiteName } from './schema';

/**
 * The keep list, each site once. A wrong entry is reported, naming it, and
 * left out, while the right ones are kept: a file or a change with any error
 * is refused by its caller, but a list read from storage must not lose every
 * kept site (Log out of all sites would then log out of them) to one entry a
 * newer SignOff wrote.
 */
export function parseKeepList(input: unknown, issues: SettingsIssue[]): string[] {
  if (input === undefined) return [];
  const whole = v.safeParse(KeepListSchema, input);
  if (whole.success) return [...new Set(whole.output)];
  // Valibot names an entry's place in the list ("[1]"); the file names it under `keep` ("keep[1]").
  issues.push(...issuesOf('', whole.issues).map((issue) => ({ ...issue, field: `keep${issue.field ?? ''}` })));
  if (!Array.isArray(input)) return [];
  const kept = input.flatMap((entry) => {
    const parsed = v.safeParse(SiteName, entry);
    return parsed.success ? [parsed.output] : [];
  });
  return [...new Set(kept)];
}
