import * as v from 'valibot';
import { issuesOf, type SettingsIssue } from './issues';
import { KeepListSchema } from './schema';

/** The keep list, each site once; if any entry is not a site, the whole list is refused and none is kept. */
export function parseKeepList(input: unknown, issues: SettingsIssue[]): string[] {
  if (input === undefined) return [];
  const result = v.safeParse(KeepListSchema, input);
  if (!result.success) {
    // Valibot names an entry's place in the list ("[1]"); the file names it under `keep` ("keep[1]").
    issues.push(...issuesOf('', result.issues).map((issue) => ({ ...issue, field: `keep${issue.field ?? ''}` })));
    return [];
  }
  return [...new Set(result.output)];
}
