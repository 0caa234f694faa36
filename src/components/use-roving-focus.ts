/**
 * One Tab stop for a whole list (a roving tabindex, as in WAI-ARIA APG's "keyboard navigation
 * inside components"): Tab enters at the last-focused item (else the current one, else the first),
 * arrow keys, Home and End move between items, and Tab leaves. An item with links or buttons of its
 * own is entered with Enter or →; inside, Tab walks its controls and Escape goes back to the item.
 *
 * The controls inside items are made untabbable through the DOM rather than through props, so the
 * components that draw an item (a card, a copy-link button) need not know they are in such a list.
 */
import { useCallback, useEffect, useRef } from 'react';
import type { FocusEvent, KeyboardEvent, RefCallback } from 'react';

/** What can take focus inside an item; marked ones are those this hook made untabbable. */
const controls =
  'a[href], button, input, select, textarea, summary, [tabindex], [data-roving-inner]';
const marker = 'data-roving-inner';

export interface RovingOptions {
  /** A selector for the items: each is a candidate for the list's one Tab stop. */
  items: string;
  /** A selector for the current element (the selected or linked one); the item matching, holding or
   * inside it is where Tab enters before any item has been focused. */
  current?: string;
}

/** Props to spread on the list's container element. */
export interface RovingProps<T extends HTMLElement> {
  ref: RefCallback<T>;
  onKeyDown: (e: KeyboardEvent<T>) => void;
  onFocus: (e: FocusEvent<T>) => void;
  onBlur: (e: FocusEvent<T>) => void;
}

function itemsOf(container: HTMLElement, selector: string): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>(selector)];
}

function isControl(el: Element): boolean {
  return el.matches('a[href], button, input, select, textarea, summary');
}

/** The controls inside an item, in document order (not the item itself). */
function innerControls(item: HTMLElement): HTMLElement[] {
  // Left out: what its own code keeps out of the Tab order (a heading focused by script).
  return [...item.querySelectorAll<HTMLElement>(controls)].filter(
    (el) => el.getAttribute('tabindex') !== '-1' || el.hasAttribute(marker),
  );
}

/** Manages the tab stops of a list; returns the props for its container. */
export function useRovingFocus<T extends HTMLElement>({
  items,
  current,
}: RovingOptions): RovingProps<T> {
  const container = useRef<T | null>(null);
  const last = useRef<HTMLElement | null>(null);
  // The item whose own controls are in the Tab order: the one focus is inside, if any.
  const entered = useRef<HTMLElement | null>(null);

  const sync = useCallback(() => {
    const root = container.current;
    if (!root) return;
    const all = itemsOf(root, items);
    const currentEl = current ? root.querySelector<HTMLElement>(current) : null;
    const currentItem =
      currentEl &&
      (currentEl.matches(items)
        ? currentEl
        : (currentEl.closest<HTMLElement>(items) ?? currentEl.querySelector<HTMLElement>(items)));
    const stop =
      (last.current && all.includes(last.current) ? last.current : null) ??
      (currentItem && root.contains(currentItem) ? currentItem : null) ??
      all[0];
    for (const item of all) {
      item.tabIndex = item === stop ? 0 : -1;
      const open = item === entered.current;
      for (const el of innerControls(item)) {
        if (open) {
          el.removeAttribute(marker);
          el.removeAttribute('tabindex');
        } else {
          el.setAttribute(marker, '');
          el.tabIndex = -1;
        }
      }
    }
  }, [items, current]);

  // Rows come and go (paging, filtering) and the current one changes: keep one stop throughout.
  const observer = useRef<MutationObserver | null>(null);
  const ref = useCallback(
    (node: T | null) => {
      observer.current?.disconnect();
      container.current = node;
      if (!node) return;
      sync();
      observer.current = new MutationObserver(sync);
      observer.current.observe(node, {
        childList: true,
        subtree: true,
        attributes: true,
        attributeFilter: ['aria-current'],
      });
    },
    [sync],
  );
  useEffect(() => () => observer.current?.disconnect(), []);

  const itemOf = (el: EventTarget | null): HTMLElement | null => {
    const root = container.current;
    if (!root || !(el instanceof HTMLElement) || !root.contains(el)) return null;
    return el.closest<HTMLElement>(items);
  };

  const onFocus = (e: FocusEvent<T>) => {
    const item = itemOf(e.target);
    if (!item) return;
    last.current = item;
    entered.current = e.target === item ? null : item;
    sync();
  };

  const onBlur = (e: FocusEvent<T>) => {
    // Leaving the list (or the item) takes the item's own controls out of the Tab order again.
    const next = itemOf(e.relatedTarget);
    entered.current = next && e.relatedTarget !== next ? next : null;
    sync();
  };

  const onKeyDown = (e: KeyboardEvent<T>) => {
    if (e.defaultPrevented || e.altKey || e.ctrlKey || e.metaKey) return;
    const item = itemOf(e.target);
    const root = container.current;
    if (!item || !root) return;
    if (e.target !== item) {
      if (e.key === 'Escape') {
        e.preventDefault();
        item.focus();
      }
      return;
    }
    const all = itemsOf(root, items);
    const at = all.indexOf(item);
    const to =
      e.key === 'ArrowDown'
        ? all[at + 1]
        : e.key === 'ArrowUp'
          ? all[at - 1]
          : e.key === 'Home'
            ? all[0]
            : e.key === 'End'
              ? all[all.length - 1]
              : undefined;
    if (to) {
      e.preventDefault();
      to.focus();
      return;
    }
    // An item that is itself a button acts on Enter; any other opens onto its controls.
    if ((e.key === 'Enter' && !isControl(item)) || e.key === 'ArrowRight') {
      const first = innerControls(item)[0];
      if (!first) return;
      e.preventDefault();
      first.focus();
    }
  };

  return { ref, onKeyDown, onFocus, onBlur };
}
