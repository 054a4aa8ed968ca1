/** Offers a JSON text as a file download, the way a link with a `download` attribute does. */
export function saveTextFile(name: string, text: string): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  link.download = name;
  link.click();
  // The download has its own copy by then; the object URL only holds memory.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
