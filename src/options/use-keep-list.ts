import { useRef, useState } from 'preact/hooks';
import { joinSentences, t } from '../core/i18n';
import { asSentence, describeFormIssue, type SettingsIssue } from '../core/settings';
import type { Save } from './use-feedback';

const place = { at: 'keep' } as const;

/**
 * The keep list's intents: Add sends the whole list with the typed site at its
 * end, and shows the background's refusal under the field; Remove hands focus
 * to the notice's Undo, since its button is gone.
 */
export function useKeepList(keep: readonly string[], save: Save) {
  const [typed, setTyped] = useState('');
  const [error, setError] = useState<string>();
  const field = useRef<HTMLInputElement>(null);
  const refuse = (why: string) => {
    setError(why);
    field.current?.focus();
  };
  const add = async (event: Event) => {
    event.preventDefault();
    const entry = typed.trim();
    if (keep.includes(entry.toLowerCase())) return refuse(t('keepAlready', entry));
    await save({ kind: 'setKeep', keep: [...keep, entry] }, t('keepSaved'), {
      failedAt: place,
      onRefused: (issues) => refuse(refusalOf(issues, keep.length)),
      onSaved: () => {
        setTyped('');
        setError(undefined);
      },
    });
  };
  const remove = (entry: string) =>
    save({ kind: 'setKeep', keep: keep.filter((kept) => kept !== entry) }, t('keepSaved'), {
      failedAt: place,
      focus: 'undo',
    });
  return { typed, setTyped, error, field, add, remove };
}

/** What is wrong with the typed site, named as the field is ("Site to keep is empty."); anything else as it is. */
function refusalOf(issues: readonly SettingsIssue[], index: number): string {
  const sentences = issues.map((issue) =>
    issue.field === `keep[${index}]`
      ? asSentence(t('issueOfField', t('keepSiteLabel'), issue.message))
      : describeFormIssue(issue),
  );
  return joinSentences([...new Set(sentences)]);
}
