// Readings of what models and people write into the value a format stores. Each returns undefined when
// the text cannot be read as such a value: the caller reports it, never guesses.

const SUFFIXES: Record<string, number> = { k: 1e3, m: 1e6, mm: 1e6, b: 1e9, bn: 1e9, t: 1e12 };

/** "1,234.5", "-3", "1.2M", "12%" (as 12) ; not "about 5" or "5 or 6". */
export function coerceNumber(input: string | number): number | undefined {
  if (typeof input === 'number') return Number.isFinite(input) ? input : undefined;
  const match =
    /^\s*([-+]?)\s*((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+)\s*(k|m|mm|b|bn|t)?\s*%?\s*$/i.exec(input);
  if (!match) return undefined;
  const [, sign, digits = '', suffix] = match;
  const value = Number(digits.replaceAll(',', '')) * (suffix ? (SUFFIXES[suffix.toLowerCase()] ?? 1) : 1);
  return sign === '-' ? -value : value;
}

/** "https://a.example/x", or "a.example/x" given a scheme; only http(s). */
export function coerceUrl(input: string): string | undefined {
  const trimmed = input.trim();
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  try {
    const url = new URL(withScheme);
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return undefined;
    if (!url.hostname.includes('.') || /\s/.test(trimmed)) return undefined;
    return url.toString();
  } catch {
    return undefined;
  }
}

/** A date as YYYY-MM-DD or a full ISO date-time, or a date written out ("April 3, 2026"); as ISO UTC. */
export function coerceDate(input: string): string | undefined {
  const trimmed = input.trim();
  const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(trimmed);
  const time = Date.parse(day ? `${trimmed}T00:00:00Z` : trimmed);
  if (Number.isNaN(time) || !/\d{4}/.test(trimmed)) return undefined;
  const iso = new Date(time).toISOString();
  // Date.parse rolls 2026-02-30 over to March: a day that does not exist is not a date.
  if (day && iso.slice(0, 10) !== trimmed) return undefined;
  return iso;
}

/** A phone number with 7 to 15 digits, kept as written but for stray characters: "+1 (555) 010-9999". */
export function coercePhone(input: string): string | undefined {
  const trimmed = input.trim();
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return undefined;
  const digits = trimmed.replace(/\D/g, '');
  if (digits.length < 7 || digits.length > 15) return undefined;
  return trimmed.replace(/\s+/g, ' ');
}

const SYMBOLS: Record<string, string> = { $: 'USD', '€': 'EUR', '£': 'GBP', '¥': 'JPY', '₹': 'INR' };

/** "$1.2M", "EUR 300", "300 EUR", "1,200 USD" as an amount and a currency code. */
export function moneyFromText(input: string): { amount: number; currency: string } | undefined {
  const trimmed = input.trim();
  const symbol = /^([$€£¥₹])\s*(.+)$/.exec(trimmed);
  if (symbol) {
    const amount = coerceNumber(symbol[2] ?? '');
    const currency = SYMBOLS[symbol[1] ?? ''];
    return amount === undefined || !currency ? undefined : { amount, currency };
  }
  const coded = /^([A-Za-z]{3})\s+(.+)$/.exec(trimmed) ?? /^(.+?)\s+([A-Za-z]{3})$/.exec(trimmed);
  if (!coded) return undefined;
  const [code, figure] = /^[A-Za-z]{3}$/.test(coded[1] ?? '') ? [coded[1], coded[2]] : [coded[2], coded[1]];
  const amount = coerceNumber(figure ?? '');
  return amount === undefined || !code ? undefined : { amount, currency: code.toUpperCase() };
}
