import { Counter, Gauge, Histogram } from './registry.ts';

/**
 * The server's metrics, one set per process, served at /api/metrics. Kept in memory: each server
 * of several reports its own, and Prometheus sums them.
 */
export const metrics = {
  httpRequests: new Counter(
    'ai_tables_http_requests_total',
    'API requests answered, by method, route and status',
  ),
  httpDuration: new Histogram(
    'ai_tables_http_request_duration_seconds',
    'API request latency, by method and route',
  ),
  httpInFlight: new Gauge('ai_tables_http_requests_in_flight', 'API requests being handled now'),
  providerCalls: new Counter(
    'ai_tables_provider_calls_total',
    'Model calls, by provider and outcome (ok, error)',
  ),
  providerErrors: new Counter(
    'ai_tables_provider_errors_total',
    'Failed model calls, by provider and retryable',
  ),
  providerTokens: new Counter(
    'ai_tables_provider_tokens_total',
    'Tokens used by model calls, by provider and direction',
  ),
  providerDuration: new Histogram(
    'ai_tables_provider_call_duration_seconds',
    'Model call latency, by provider',
  ),
  storeDuration: new Histogram(
    'ai_tables_store_operation_duration_seconds',
    'Store operations, by engine and kind',
  ),
  aiCells: new Gauge('ai_tables_ai_cells', 'AI cells by status, across all tables (read when scraped)'),
  aiQueueDepth: new Gauge('ai_tables_ai_queue_depth', 'AI cells waiting for a call (status requested)'),
};

/** What a model call reports to the metrics: the provider, and how it went. */
export interface CallReport {
  ok: boolean;
  retryable?: boolean;
  tokensIn?: number | null;
  tokensOut?: number | null;
  latencyMs: number;
}

/** Counts one model call, its tokens and its failure, if it failed. */
export function recordProviderCall(provider: string, report: CallReport): void {
  metrics.providerCalls.inc({ provider, outcome: report.ok ? 'ok' : 'error' });
  metrics.providerDuration.observe({ provider }, report.latencyMs / 1000);
  if (!report.ok) metrics.providerErrors.inc({ provider, retryable: String(Boolean(report.retryable)) });
  if (report.tokensIn) metrics.providerTokens.inc({ provider, direction: 'in' }, report.tokensIn);
  if (report.tokensOut) metrics.providerTokens.inc({ provider, direction: 'out' }, report.tokensOut);
}
