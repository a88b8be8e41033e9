import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { buildReason } from './build';

let root: string;
afterEach(() => rmSync(root, { recursive: true, force: true }));

function project(): string {
  root = mkdtempSync(join(tmpdir(), 'playground-build-'));
  mkdirSync(join(root, 'src', 'core'), { recursive: true });
  writeFileSync(join(root, 'index.html'), '<!doctype html>');
  writeFileSync(join(root, 'src', 'core', 'a.ts'), 'export {}');
  return root;
}

const setTime = (path: string, seconds: number) => utimesSync(path, seconds, seconds);

describe('buildReason', () => {
  it('asks for a build when dist/index.html is missing', () => {
    expect(buildReason(project())).toMatch(/missing/);
  });

  it('is satisfied by a build newer than the sources, and not by an older one', () => {
    const dir = project();
    mkdirSync(join(dir, 'dist'));
    writeFileSync(join(dir, 'dist', 'index.html'), 'built');
    setTime(join(dir, 'index.html'), 1_000);
    setTime(join(dir, 'src', 'core', 'a.ts'), 1_000);
    setTime(join(dir, 'dist', 'index.html'), 2_000);
    expect(buildReason(dir)).toBeUndefined();
    setTime(join(dir, 'src', 'core', 'a.ts'), 3_000);
    expect(buildReason(dir)).toMatch(/^src changed/);
    setTime(join(dir, 'src', 'core', 'a.ts'), 1_000);
    setTime(join(dir, 'index.html'), 3_000);
    expect(buildReason(dir)).toMatch(/^index.html changed/);
  });
});
