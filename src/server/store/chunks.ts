// Multi-row statements are split so that none exceeds PostgreSQL's 65,535 bind parameters
// (the widest table, realisations, has ~20 columns: 1,000 rows ≈ 20,000 parameters).
export const rowsPerStatement = 1000;

export function chunks<T>(items: readonly T[], size = rowsPerStatement): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}
