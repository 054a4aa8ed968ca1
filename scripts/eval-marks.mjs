// @ts-check
// For bench/eval-marks-probe.mjs only: where a fresh service worker's start-up time goes, module by module.

/**
 * Puts `performance.mark("m:<module>")` at the top of every module of ours and of node_modules, so that in the
 * built worker the gap from one mark to the next is the first module's own top-level code, in the order the
 * browser runs it, and the first mark comes once every script has been fetched and compiled. Only builds made
 * with SIGNOFF_EVAL_MARKS=1 have it.
 * @returns {import('vite').Plugin}
 */
export function evalMarks() {
  return {
    name: 'signoff:eval-marks',
    enforce: 'post',
    transform(code, id) {
      if (id.includes('?') || id.includes('\0') || !/\/(src|node_modules)\/.*\.(m?js|ts|tsx)$/.test(id)) return null;
      const module = id.includes('/node_modules/')
        ? id.replace(/.*\/node_modules\//, '')
        : id.replace(/.*\/src\//, 'src/');
      return { code: `performance.mark(${JSON.stringify(`m:${module}`)});\n${code}`, map: null };
    },
  };
}
