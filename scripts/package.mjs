// @ts-check
// `npm run package`: both builds, then release/ with a zip for each store and the source archive
// addons.mozilla.org asks for; each zip is read back and checked, and the Firefox one linted as AMO will.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { storeManifest } from './manifests.mjs';
import { extensionZipProblems, listingOf, localeFiles, sourceZipProblems } from './release/package-check.mjs';
import { sourceFiles } from './release/source-files.mjs';
import { filesUnder, unzipFiles, zipFiles } from './release/zip.mjs';
import { ensureDependencies, run } from './setup.mjs';

const RELEASE = 'release';
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));

ensureDependencies();
run('npx', 'vite', 'build', '--logLevel', 'warn');
run('npx', 'vite', 'build', '--mode', 'firefox', '--logLevel', 'warn');

rmSync(RELEASE, { recursive: true, force: true });
mkdirSync(RELEASE);
const chromium = packageBuild('dist', `signoff-chromium-${version}.zip`, storeManifest);
const firefox = packageBuild('dist-firefox', `signoff-firefox-${version}.zip`);
const source = writeZip(`signoff-source-${version}.zip`, sourceFiles());
refuseIf(source, sourceZipProblems(listingOf(readFileSync(source)).entries));
lintFirefoxZip(firefox);
console.log(
  `✓ SignOff ${version}, in ${RELEASE}/:\n${[chromium, firefox, source].map((path) => `  ${path}`).join('\n')}`,
);

/**
 * Zips a build's folder as its contents, then checks the zip as read back.
 * @param {string} dir @param {string} name
 * @param {(manifest: Record<string, any>) => Record<string, any>} [manifestFor] the manifest as this store takes it
 */
function packageBuild(dir, name, manifestFor) {
  const files = filesUnder(dir).map(([file, bytes]) =>
    file === 'manifest.json' && manifestFor
      ? /** @type {[string, Uint8Array]} */ ([
          file,
          Buffer.from(JSON.stringify(manifestFor(JSON.parse(String(bytes))))),
        ])
      : /** @type {[string, Uint8Array]} */ ([file, bytes]),
  );
  const path = writeZip(name, files);
  const locales = localeFiles(files.map(([file]) => file));
  refuseIf(path, extensionZipProblems(listingOf(readFileSync(path)), { version, locales }));
  return path;
}

/** @param {string} name @param {Array<[string, Uint8Array]>} files */
function writeZip(name, files) {
  const path = join(RELEASE, name);
  writeFileSync(path, zipFiles(files));
  return path;
}

/** @param {string} path @param {string[]} problems */
function refuseIf(path, problems) {
  if (problems.length === 0) return;
  // Nothing is left in release/ that could be uploaded by mistake.
  rmSync(RELEASE, { recursive: true, force: true });
  console.error(`✗ ${path} cannot ship:\n${problems.map((problem) => `  ${problem}`).join('\n')}`);
  process.exit(1);
}

/** web-ext lints folders, not zips: the zip's own files, unpacked, are what addons.mozilla.org will see. */
function lintFirefoxZip(/** @type {string} */ zip) {
  const unpacked = join('.tmp', 'release-firefox');
  rmSync(unpacked, { recursive: true, force: true });
  for (const [file, bytes] of Object.entries(unzipFiles(readFileSync(zip)))) {
    mkdirSync(dirname(join(unpacked, file)), { recursive: true });
    writeFileSync(join(unpacked, file), bytes);
  }
  const lint = spawnSync('npx', ['web-ext', 'lint', '--source-dir', unpacked, '--warnings-as-errors'], {
    stdio: 'inherit',
  });
  refuseIf(zip, lint.status === 0 ? [] : ['web-ext lint found the problems above']);
}
