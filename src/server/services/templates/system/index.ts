import { budgetTracker } from './budget-tracker.ts';
import { companyResearch } from './company-research.ts';
import { contentCalendar } from './content-calendar.ts';
import { documentExtraction } from './document-extraction.ts';
import { feedbackTriage } from './feedback-triage.ts';
import { leadEnrichment } from './lead-enrichment.ts';
import { readingList } from './reading-list.ts';
import { sprintPlanning } from './sprint-planning.ts';
import type { SystemTemplate } from './system-template.ts';

export type { SystemTemplate } from './system-template.ts';

/** The templates shipped with the app, in the order the gallery shows them. */
export const systemTemplates: SystemTemplate[] = [
  companyResearch,
  leadEnrichment,
  feedbackTriage,
  documentExtraction,
  contentCalendar,
  budgetTracker,
  sprintPlanning,
  readingList,
];
