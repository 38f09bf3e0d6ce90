import type { FileLimits } from './files.ts';

/** Extraction settings (from config.ts; documented in the README). */
export interface ExtractConfig {
  files: FileLimits;
  chunkChars: number;
  overlapChars: number;
  /** Downloads of file_urls: largest answer and longest wait. */
  urlMaxBytes: number;
  urlTimeoutMs: number;
  /** The model images are sent to (AI_TABLES_VISION_MODEL); without one they fail saying so. */
  visionModel: string | undefined;
  /** Webhooks: HMAC key (X-Lasso-Signature), waits before each retry, and one attempt's timeout. */
  webhookSecret: string | undefined;
  webhookRetryDelaysMs: number[];
  webhookTimeoutMs: number;
}
