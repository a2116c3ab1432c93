/** 客户编号: KH + the sequence number, zero-padded to at least 4 digits (KH0001 … KH9999, KH10000 …). */
export function customerCode(sequence: number): string {
  return `KH${String(sequence).padStart(4, '0')}`;
}
