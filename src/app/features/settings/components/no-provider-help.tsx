/** What to configure when no provider is: the environment variables, or a provider added here. */
export function NoProviderHelp() {
  return (
    <div className="no-provider" role="note" aria-labelledby="no-provider-title">
      <h3 id="no-provider-title" className="no-provider__title">
        No AI provider is configured yet
      </h3>
      <p>AI columns need a model to call. Either start the server with one of these environment variables:</p>
      <dl className="no-provider__vars">
        <dt>
          <code>OPENAI_API_KEY</code>
        </dt>
        <dd>OpenAI.</dd>
        <dt>
          <code>OPENAI_BASE_URL</code>
        </dt>
        <dd>
          Any OpenAI-compatible server: Ollama (<code>http://localhost:11434/v1</code>), vLLM, llama.cpp. Add
          OPENAI_API_KEY if it asks for a key.
        </dd>
        <dt>
          <code>ANTHROPIC_API_KEY</code>
        </dt>
        <dd>Anthropic.</dd>
      </dl>
      <p>
        (<code>AI_TABLES_MODEL</code> picks the default model.) Or add a provider below: it is stored on this
        server and works at once, without a restart.
      </p>
    </div>
  );
}
