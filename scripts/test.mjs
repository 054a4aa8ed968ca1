// @ts-check
// `npm test`: every check, in the order that fails fastest.
import { ensureDependencies, requireChromium, requirePrograms, run } from './setup.mjs';

ensureDependencies();
requireChromium();
// Certificates for the HTTPS test site; a private X server and real key presses for the shortcut tests.
requirePrograms(['openssl', 'Xvfb', 'xdotool'], 'The tests');
run('npx', 'tsc', '--noEmit');
run('npx', 'biome', 'check', '.');
run('npx', 'vitest', 'run', '--project', 'unit');
run('npx', 'vite', 'build', '--logLevel', 'warn');
run('npx', 'vitest', 'run', '--project', 'e2e');
