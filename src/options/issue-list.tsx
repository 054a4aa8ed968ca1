import { describeIssue, type SettingsIssue } from '../core/settings';

export function IssueList({ issues }: { issues: SettingsIssue[] }) {
  return (
    <ul>
      {issues.map((issue) => (
        <li key={describeIssue(issue)}>{describeIssue(issue)}</li>
      ))}
    </ul>
  );
}
