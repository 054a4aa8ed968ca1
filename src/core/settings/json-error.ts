import { errorMessage } from '../errors';
import { t } from '../i18n';

export interface TextPlace {
  line: number;
  column: number;
}

/**
 * Where JSON.parse stopped, read from its error message: Chromium's V8 says
 * "… at position 79 (line 1 column 80)", older V8 (Node 20) only "at position 79",
 * Firefox "… at line 1 column 80 of the JSON data". Other messages give no place.
 */
export function jsonErrorPlace(message: string, text: string): TextPlace | undefined {
  const lineAndColumn = /\(line (\d+) column (\d+)\)/.exec(message) ?? /\bat line (\d+) column (\d+)/.exec(message);
  if (lineAndColumn) return { line: Number(lineAndColumn[1]), column: Number(lineAndColumn[2]) };
  const position = /\bat position (\d+)/.exec(message);
  return position ? placeOfOffset(text, Number(position[1])) : undefined;
}

/** The line and column (both from 1) of a character offset in a text; lines end at "\n". */
export function placeOfOffset(text: string, offset: number): TextPlace {
  const at = Math.max(0, Math.min(offset, text.length));
  const before = text.slice(0, at);
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, column: at - lineStart + 1 };
}

/** What to tell the user about a file JSON.parse refused: the parser's own words are not for people. */
export function notJsonMessage(error: unknown, text: string): string {
  const place = jsonErrorPlace(errorMessage(error), text);
  return place ? t('issueNotJsonAt', place.line, place.column) : t('issueNotJson');
}
