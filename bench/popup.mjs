// @ts-check
// SignOff's real toolbar popup, opened as the toolbar button opens it (chrome.action.openPopup), and read
// through the probe put into it before its own code runs (popup-probe.mjs).

/** @typedef {import('./browser.mjs').Browser} Browser */
/** @typedef {import('./popup-probe.mjs').PopupWatch} PopupWatch */
/**
 * Times on the wall clock (Date.now); `offset` turns the popup's own clock into it.
 * @typedef {{ targetId: string, sessionId: string, offset: number, openedAt: number, pageStartAt: number,
 *   readyAt: number }} Popup
 */

/**
 * Opens an extension's popup over the tab in front, as a click on its toolbar button does.
 * @param {Browser} browser @param {PopupWatch} watch @param {import('./worker.mjs').Worker} worker @param {string} url
 */
async function showPopup(browser, watch, worker, url) {
  const openedAt = await worker.run(async () => {
    const at = Date.now();
    await chrome.action.openPopup();
    return at;
  });
  const { targetInfos } = await browser.cdp.send('Target.getTargets');
  const target = targetInfos.find((/** @type {{ url: string }} */ t) => t.url === url);
  const sessionId = target && watch.sessions.get(target.targetId);
  if (!sessionId) throw new Error(`The popup ${url} did not open, or opened unseen`);
  const page = await browser.cdp.evaluate(sessionId, () => {
    const start = Date.now();
    let now = start;
    while (now === start) now = Date.now();
    return { offset: now - (performance.timeOrigin + performance.now()), timeOrigin: performance.timeOrigin };
  });
  return { targetId: /** @type {string} */ (target.targetId), sessionId, openedAt, ...page };
}

/**
 * Opens SignOff's popup and waits for its Log out button to be enabled.
 * @param {Browser} browser @param {PopupWatch} watch @returns {Promise<Popup>}
 */
export async function openPopup(browser, watch) {
  const popup = await showPopup(browser, watch, browser.worker, watch.popupUrl);
  const readyAt = await browser.cdp.evaluate(popup.sessionId, () =>
    Promise.race([
      /** @type {any} */ (window).__signoffBench.ready,
      new Promise((resolve) => setTimeout(resolve, 10_000)),
    ]),
  );
  if (typeof readyAt !== 'number') throw new Error('The popup’s Log out button was never enabled');
  // What is stored is counted after Log out is ready; no one clicks within those few ms, so neither does the bench.
  const counted = await browser.cdp.evaluate(popup.sessionId, async () => {
    for (let waited = 0; waited < 10_000; waited += 5) {
      if (document.querySelector('.facts dd[title]')) return true;
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    return false;
  });
  if (!counted) throw new Error('The popup never showed what is stored');
  return { ...popup, pageStartAt: popup.timeOrigin + popup.offset, readyAt: readyAt + popup.offset };
}

/**
 * The control: the empty extension's popup, until its page's load event.
 * @param {Browser} browser @param {PopupWatch} watch
 */
export async function openEmptyPopup(browser, watch) {
  const url = `chrome-extension://${browser.empty.id}/popup.html`;
  const popup = await showPopup(browser, watch, browser.empty.worker, url);
  const loadEnd = await browser.cdp.evaluate(popup.sessionId, async () => {
    const entry = () => /** @type {PerformanceNavigationTiming} */ (performance.getEntriesByType('navigation')[0]);
    while (!(entry()?.loadEventEnd > 0)) await new Promise((resolve) => setTimeout(resolve, 5));
    return performance.timeOrigin + entry().loadEventEnd;
  });
  return { ...popup, pageStartAt: popup.timeOrigin + popup.offset, readyAt: loadEnd + popup.offset };
}

/** Clicks Log out with the mouse, as a user does. @param {Browser} browser @param {Popup} popup */
export async function clickLogOut({ cdp }, popup) {
  const point = await cdp.evaluate(popup.sessionId, () => {
    const button = [...document.querySelectorAll('button')].find((b) =>
      /^Log out of (?!all sites)/.test(b.textContent ?? ''),
    );
    const box = button?.getBoundingClientRect();
    return box && { x: box.left + box.width / 2, y: box.top + box.height / 2 };
  });
  if (!point) throw new Error('The popup has no Log out button');
  for (const type of ['mousePressed', 'mouseReleased']) {
    await cdp.send('Input.dispatchMouseEvent', { type, ...point, button: 'left', clickCount: 1 }, popup.sessionId);
  }
}

/**
 * When Log out was clicked (wall clock) and the logout's report. An answer lost to a stopped worker is
 * followed by the popup's 'finishLogout', whose report then counts.
 * @param {Browser} browser @param {Popup} popup
 */
export async function readLogout({ cdp }, popup) {
  const outcome = await cdp.evaluate(popup.sessionId, async () => {
    const probe = /** @type {any} */ (window).__signoffBench;
    let answer = await probe.answers[0];
    for (let waited = 0; answer?.error && waited < 10_000; waited += 50) {
      await new Promise((resolve) => setTimeout(resolve, 50));
      if (probe.answers.length > 1) answer = await probe.answers.at(-1);
    }
    return { clickAt: probe.clickAt, ...answer };
  });
  if (outcome.error || !outcome.report) throw new Error(`The logout failed: ${outcome.error ?? 'no answer'}`);
  if (outcome.clickAt === undefined) throw new Error('The click on Log out never reached the popup');
  return { clickAt: outcome.clickAt + popup.offset, report: /** @type {LogoutReport} */ (outcome.report) };
}

/** @param {Browser} browser @param {Popup} popup */
export async function closePopup({ cdp }, popup) {
  await cdp.send('Target.closeTarget', { targetId: popup.targetId }).catch(() => {});
  for (let waited = 0; waited < 5_000; waited += 20) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    if (!targetInfos.some((/** @type {{ targetId: string }} */ t) => t.targetId === popup.targetId)) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('The popup did not close');
}

/**
 * What the bench reads of the report (src/core/logout/report.ts LogoutReport).
 * @typedef {{ left: unknown[], landing: { outcome: string, url: string },
 *   timing?: { startedAt: number, phases: Record<string, number> } }} LogoutReport
 */
