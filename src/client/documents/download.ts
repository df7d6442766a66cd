// Hands a generated file to the browser: an object URL and an <a download>, then the URL is freed.
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns; free it a little later.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
