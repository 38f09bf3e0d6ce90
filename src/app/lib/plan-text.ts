import type { Estimate, Strategy } from '../../contract/enrich.ts';

export const STRATEGY_LABELS: Record<Strategy, string> = {
  'single-pass-lookup': 'Look up in one pass',
  'single-pass-classify': 'Classify in one pass',
  'research-and-synthesize': 'Research, then synthesize',
};

/** "1,234" below ten thousand, "12.3k", "1.2M" above: token counts at a glance. */
export function compactCount(value: number): string {
  if (value < 10_000) return value.toLocaleString('en-US');
  if (value < 1_000_000) return `${(value / 1000).toFixed(value < 100_000 ? 1 : 0)}k`;
  return `${(value / 1_000_000).toFixed(1)}M`;
}

/** "$0.0042", "$1.27", "$1,240": a cost as precise as it is small. */
export function formatCost(usd: number): string {
  if (usd === 0) return '$0';
  if (usd < 0.01) return `$${usd.toFixed(4)}`;
  if (usd < 1000) return `$${usd.toFixed(2)}`;
  return `$${Math.round(usd).toLocaleString('en-US')}`;
}

/** The estimate in one line: "≈ 40 calls · 12.3k tokens in · 600 out · $0.0042 with gpt-4o-mini". */
export function estimateText(estimate: Estimate): string {
  if (estimate.calls === 0) return 'Nothing to fill: no calls.';
  const parts = [
    `≈ ${compactCount(estimate.calls)} call${estimate.calls === 1 ? '' : 's'}`,
    `${compactCount(estimate.tokensIn)} tokens in`,
    `${compactCount(estimate.tokensOut)} out`,
  ];
  if (estimate.costUsd !== null) {
    return `${parts.join(' · ')} · ${formatCost(estimate.costUsd)}${estimate.model ? ` with ${estimate.model}` : ''}`;
  }
  return `${parts.join(' · ')} · ${estimate.model ? `no price known for ${estimate.model}` : 'no model configured'}`;
}
