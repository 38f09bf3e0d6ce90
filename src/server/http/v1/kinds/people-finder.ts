import { keepingSent, type V1Kind } from './kind.ts';

/**
 * A people finder: our company_people_finder column, which writes the people it finds for each company
 * as child rows of a linked people table (made by the server), so the table gets a company_people child
 * relationship. Extruct's only provider, research_pro, is how ours searches when web search is set up.
 */
export const peopleFinderKind: V1Kind<'company_people_finder'> = {
  role: 'output',
  toColumn: (sent) => ({
    dataType: 'ai',
    config: keepingSent(
      {
        kind: 'company_people_finder',
        roles: sent.value.roles,
        ...(sent.value.max_results !== undefined && { maxResults: sent.value.max_results }),
      },
      sent,
    ),
  }),
};
