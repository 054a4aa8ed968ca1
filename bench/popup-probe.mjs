// @ts-check
// A probe put into SignOff's popup before its own code runs: when its Log out button is enabled, when it is
// clicked, and the logout's answer (its report, with the phases' timing).

/** @typedef {import('./browser.mjs').Browser} Browser */

/**
 * Runs in the popup before its own scripts. Times are on the page's clock (timeOrigin + now).
 * @param {string} popupUrl
 */
function popupProbe(popupUrl) {
  if (location.href !== popupUrl) return;
  const logOutButton = () =>
    [...document.querySelectorAll('button')].find(
      (button) => /^Log out of (?!all sites)/.test((button.textContent ?? '').trim()) && !button.disabled,
    );
  /** @type {{ ready?: Promise<number>, clickAt?: number, answers: Promise<{ report?: unknown, error?: string }>[] }} */
  const probe = { answers: [] };
  probe.ready = new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if (!logOutButton()) return;
      observer.disconnect();
      resolve(performance.timeOrigin + performance.now());
    });
    observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
  });
  addEventListener('click', (event) => (probe.clickAt ??= performance.timeOrigin + event.timeStamp), true);
  // The popup's answer to 'logout' carries the report; the popup keeps it to itself, so it is read on the way.
  const send = /** @type {(...args: unknown[]) => unknown} */ (chrome.runtime.sendMessage);
  chrome.runtime.sendMessage = /** @type {any} */ (
    /** @this {unknown} @param {unknown[]} args */
    function (...args) {
      const answer = send.apply(this, args);
      const type = /** @type {{ type?: string } | undefined} */ (args[0])?.type;
      if (type === 'logout' || type === 'finishLogout') {
        probe.answers.push(
          Promise.resolve(answer).then(
            (report) => ({ report }),
            (error) => ({ error: String(error) }),
          ),
        );
      }
      return answer;
    }
  );
  Object.assign(window, { __signoffBench: probe });
}

/**
 * Has every new page paused until the probe is in it, then let go; only the popup keeps a session.
 * @param {Browser} browser
 */
export async function watchForPopups({ cdp, extensionId }) {
  const popupUrl = `chrome-extension://${extensionId}/src/popup/index.html`;
  const source = `(${popupProbe.toString()})(${JSON.stringify(popupUrl)})`;
  /** @type {Map<string, string>} target id → session id */
  const sessions = new Map();
  cdp.on('Target.attachedToTarget', async ({ sessionId, targetInfo, waitingForDebugger }) => {
    // Targets the bench attached to itself, and those open before the watch began, are not paused: not ours.
    if (!waitingForDebugger) return;
    // A new popup is announced as an "other" target with no address yet.
    const maybePopup = targetInfo.type === 'other' || targetInfo.url === popupUrl;
    try {
      if (maybePopup) {
        // The page domain answers only once the browser has made the popup's page, which it does while the
        // popup waits here: the popup's page starts within a few ms of when it starts unwatched.
        await cdp.send('Page.enable', {}, sessionId);
        await cdp.send('Page.addScriptToEvaluateOnNewDocument', { source }, sessionId);
      }
      await cdp.send('Runtime.runIfWaitingForDebugger', {}, sessionId);
      if (maybePopup) sessions.set(targetInfo.targetId, sessionId);
      else await cdp.send('Target.detachFromTarget', { sessionId });
    } catch {
      // The target went away meanwhile (a tab closed at once): nothing to probe.
    }
  });
  // Every kind of target but service workers: a stopped worker must start as the browser starts it.
  const filter = [
    { type: 'browser', exclude: true },
    { type: 'tab', exclude: true },
    { type: 'service_worker', exclude: true },
    {},
  ];
  await cdp.send('Target.setAutoAttach', { autoAttach: true, waitForDebuggerOnStart: true, flatten: true, filter });
  return { popupUrl, sessions };
}

/** @typedef {Awaited<ReturnType<typeof watchForPopups>>} PopupWatch */
