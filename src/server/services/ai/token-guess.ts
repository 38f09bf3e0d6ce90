/** About four characters make a token in English text: close enough to size a run before it starts. */
export const CHARS_PER_TOKEN = 4;

/** What a final answer costs, by target type: a label is a few tokens, free text a sentence or two. */
const ANSWER_TOKENS: Partial<Record<string, number>> = { text: 80, json: 80, multiselect: 25 };
const DEFAULT_ANSWER_TOKENS = 15;

/** The tokens of an answer of this type or output format, as a guess. */
export const answerTokens = (kind: string): number => ANSWER_TOKENS[kind] ?? DEFAULT_ANSWER_TOKENS;

/** About how many tokens a text is. */
export const tokens = (text: string) => Math.ceil(text.length / CHARS_PER_TOKEN);
