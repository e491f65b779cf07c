'use strict';
/* Keyboard-only walk: presses Tab and records, for each stop, where focus went and whether the
 * focused element shows a visible indicator (RGAA 10.7, 12.8). Stops when focus wraps around. */

function describeFocus(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow && style.boxShadow !== 'none';
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      name: el.getAttribute('name') || '',
      text: (el.textContent || el.value || '').trim().slice(0, 40),
      classes: el.className && typeof el.className === 'string' ? el.className : '',
      region: el.closest('main') ? 'main' : el.closest('body > header') ? 'header'
        : el.closest('nav.site-nav') ? 'nav' : el.closest('body > footer') ? 'footer' : 'other',
      focusVisible: el.matches(':focus-visible'),
      indicator: Boolean(outline || shadow),
      size: `${Math.round(rect.width)}x${Math.round(rect.height)}`,
      onScreen: rect.width >= 1 && rect.height >= 1 && rect.right > 0 && rect.bottom > 0,
    };
  });
}

async function tabWalk(page, maxStops = 600) {
  const stops = [];
  for (let i = 0; i < maxStops; i++) {
    await page.keyboard.press('Tab');
    const stop = await describeFocus(page);
    if (!stop) break; // focus left the document: the walk went round once
    if (stops.length && stop.classes.includes('skip-link')) break;
    stops.push(stop);
  }
  return stops;
}

const label = (s) => `${s.tag}${s.id ? `#${s.id}` : ''}${s.name ? `[name=${s.name}]` : ''} "${s.text}"`;

module.exports = { describeFocus, tabWalk, label };
