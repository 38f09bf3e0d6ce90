import type { Logger } from '../logger.ts';
import type { SecretBox } from '../secrets/secret-box.ts';
import type { Providers } from '../services/ai/providers.ts';
import type { RowAccess } from '../services/rows/row-access.ts';
import type { Store } from '../services/store/store.ts';

/** What the MCP tools work with: the same services the HTTP routes call, never the HTTP API itself. */
export interface McpContext {
  store: Store;
  rows: RowAccess;
  providers: Providers;
  logger: Logger;
  /** Extractions: the box that seals webhook secrets, and the worker to wake when one is created. */
  extract: { secrets: SecretBox; wake: () => void };
}

/** Who history and runs name as the author of what an agent does through MCP. */
export const MCP_ACTOR = 'mcp';
