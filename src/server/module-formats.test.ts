import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const HOOK = join(process.cwd(), 'src/server/module-formats.ts');

/** Runs `entry` in a fresh Node with the hook registered first, as main.ts does; returns what it printed. */
function runWithHook(entry: string): { stdout: string; stderr: string; status: number | null } {
  const script = `import { resolveModuleFormatsOnce } from ${JSON.stringify(HOOK)};
resolveModuleFormatsOnce();
await import(${JSON.stringify(entry)});`;
  const result = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  return { stdout: result.stdout, stderr: result.stderr, status: result.status };
}

describe('the resolve hook of a server start', () => {
  it('loads ES module and TypeScript files by relative import, and leaves CommonJS folders to Node', () => {
    const root = mkdtempSync(join(tmpdir(), 'module-formats-'));
    writeFileSync(join(root, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(
      join(root, 'entry.ts'),
      "import { twice } from './lib/twice.ts';\nimport old from './legacy/old.js';\nconsole.log(twice(21), old.name);\n",
    );
    mkdirSync(join(root, 'lib'));
    writeFileSync(
      join(root, 'lib/twice.ts'),
      "import { one } from '../one.js';\nexport const twice = (n: number): number => n * 2 * one;\n",
    );
    writeFileSync(join(root, 'one.js'), 'export const one = 1;\n');
    // A folder whose own package.json says CommonJS: `module.exports` must keep working.
    mkdirSync(join(root, 'legacy'));
    writeFileSync(join(root, 'legacy/package.json'), JSON.stringify({ type: 'commonjs' }));
    writeFileSync(join(root, 'legacy/old.js'), "module.exports = { name: 'legacy' };\n");

    const result = runWithHook(join(root, 'entry.ts'));
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.stdout.trim()).toBe('42 legacy');
  });

  it('still reports a missing file', () => {
    const root = mkdtempSync(join(tmpdir(), 'module-formats-'));
    writeFileSync(join(root, 'package.json'), JSON.stringify({ type: 'module' }));
    writeFileSync(join(root, 'entry.js'), "import './missing.js';\n");
    const result = runWithHook(join(root, 'entry.js'));
    expect(result.status).not.toBe(0);
    expect(result.stderr).toMatch(/missing\.js/);
  });
});
