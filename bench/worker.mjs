// @ts-check
// An extension's service worker, reached over the DevTools protocol: code run in it, and the worker stopped
// as the browser stops an idle one. Whichever worker runs now is found anew after a stop.

/** @typedef {import('./cdp.mjs').Cdp} Cdp */
/** @typedef {{ targetId: string, type: string, url: string }} TargetInfo */

/**
 * The running worker whose script is `scriptPath` (any extension's when `extensionId` is not known yet).
 * @param {Cdp} cdp @param {string} scriptPath @param {string} [extensionId] @returns {Promise<TargetInfo | undefined>}
 */
export async function runningWorker(cdp, scriptPath, extensionId) {
  const { targetInfos } = await cdp.send('Target.getTargets');
  return targetInfos.find(
    (/** @type {TargetInfo} */ t) =>
      t.type === 'service_worker' &&
      t.url.startsWith(`chrome-extension://${extensionId ?? ''}`) &&
      new URL(t.url).pathname === `/${scriptPath}`,
  );
}

/** @param {Cdp} cdp @param {string} scriptPath @param {number} timeoutMs @returns {Promise<TargetInfo>} */
export async function waitForWorker(cdp, scriptPath, timeoutMs) {
  for (const deadline = Date.now() + timeoutMs; ; ) {
    const found = await runningWorker(cdp, scriptPath);
    if (found) return found;
    if (Date.now() > deadline) throw new Error(`The service worker ${scriptPath} did not start`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * @param {Cdp} cdp @param {string} extensionId @param {string} scriptPath
 * @param {string} pageSession a page's session: the ServiceWorker domain lives there, not on the browser's
 */
export function workerHandle(cdp, extensionId, scriptPath, pageSession) {
  /** @type {string | undefined} */
  let sessionId;
  cdp.on('Target.detachedFromTarget', (params) => {
    if (params.sessionId === sessionId) sessionId = undefined;
  });
  const isRunning = async () => (await runningWorker(cdp, scriptPath, extensionId)) !== undefined;
  const attach = async () => {
    if (!(await isRunning())) {
      await withServiceWorkerDomain(cdp, pageSession, () =>
        cdp.send('ServiceWorker.startWorker', { scopeURL: `chrome-extension://${extensionId}/` }, pageSession),
      );
    }
    const target = await waitForWorker(cdp, scriptPath, 10_000);
    ({ sessionId } = await cdp.send('Target.attachToTarget', { targetId: target.targetId, flatten: true }));
    return /** @type {string} */ (sessionId);
  };
  return {
    isRunning,
    /** @template A, R @param {(arg: A) => R} fn @param {A} [arg] @returns {Promise<Awaited<R>>} */
    async run(fn, arg) {
      for (let attempt = 1; ; attempt++) {
        const session = sessionId ?? (await attach());
        try {
          return await cdp.evaluate(session, fn, arg);
        } catch (error) {
          // A worker that has just started has no extension APIs for a moment; a stopped one has no session.
          const starting = /chrome is not defined/.test(String(error));
          if (!(starting || /session|target/i.test(String(error))) || attempt >= 40) throw error;
          if (!starting) sessionId = undefined;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
      }
    },
    /** Stops the worker, as the browser does when it is idle, and waits until it has stopped. */
    stop: () => stopWorker(cdp, extensionId, pageSession),
  };
}

/** @typedef {ReturnType<typeof workerHandle>} Worker */

/**
 * Waits until a worker of each script is installed and activated. Nothing may attach to an extension's worker
 * before that: Chromium fails the registration of a worker that a debugger attaches to while it installs
 * ("Failed to register a ServiceWorker", with no reason), and leaves the extension with no worker at all.
 * @param {Cdp} cdp @param {string} pageSession @param {string[]} scriptPaths @param {number} timeoutMs
 */
export async function untilActivated(cdp, pageSession, scriptPaths, timeoutMs) {
  /** @type {Map<string, string>} script path → the status of its latest version */
  const statuses = new Map();
  const stopListening = cdp.on('ServiceWorker.workerVersionUpdated', (params, from) => {
    if (from !== pageSession) return;
    for (const version of params.versions) {
      const url = new URL(version.scriptURL);
      if (url.protocol === 'chrome-extension:') statuses.set(url.pathname.slice(1), version.status);
    }
  });
  const activated = () => {
    const failed = scriptPaths.find((path) => statuses.get(path) === 'redundant');
    if (failed) throw new Error(`The service worker ${failed} failed to install`);
    return scriptPaths.every((path) => statuses.get(path) === 'activated');
  };
  try {
    await withServiceWorkerDomain(cdp, pageSession, () =>
      until(activated, `the service workers ${scriptPaths.join(', ')} to be activated`, timeoutMs),
    );
  } finally {
    stopListening();
  }
}

/** Polls `done` (which may throw) until it is true. @param {() => boolean} done @param {string} what */
async function until(done, what, timeoutMs = 5_000) {
  for (const deadline = Date.now() + timeoutMs; !done(); ) {
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** The domain is on only while it is used. @template R @param {Cdp} cdp @param {string} session @param {() => Promise<R>} use */
async function withServiceWorkerDomain(cdp, session, use) {
  await cdp.send('ServiceWorker.enable', {}, session);
  try {
    return await use();
  } finally {
    await cdp.send('ServiceWorker.disable', {}, session);
  }
}

/** @param {Cdp} cdp @param {string} extensionId @param {string} session */
async function stopWorker(cdp, extensionId, session) {
  /** @type {Map<string, string>} version id → running status */
  const versions = new Map();
  // Listening before the domain is on: turning it on reports every version at once.
  const stopListening = cdp.on('ServiceWorker.workerVersionUpdated', (params, from) => {
    if (from !== session) return;
    for (const version of params.versions) {
      if (version.scriptURL.startsWith(`chrome-extension://${extensionId}/`)) {
        versions.set(version.versionId, version.runningStatus);
      }
    }
  });
  try {
    await withServiceWorkerDomain(cdp, session, async () => {
      await until(() => versions.size > 0, 'the service worker to be listed');
      for (const [versionId, status] of versions) {
        if (status !== 'stopped') await cdp.send('ServiceWorker.stopWorker', { versionId }, session);
      }
      await until(() => [...versions.values()].every((status) => status === 'stopped'), 'the worker to stop');
    });
  } finally {
    stopListening();
  }
}
