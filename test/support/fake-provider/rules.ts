/** What the fake provider does for a request: scripted by tests, matched in order. */
export interface FakeRule {
  /** Applies to requests for this model only (tests use a model name of their own). */
  model?: string;
  /** Applies when the prompt contains this text. */
  match?: string;
  /** Applies this many times, then the next rule gets its turn; forever when absent. */
  times?: number;
  /** Wait this long before answering. */
  delayMs?: number;
  /** Never answer (the client's timeout must end the call). */
  hang?: boolean;
  /** Answer with this HTTP status and an error body (429, 500, 401, ...). */
  status?: number;
  /** With a status: the Retry-After header, in seconds. */
  retryAfter?: number;
  /** The assistant's message content, verbatim (say, malformed JSON). */
  content?: string;
  /** The assistant's message content as this value's JSON. */
  reply?: unknown;
  /** Answer with a call of this tool instead of content (research agents). */
  toolCall?: { name: string; arguments: unknown };
}

export interface FakeCall {
  model: string;
  prompt: string;
  at: number;
  /** The JSON Schema the client asked the answer to follow, if any. */
  schema: unknown;
  tools: string[];
  /** The images the user's messages carried, as the URLs sent (data URLs). */
  images: string[];
  /** Every message the model was sent, as "role: text" (tool results included). */
  conversation: string[];
  /** The x-ai-tables-instance header: which server process called. */
  instance: string | null;
  /** The authorization header: the API key the server called with. */
  authorization: string | null;
}

/** Rules with how many uses each has left. */
export class RuleBook {
  #rules: Array<FakeRule & { left: number }> = [];

  set(rules: FakeRule[]): void {
    this.#rules = rules.map((rule) => ({ ...rule, left: rule.times ?? Number.POSITIVE_INFINITY }));
  }

  add(rules: FakeRule[]): void {
    this.#rules.push(...rules.map((rule) => ({ ...rule, left: rule.times ?? Number.POSITIVE_INFINITY })));
  }

  /** The first rule that applies to this call, used up by one. */
  take(call: FakeCall): FakeRule | undefined {
    const rule = this.#rules.find(
      (candidate) =>
        candidate.left > 0 &&
        (candidate.model === undefined || candidate.model === call.model) &&
        (candidate.match === undefined || call.prompt.includes(candidate.match)),
    );
    if (rule) rule.left--;
    return rule;
  }
}
