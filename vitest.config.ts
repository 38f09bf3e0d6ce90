import { defineConfig } from 'vitest/config';

const apiProject = (engine: 'embedded' | 'pglite' | 'postgres') => ({
  test: {
    name: `api-${engine}`,
    include: ['test/api/**/*.test.ts'],
    globalSetup: [`test/support/global-setup-${engine}.ts`],
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});

export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'unit', include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'], environment: 'node' },
      },
      apiProject('embedded'),
      apiProject('pglite'),
      apiProject('postgres'),
    ],
  },
});
