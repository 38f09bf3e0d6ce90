/** What a pasted list of web addresses holds: the addresses, and the lines that hold none. */
export interface PastedAddresses {
  urls: string[];
  notAddresses: string[];
  /** Left-out lines that look like an address with a mistyped start ("htps://", "http//"): what was meant. */
  meant: Record<string, string>;
}

/** A mistyped "http://" or "https://" before a host: "htps://", "http//", "https:/", "htttp://". */
const MISTYPED_SCHEME = /^h?t{1,3}p{1,2}(s?):?\/{0,3}([\w-]+(?:\.[\w-]+)+(?:[/?#].*)?)$/i;

/** Quotes, brackets and punctuation pasted around an address ("<https://a.com/x>," from an email). */
const WRAPPING = /^[\s"'<([]+|[\s"'>)\],;.]+$/g;

/** An http(s) address from a pasted word, "https://" added when it starts with a host ("shop.com/list"); null otherwise. */
function addressOf(word: string): string | null {
  const bare = word.replace(WRAPPING, '');
  const withScheme = /^https?:\/\//i.test(bare)
    ? bare
    : /^[\w-]+(\.[\w-]+)+(\/|$)/.test(bare)
      ? `https://${bare}`
      : null;
  if (!withScheme) return null;
  try {
    const url = new URL(withScheme);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * Reads web addresses as people paste them: one or several a line, separated by spaces or commas,
 * blank lines and repeats ignored, a missing "https://" added. Lines holding no address are given
 * back, so the form can say what it left out instead of the server refusing the whole list.
 */
export function readAddresses(text: string): PastedAddresses {
  const urls = new Set<string>();
  const notAddresses: string[] = [];
  const meant: Record<string, string> = {};
  for (const line of text.split('\n').map((each) => each.trim())) {
    if (!line) continue;
    const found = line.split(/[\s,]+/).flatMap((word) => addressOf(word) ?? []);
    if (found.length === 0) {
      notAddresses.push(line);
      const typo = MISTYPED_SCHEME.exec(line.replace(WRAPPING, ''));
      const guess = typo && addressOf(`http${typo[1]?.toLowerCase()}://${typo[2]}`);
      if (guess) meant[line] = guess;
    }
    for (const url of found) urls.add(url);
  }
  return { urls: [...urls], notAddresses, meant };
}
