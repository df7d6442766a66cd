// The sha256 that names a file (evidence, a PK scan) on the device and on the server.
export async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  // A view, not the buffer itself: a File's buffer may come from another realm (e.g. a test DOM).
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(bytes));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
