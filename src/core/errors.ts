/** What an error says, for people: its message, without the "Error: " that String(error) puts first. */
export function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
