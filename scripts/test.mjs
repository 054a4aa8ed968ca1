// @ts-check
// `npm test`: every check, in the order that fails fastest.
import { ensureDependencies, requireChromium, run } from './setup.mjs';

ensureDependencies();
requireChromium();
run('npx', 'tsc', '--noEmit');
run('npx', 'biome', 'check', '.');
run('npx', 'vitest', 'run', '--project', 'unit');
run('npx', 'vite', 'build', '--logLevel', 'warn');
run('npx', 'vitest', 'run', '--project', 'e2e');
