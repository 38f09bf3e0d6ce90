/** Query keys of templates: their own root, since templates belong to no table. */
export const templateKeys = {
  all: () => ['templates'] as const,
};
