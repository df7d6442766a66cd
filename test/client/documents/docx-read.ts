// Reads a generated DOCX back as Word would show it: the body's paragraphs and its tables (rows of
// cell texts), from word/document.xml inside the zip. Enough to assert what a reader sees.
import { strFromU8, unzipSync } from 'fflate';

const unescape = (text: string): string =>
  text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

const textOf = (xml: string): string => [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((m) => unescape(m[1] ?? '')).join('');

export interface DocxContent {
  /** Every paragraph's text outside tables, in order. */
  paragraphs: string[];
  /** Each table's rows of cell texts (a cell's paragraphs joined by a newline). */
  tables: string[][][];
}

export function readDocx(bytes: Uint8Array): DocxContent {
  const files = unzipSync(bytes);
  const documentXml = files['word/document.xml'];
  if (!documentXml) throw new Error('no word/document.xml in the file');
  const xml = strFromU8(documentXml);
  const tables = [...xml.matchAll(/<w:tbl>([\s\S]*?)<\/w:tbl>/g)].map((t) =>
    [...(t[1] ?? '').matchAll(/<w:tr[ >]([\s\S]*?)<\/w:tr>/g)].map((r) =>
      [...(r[1] ?? '').matchAll(/<w:tc>([\s\S]*?)<\/w:tc>/g)].map((c) =>
        [...(c[1] ?? '').matchAll(/<w:p[ >]([\s\S]*?)<\/w:p>/g)].map((p) => textOf(p[1] ?? '')).join('\n'))));
  const outside = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
  const paragraphs = [...outside.matchAll(/<w:p[ >]([\s\S]*?)<\/w:p>/g)].map((p) => textOf(p[1] ?? ''));
  return { paragraphs, tables };
}
