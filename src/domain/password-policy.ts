// Password policy: at least 10 characters, not a well-known password (also with digits or symbols
// around it), not mostly one character, not containing the username or the tenant's name. Plain
// data and a pure check, so the client says what is wrong before the server refuses. The server
// also passes `isCommon` over a list of ~49,000 common passwords (services/auth/common-passwords.ts),
// too big for the client's bundle; the short list here is what the client can check by itself.

export const minPasswordLength = 10;
export const maxPasswordLength = 200;
/** "aaaaaaaaaa", "ababababab", "1212121212": too few different characters to be guessed slowly. */
const minDistinctCharacters = 4;

/** The most common passwords worldwide that are long enough to pass the length rule, plus Indonesian favourites. */
const commonPasswords = new Set([
  '1234567890', '12345678910', '0123456789', '1111111111', '0000000000', '1234512345', '9876543210',
  'password', 'password12', 'password123', 'password1234', 'passw0rd123', 'qwertyuiop', 'qwerty1234', 'qwerty12345',
  'asdfghjkl1', '1q2w3e4r5t', 'iloveyou12', 'abcdefghij', 'abc1234567', 'abcd123456', 'admin12345',
  'administrator', 'welcome123', 'letmein123', 'sayanggue1', 'katasandi', 'katasandi1', 'katasandi123', 'rahasia', 'rahasia123',
  'indonesia', 'indonesia1', 'indonesia123', 'bismillah', 'bismillah1', 'bismillah123', 'merdeka1945', 'jakarta123', 'pemda12345',
  'sakip12345', 'kinerja', 'kinerja123', 'kinerja2026', 'pantaukinerja', 'superadmin', 'operator', 'operator123', 'passwordku',
  'sayangkamu', 'alhamdulillah', 'kalimantan', 'kalimantan1', 'kaltim12345', 'pemerintah', 'pemkab', 'pemprov',
]);

/** Words of a tenant's name that say nothing about it ("Pemerintah Kabupaten …"). */
const genericNameWords = new Set(['pemerintah', 'provinsi', 'kabupaten', 'kota', 'daerah', 'administrasi']);

export type PasswordProblem = 'tooShort' | 'tooLong' | 'repetitive' | 'common' | 'containsUsername' | 'containsTenantName';

export interface PasswordContext {
  username?: string;
  tenantName?: string;
  /** A larger list of common passwords (the server's), asked with lower-case candidates. */
  isCommon?: (lowerCase: string) => boolean;
}

/** What is compared with the lists: the password, its letters and digits, and its core without digits or symbols around it. */
function candidates(lower: string): string[] {
  const alphanumeric = lower.replace(/[^\p{L}\p{N}]/gu, '');
  const core = lower.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
  return [...new Set([lower, alphanumeric, core])].filter((c) => c.length >= 4);
}

function significantNameWords(tenantName: string): string[] {
  return tenantName.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4 && !genericNameWords.has(w));
}

export function checkPasswordPolicy(password: string, context: PasswordContext = {}): PasswordProblem | null {
  const characters = [...password];
  if (characters.length < minPasswordLength) return 'tooShort';
  if (password.length > maxPasswordLength) return 'tooLong';
  const lower = password.toLowerCase();
  if (new Set([...lower]).size < minDistinctCharacters) return 'repetitive';
  if (candidates(lower).some((c) => commonPasswords.has(c) || context.isCommon?.(c) === true)) return 'common';
  const username = context.username?.toLowerCase();
  if (username && username.length >= 3) {
    // "operator.dishub" also as "dishub": the part after the role is what people put in passwords.
    const parts = [username, ...username.split(/[^\p{L}\p{N}]+/u).filter((p) => p.length >= 4)];
    if (parts.some((part) => lower.includes(part))) return 'containsUsername';
  }
  if (context.tenantName && significantNameWords(context.tenantName).some((w) => lower.includes(w))) return 'containsTenantName';
  return null;
}
