import { describe, expect, it, vi } from 'vitest';

// The module listens from the moment it is imported: each test imports a fresh copy.
async function fresh() {
  vi.resetModules();
  return import('../../../src/features/chart/reader-acted');
}

describe("the reader's first act", () => {
  it('counts an act made before anyone asked (the chart code not yet loaded)', async () => {
    const { readerActed, whenReaderActs } = await fresh();
    expect(readerActed()).toBe(false);
    window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Tab' }));
    expect(readerActed()).toBe(true);
    const run = vi.fn();
    whenReaderActs(run);
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('tells those waiting once, and not those who stopped waiting', async () => {
    const { whenReaderActs } = await fresh();
    const waiting = vi.fn();
    const gone = vi.fn();
    whenReaderActs(waiting);
    whenReaderActs(gone)();
    window.dispatchEvent(new MouseEvent('click'));
    window.dispatchEvent(new MouseEvent('click'));
    expect(waiting).toHaveBeenCalledTimes(1);
    expect(gone).not.toHaveBeenCalled();
  });
});
