/** Masked forms shown outside a user's data scope (SPEC §2.5). */
export function maskMobile(mobile: string): string {
  const digits = mobile.replace(/\D/g, '');
  if (digits.length < 7) return '****';
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

export function maskEmail(email: string): string {
  const at = email.indexOf('@');
  if (at < 1) return '***';
  return `${email[0]}***${email.slice(at)}`;
}

/** 张三 → 张*, 欧阳娜娜 → 欧***; latin names keep their first letter. */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '';
  return `${chars[0]}${'*'.repeat(Math.max(1, chars.length - 1))}`;
}

/** Keeps the province/city part of an address, hides the street. */
export function maskAddress(address: string): string {
  const chars = [...address];
  return `${chars.slice(0, Math.min(6, Math.ceil(chars.length / 3))).join('')}****`;
}

export function maskGeneric(value: string): string {
  const chars = [...value];
  if (chars.length <= 2) return '**';
  return `${chars[0]}${'*'.repeat(chars.length - 2)}${chars[chars.length - 1]}`;
}
