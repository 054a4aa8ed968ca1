import { describeFormIssue, describeIssue, type SettingsIssue } from '../core/settings';

/**
 * Issues as sentences, each once. `byLabel`: for the rule editor, where a field
 * is named by its label alone; elsewhere its name in the file follows.
 */
export function IssueList({ issues, byLabel = false }: { issues: SettingsIssue[]; byLabel?: boolean }) {
  const lines = [...new Set(issues.map(byLabel ? describeFormIssue : describeIssue))];
  if (lines.length === 1) return <p>{lines[0]}</p>;
  return (
    <ul>
      {lines.map((line) => (
        <li key={line}>{line}</li>
      ))}
    </ul>
  );
}
