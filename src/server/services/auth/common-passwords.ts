// The server's list of common passwords: zxcvbn-ts's "passwords-common" (~49,000 entries from
// breach corpora, maintained with the zxcvbn-ts project) plus the domain's own Indonesian list.
// Server only: at ~400 kB it would more than double the client's first load.
import { dictionary } from '@zxcvbn-ts/language-common';

let common: Set<string> | null = null;

/** Whether a lower-case candidate is a known common password (password-policy.ts asks). */
export function isCommonPassword(lowerCase: string): boolean {
  common ??= new Set(dictionary['passwords-common'].map((p) => p.toLowerCase()));
  return common.has(lowerCase);
}
