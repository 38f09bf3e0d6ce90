/** What a research cell answered without web search says about itself, so nobody takes it for researched. */
export const NO_SEARCH_NOTE = 'Answered without web search: no search tool is configured (set SEARXNG_URL).';

/**
 * A cell's note: the answer's own (a criterion grade's reason) or else the pages read as its sources,
 * after the no-search note when a research cell could not search.
 */
export function researchNote(
  answerNote: string | null,
  sources: string[],
  withoutSearch: boolean,
): string | null {
  const own = answerNote ?? (sources.length > 0 ? `Sources: ${sources.join(' ')}` : null);
  if (!withoutSearch) return own;
  return own ? `${NO_SEARCH_NOTE} ${own}` : NO_SEARCH_NOTE;
}
