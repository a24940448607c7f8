// Saves a Blob as a file through a temporary object URL (allowed by the CSP: blob: is not needed for <a download>).
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

export function exportFileName(view: string, ext: string, now = new Date()): string {
  return `kies-${view}-${now.toISOString().slice(0, 10)}.${ext}`;
}
