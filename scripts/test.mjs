// @ts-check
// `npm test`: every check, in the order that fails fastest.
import { ensureDependencies, requireChromium, requireFirefox, requirePrograms, run } from './setup.mjs';

ensureDependencies();
requireChromium();
requireFirefox();
// Certificates for the HTTPS test site; a private X server and real key presses for the shortcut tests.
requirePrograms(['openssl', 'Xvfb', 'xdotool'], 'The tests');
run('npx', 'tsc', '--noEmit');
run('npx', 'biome', 'check', '.');
run('npx', 'vitest', 'run', '--project', 'unit');
// Both builds, the store zips checked, and addons.mozilla.org's linter: seconds, before the minutes of browser
// tests, which then test the same dist/ and dist-firefox/ that went into the zips.
run('node', 'scripts/package.mjs');
run('npx', 'vitest', 'run', '--project', 'e2e');
run('npx', 'vitest', 'run', '--project', 'firefox');
// One round of the benchmark at small scales: every arm still runs and checks its outcome; no timing is judged.
run('node', 'scripts/bench.mjs', '--smoke', '--dist=dist');
