// Reads the bulk-account CSV (header: username,name,role,unit_code,position,nip; comma or
// semicolon, as spreadsheets in Indonesian locales save it; split by domain/csv.ts) into validated
// rows or line errors.
import { userCreateSchema, userImportColumns } from '../../../api/admin';
import type { OrgUnit } from '../../../domain/org-unit';
import type { Role } from '../../../domain/role';
import { parseCsv } from '../../../domain/csv';

type Row = { line: number; input: ReturnType<typeof userCreateSchema.parse> };
type LineError = { line: number; message: string };

const roleNames: Record<string, Role> = {
  operator: 'operator', head: 'head', kepala: 'head', evaluator: 'evaluator', leader: 'leader', pimpinan: 'leader', admin: 'admin',
};

const messages = {
  header: { id: 'Baris judul harus: username,name,role,unit_code,position,nip.', en: 'The header must be: username,name,role,unit_code,position,nip.' },
  columns: { id: 'Jumlah kolom tidak sesuai.', en: 'Wrong number of columns.' },
  username: { id: 'Nama pengguna harus 3–80 huruf kecil, angka, titik, garis bawah atau tanda hubung.', en: 'The username must be 3–80 lower-case letters, digits, dots, underscores or hyphens.' },
  duplicate: { id: 'Nama pengguna muncul lebih dari sekali di berkas.', en: 'The username appears more than once in the file.' },
  name: { id: 'Nama wajib diisi.', en: 'The name is required.' },
  role: { id: 'Peran tidak dikenal (operator, kepala, evaluator, pimpinan, admin).', en: 'Unknown role (operator, head, evaluator, leader, admin).' },
  unit: { id: 'Kode unit kerja tidak ditemukan atau tidak aktif.', en: 'The unit code does not exist or is inactive.' },
  nip: { id: 'NIP harus 18 digit atau kosong.', en: 'The NIP must be 18 digits or empty.' },
  empty: { id: 'Berkas tidak berisi akun.', en: 'The file contains no accounts.' },
} as const;

export function parseUserCsv(csv: string, options: { units: OrgUnit[]; language: 'id' | 'en' }): { rows: Row[]; errors: LineError[] } {
  const say = (key: keyof typeof messages) => messages[key][options.language];
  const records = parseCsv(csv).records;
  const header = (records[0] ?? []).map((h) => h.toLowerCase());
  if (header.join(',') !== userImportColumns.join(',')) return { rows: [], errors: [{ line: 1, message: say('header') }] };
  const unitsByCode = new Map(options.units.filter((u) => u.active).map((u) => [u.code.toLowerCase(), u]));
  const rows: Row[] = [];
  const errors: LineError[] = [];
  const seen = new Set<string>();
  records.slice(1).forEach((fields, index) => {
    const line = index + 2;
    if (fields.every((f) => f === '')) return;
    if (fields.length !== userImportColumns.length) { errors.push({ line, message: say('columns') }); return; }
    const [username = '', name = '', role = '', unitCode = '', position = '', nip = ''] = fields;
    const problems: string[] = [];
    const unit = unitsByCode.get(unitCode.toLowerCase());
    const roleValue = roleNames[role.toLowerCase()];
    if (!roleValue) problems.push(say('role'));
    if (!unit) problems.push(say('unit'));
    const parsed = userCreateSchema.safeParse({
      username, name, role: roleValue ?? 'operator', orgUnitId: unit?.id ?? '00000000-0000-0000-0000-000000000000', position, nip: nip === '' ? null : nip,
    });
    if (!parsed.success) {
      const paths = new Set(parsed.error.issues.map((i) => String(i.path[0])));
      if (paths.has('username')) problems.push(say('username'));
      if (paths.has('name')) problems.push(say('name'));
      if (paths.has('nip')) problems.push(say('nip'));
      if (paths.has('position')) problems.push(say('columns'));
    }
    if (parsed.success && seen.has(parsed.data.username)) problems.push(say('duplicate'));
    if (problems.length > 0 || !parsed.success) { errors.push({ line, message: problems.join(' ') }); return; }
    seen.add(parsed.data.username);
    rows.push({ line, input: parsed.data });
  });
  if (rows.length === 0 && errors.length === 0) errors.push({ line: 1, message: say('empty') });
  return { rows, errors };
}
