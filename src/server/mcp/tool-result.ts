import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import type { Logger } from '../logger.ts';
import {
  ConflictError,
  NotFoundError,
  ValidationError,
  VersionConflictError,
} from '../services/store/errors.ts';

/** A service error as a sentence an agent can act on: the message, then each detail on its own line. */
function readable(error: unknown): string | undefined {
  if (error instanceof ValidationError)
    return [
      error.message,
      ...error.details.map((detail) => `- ${detail.path ? `${detail.path}: ` : ''}${detail.message}`),
    ].join('\n');
  if (error instanceof VersionConflictError)
    return `${error.message}. The row now: ${JSON.stringify(error.current.data)}`;
  if (error instanceof NotFoundError || error instanceof ConflictError) return error.message;
  return undefined;
}

/**
 * Runs a tool's work and answers with its result as JSON text. A refusal from the services (bad input,
 * an unknown id, a conflict) comes back as a tool error the agent can read and correct; anything else
 * is logged and reported without its internals, as the HTTP API does with a 500.
 */
export async function toolResult(
  logger: Logger,
  tool: string,
  work: () => Promise<unknown>,
): Promise<CallToolResult> {
  try {
    const value = await work();
    return {
      content: [{ type: 'text', text: typeof value === 'string' ? value : JSON.stringify(value, null, 1) }],
    };
  } catch (error) {
    const text = readable(error);
    if (text === undefined) logger.error({ err: error, tool }, 'MCP tool failed');
    return {
      content: [{ type: 'text', text: text ?? `${tool} failed on the server; see its log` }],
      isError: true,
    };
  }
}
