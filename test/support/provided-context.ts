declare module 'vitest' {
  export interface ProvidedContext {
    /** Where the server under test listens, e.g. http://127.0.0.1:41234 */
    baseUrl: string;
    /**
     * Which store the server runs on: the default embedded store (native PostgreSQL in DATA_DIR), the
     * PGlite one, or an external PostgreSQL (DATABASE_URL) that several servers may share.
     */
    engine: 'embedded' | 'pglite' | 'postgres';
    /** The environment that points a server at the same store (DATA_DIR or DATABASE_URL). */
    storeEnv: Record<string, string>;
    /** On an embedded store: an empty store of the suite's kind, for copies (`freshEmbeddedStore`). */
    emptyStore?: string;
    /** The fake OpenAI-compatible provider the server calls (http://127.0.0.1:PORT/v1). */
    fakeProviderUrl: string;
    /** The AI settings the server was started with (provider, timeouts), to start others alike. */
    aiEnv: Record<string, string>;
  }
}

export {};
