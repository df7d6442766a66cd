// Stands in for jsPDF's optional dependencies, html2canvas, canvg and DOMPurify (vite.config.ts
// aliases them here): jsPDF imports them only for doc.html() and SVG images, which no document of
// ours uses. Bundled, they were 107 kB gzip of every tablet's install (docs/performance.md).
export default function notBundled(): never {
  throw new Error('This part of jsPDF (html(), SVG images) is not in the app build.');
}
