import type { Page } from 'playwright-core';

/**
 * What a reader would find broken in the page's layout, one line each: a
 * page that scrolls sideways, text cut off by the viewport's sides or by a
 * box that clips it, text that runs out of its box, and text or controls
 * drawn over one another. Text is measured line by line (a Range's boxes),
 * so two words that merely share a paragraph never count as overlapping.
 */
export function layoutFaults(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const faults: string[] = [];
    const quoted = (node: Node) => `“${(node.textContent ?? '').trim().slice(0, 40)}”`;
    const tag = (element: Element) =>
      `<${element.tagName.toLowerCase()}${element.className ? `.${String(element.className).replace(/ /g, '.')}` : ''}>`;
    const shown = (element: Element) => element.checkVisibility({ visibilityProperty: true, opacityProperty: true });
    // A pixel of slack: neighbouring boxes share their edges, rounded differently.
    const overlap = (a: DOMRect, b: DOMRect) =>
      Math.min(a.right, b.right) - Math.max(a.left, b.left) > 1 &&
      Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 1;
    const inside = (inner: DOMRect, outer: DOMRect) =>
      inner.left >= outer.left - 1 &&
      inner.right <= outer.right + 1 &&
      inner.top >= outer.top - 1 &&
      inner.bottom <= outer.bottom + 1;

    /** A line of text, or a control; `owner` is its text node or the control. */
    type Box = { owner: Node; what: string; rect: DOMRect };
    const boxes: Box[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || !shown(element)) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of range.getClientRects())
        if (rect.width >= 1 && rect.height >= 1)
          boxes.push({ owner: node, what: `${quoted(node)} in ${tag(element)}`, rect });
      const display = getComputedStyle(element).display;
      if (display !== 'inline' && display !== 'contents' && element.scrollWidth > element.clientWidth + 1)
        faults.push(
          `${tag(element)} ${quoted(element)} runs out of its box (${element.scrollWidth} px of content in ${element.clientWidth})`,
        );
    }
    // A control the size of a pixel is the visually hidden file input, whose label is what shows.
    const controls = [...document.querySelectorAll('a[href], button, input, select, textarea')].filter(
      (control) => shown(control) && control.getBoundingClientRect().width > 1,
    );
    for (const control of controls)
      boxes.push({ owner: control, what: `${tag(control)} ${quoted(control)}`, rect: control.getBoundingClientRect() });

    const viewport = document.documentElement;
    if (viewport.scrollWidth > viewport.clientWidth)
      faults.push(`the page scrolls sideways: ${viewport.scrollWidth} px of content in ${viewport.clientWidth}`);
    for (const { owner, what, rect } of boxes) {
      if (rect.left < -1 || rect.right > viewport.clientWidth + 1) faults.push(`${what} is cut off by the viewport`);
      // A line of text can be clipped by its own element; a control, by the boxes around it.
      for (let box = owner.parentElement; box && box !== viewport; box = box.parentElement) {
        const style = getComputedStyle(box);
        if (style.overflowX === 'visible' && style.overflowY === 'visible') continue;
        const outer = box.getBoundingClientRect();
        const clip = new DOMRect(outer.x + box.clientLeft, outer.y + box.clientTop, box.clientWidth, box.clientHeight);
        if (!inside(rect, clip)) faults.push(`${what} is cut off by ${tag(box)}`);
      }
    }
    boxes.forEach((a, index) => {
      for (const b of boxes.slice(index + 1)) {
        if (a.owner.contains(b.owner) || b.owner.contains(a.owner) || !overlap(a.rect, b.rect)) continue;
        faults.push(`${[a.what, b.what].sort().join(' and ')} overlap`);
      }
    });
    return [...new Set(faults)];
  });
}

/**
 * The smallest text on the page, as a fraction of the browser's font size
 * setting (what `font-size: medium` is for proportional text), and where it is.
 */
export function smallestText(page: Page): Promise<{ fraction: number; where: string }> {
  return page.evaluate(() => {
    const probe = document.createElement('div');
    probe.style.cssText = 'font: medium sans-serif; position: absolute;';
    document.body.append(probe);
    const medium = Number.parseFloat(getComputedStyle(probe).fontSize);
    probe.remove();
    let smallest = { fraction: Number.POSITIVE_INFINITY, where: 'no text' };
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const element = node.parentElement;
      if (!element || !node.textContent?.trim() || !element.checkVisibility({ visibilityProperty: true })) continue;
      const fraction = Number.parseFloat(getComputedStyle(element).fontSize) / medium;
      if (fraction < smallest.fraction) smallest = { fraction, where: `“${node.textContent.trim().slice(0, 40)}”` };
    }
    return smallest;
  });
}
