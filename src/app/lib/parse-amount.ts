/**
 * A money amount (or a count) as a person types it: "0.50", "$1.50", "1,500". A comma is read only as
 * a thousands separator; "1,5" (a decimal comma) is refused with a message rather than read as 15,
 * which would set a limit or a price ten times the one meant. Empty is `null`.
 */
export function parseAmount(typed: string): { amount: number | null } | { error: string } {
  const text = typed.trim().replace(/^\$\s*/, '');
  if (text === '') return { amount: null };
  if (text.includes(',') && !/^-?\d{1,3}(,\d{3})+(\.\d*)?$/.test(text))
    return { error: 'Write decimals with a point (1.5); a comma only separates thousands (1,500)' };
  const amount = Number(text.replaceAll(',', ''));
  return Number.isFinite(amount) ? { amount } : { error: 'Enter a number, like 0.50' };
}
