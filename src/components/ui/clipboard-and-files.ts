/** Copies text to the clipboard; false when the browser refused (no permission, no focus). */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** Saves text as a file through the browser's download, without any server. */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  // Inside an open modal dialog the rest of the page is inert; a detached link still downloads.
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
