/**
 * The packed package's command (`npx ./responses-playground-<version>.tgz`, or `npx
 * responses-playground` once published): serves the built app shipped in the package (dist/) with the
 * demo backend and the local proxy, on loopback unless HOST says otherwise; PORT picks the port
 * (default 5180). It never builds: the package holds a built dist/ and none of the build tools.
 *
 * Bundled to pack/cli.js by server/bundle-cli.ts at `npm pack` time. The server is imported
 * dynamically, so it lands in its own chunk and its "am I the entry?" check stays false.
 */
process.env.NO_BUILD = '1';
const { main } = await import('./main');
await main();

export {};
