// File names a user recognises in their downloads folder: "PK-2026-Dinas-Kesehatan-v1.pdf".
const slug = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80) || 'dokumen';

export function documentFileName(parts: ReadonlyArray<string | number>, extension: 'pdf' | 'xlsx' | 'docx'): string {
  return `${parts.map((p) => slug(String(p))).filter((p) => p !== '').join('-')}.${extension}`;
}
