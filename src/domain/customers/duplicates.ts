/** Names compare equal after full-width → half-width, case folding and removing spaces and punctuation. */
export function normalizeCustomerName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}]/gu, '');
}

/** Mainland mobile numbers: digits only, without a +86 / 0086 prefix. */
export function normalizeMobile(mobile: string): string {
  const digits = mobile.replace(/\D/g, '');
  return digits.replace(/^(0086|86)(?=1\d{10}$)/, '');
}

export function isMainlandMobile(mobile: string): boolean {
  return /^1[3-9]\d{9}$/.test(normalizeMobile(mobile));
}
