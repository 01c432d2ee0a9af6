/**
 * Saves a Blob as a file the way a download link does: an object URL on an `<a download>`,
 * clicked, then released once the browser has had time to start the save.
 */
export function saveFile(blob: Blob, fileName: string, within: ParentNode & Node): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  within.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
