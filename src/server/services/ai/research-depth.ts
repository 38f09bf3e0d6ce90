import type { AgentType } from '../../../contract/ai/config.ts';

/** How far a research cell may go: model steps (searches and page reads), results per search, where. */
export interface ResearchDepth {
  maxSteps: number;
  results: number;
  /** Searches and page reads stay on this site (and its subdomains). */
  site?: string;
}

const RESEARCH: ResearchDepth = { maxSteps: 6, results: 5 };
/** research_pro and research_reasoning: twice the steps and more results per search. */
const DEEP: ResearchDepth = { maxSteps: 12, results: 8 };

const DEPTHS: Record<AgentType, ResearchDepth> = {
  llm: RESEARCH,
  research: RESEARCH,
  research_pro: DEEP,
  research_reasoning: DEEP,
  linkedin: { ...RESEARCH, site: 'linkedin.com' },
};

/** The depth of an agent type's research; plain research for cells of no agent type (enrichments). */
export const researchDepth = (agentType: AgentType | undefined): ResearchDepth =>
  DEPTHS[agentType ?? 'research'];

/** Whether an address is on the site (the site itself or a subdomain). */
export function onSite(url: string, site: string): boolean {
  const host = new URL(url).hostname.toLowerCase();
  return host === site || host.endsWith(`.${site}`);
}
