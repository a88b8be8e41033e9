/**
 * `npm start` builds the app when dist/ is missing or older than its sources, with Vite's JS API.
 */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Newest modification time (ms) under `path` (a file or a directory, recursively). */
function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let latest = 0;
  for (const entry of readdirSync(path)) {
    if (entry === 'node_modules' || entry.startsWith('.')) continue;
    latest = Math.max(latest, newest(join(path, entry)));
  }
  return latest;
}

/** Why a build is needed (for the log), or undefined when dist/ is up to date. */
export function buildReason(root: string, distDir = join(root, 'dist')): string | undefined {
  const built = join(distDir, 'index.html');
  if (!existsSync(built)) return `${built} is missing`;
  const builtAt = statSync(built).mtimeMs;
  // server/demo is built into dist/demo-sw.js (the in-browser demo) too.
  for (const source of ['src', 'index.html', 'public', 'vite.config.ts', 'server/demo']) {
    if (newest(join(root, source)) > builtAt) return `${source} changed since the last build`;
  }
  return undefined;
}

/** Builds with Vite when needed; returns whether it built. */
export async function ensureBuilt(root: string, log: (line: string) => void = console.log): Promise<boolean> {
  const reason = buildReason(root);
  if (!reason) return false;
  log(`Building the app (${reason}) …`);
  // Vite's notice about its future native config loader (which will want file extensions on the
  // config's imports) means nothing to someone running `npm start`: keep their first run quiet.
  process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
  const { build } = await import('vite');
  await build({ root, configFile: join(root, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}
