import { describe, expect, it } from 'vitest';
import { onSite, researchDepth } from './research-depth.ts';

describe('research depth', () => {
  it('goes deeper for research_pro and research_reasoning, and keeps linkedin on its site', () => {
    expect(researchDepth('research_pro').maxSteps).toBeGreaterThan(researchDepth('research').maxSteps);
    expect(researchDepth('research_reasoning')).toEqual(researchDepth('research_pro'));
    expect(researchDepth(undefined)).toEqual(researchDepth('research'));
    expect(researchDepth('linkedin').site).toBe('linkedin.com');
  });

  it('counts a site and its subdomains as on it, and nothing that only ends alike', () => {
    expect(onSite('https://linkedin.com/in/ada', 'linkedin.com')).toBe(true);
    expect(onSite('https://www.LinkedIn.com/company/acme', 'linkedin.com')).toBe(true);
    expect(onSite('https://evillinkedin.com/in/ada', 'linkedin.com')).toBe(false);
    expect(onSite('https://linkedin.com.evil.example/in/ada', 'linkedin.com')).toBe(false);
  });
});
