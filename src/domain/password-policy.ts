// Password policy (issue 6): at least 10 characters, not a well-known password, not the username.
// Plain data and a pure check, so the client can say what is wrong before the server refuses.

export const minPasswordLength = 10;
export const maxPasswordLength = 200;

/** Small on purpose: the most common passwords worldwide plus Indonesian favourites. */
const commonPasswords = new Set([
  '1234567890', '12345678910', '0123456789', '1111111111', '0000000000', '1234512345', '9876543210',
  'password12', 'password123', 'password1234', 'passw0rd123', 'qwertyuiop', 'qwerty1234', 'qwerty12345',
  'asdfghjkl1', '1q2w3e4r5t', 'iloveyou12', 'abcdefghij', 'abc1234567', 'abcd123456', 'admin12345',
  'administrator', 'welcome123', 'letmein123', 'sayanggue1', 'katasandi1', 'katasandi123', 'rahasia123',
  'indonesia1', 'indonesia123', 'bismillah1', 'bismillah123', 'merdeka1945', 'jakarta123', 'pemda12345',
  'sakip12345', 'kinerja123', 'kinerja2026', 'pantaukinerja', 'superadmin', 'operator123', 'passwordku',
  'sayangkamu', 'alhamdulillah', 'kalimantan1', 'kaltim12345',
]);

export type PasswordProblem = 'tooShort' | 'tooLong' | 'common' | 'containsUsername';

export function checkPasswordPolicy(password: string, context: { username?: string } = {}): PasswordProblem | null {
  if ([...password].length < minPasswordLength) return 'tooShort';
  if (password.length > maxPasswordLength) return 'tooLong';
  const lower = password.toLowerCase();
  if (commonPasswords.has(lower) || commonPasswords.has(lower.replace(/[^a-z0-9]/g, ''))) return 'common';
  const username = context.username?.toLowerCase();
  if (username && username.length >= 3 && lower.includes(username)) return 'containsUsername';
  return null;
}
