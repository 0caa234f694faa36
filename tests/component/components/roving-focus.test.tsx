import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { closeDetailsOnEscape } from '../../../src/components/close-details-on-escape';
import { useFocusAfterRender } from '../../../src/components/use-focus-after-render';
import { useRovingFocus } from '../../../src/components/use-roving-focus';

/** A list of cards like the quotes: each card has a link and a button of its own. */
function Cards({ names, current }: { names: string[]; current?: string }) {
  const roving = useRovingFocus<HTMLUListElement>({
    items: 'article',
    current: '[aria-current="true"]',
  });
  const [shown, setShown] = useState(2);
  const focusLater = useFocusAfterRender();
  return (
    <>
      <button type="button">before</button>
      <ul {...roving}>
        {names.slice(0, shown).map((name) => (
          <li key={name}>
            <article
              id={`card-${name}`}
              aria-label={name}
              aria-current={name === current ? 'true' : undefined}
            >
              <a href={`#${name}`}>{name} link</a>
              <button type="button">{name} button</button>
            </article>
          </li>
        ))}
      </ul>
      <button
        type="button"
        onClick={() => {
          focusLater(`card-${names[shown]}`);
          setShown(names.length);
        }}
      >
        more
      </button>
    </>
  );
}

const card = (name: string) => screen.getByRole('article', { name });

describe('useRovingFocus', () => {
  it('makes the list one Tab stop, entered at the first card', async () => {
    const user = userEvent.setup();
    render(<Cards names={['a', 'b', 'c']} />);
    screen.getByRole('button', { name: 'before' }).focus();
    await user.tab();
    expect(card('a')).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'more' })).toHaveFocus();
    await user.tab({ shift: true });
    expect(card('a')).toHaveFocus();
  });

  it('moves with the arrows, Home and End, and comes back to the last card focused', async () => {
    const user = userEvent.setup();
    render(<Cards names={['a', 'b', 'c']} />);
    card('a').focus();
    await user.keyboard('{ArrowDown}');
    expect(card('b')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    expect(card('b')).toHaveFocus(); // the last card shown: nowhere further
    await user.keyboard('{Home}');
    expect(card('a')).toHaveFocus();
    await user.keyboard('{End}');
    expect(card('b')).toHaveFocus();
    await user.keyboard('{ArrowUp}');
    expect(card('a')).toHaveFocus();
    await user.keyboard('{ArrowDown}');
    await user.tab();
    await user.tab({ shift: true });
    expect(card('b')).toHaveFocus();
  });

  it('enters at the current card when none was focused', async () => {
    const user = userEvent.setup();
    render(<Cards names={['a', 'b', 'c']} current="b" />);
    screen.getByRole('button', { name: 'before' }).focus();
    await user.tab();
    expect(card('b')).toHaveFocus();
  });

  it("opens onto a card's controls with Enter; Tab walks them, Escape goes back", async () => {
    const user = userEvent.setup();
    render(<Cards names={['a', 'b', 'c']} />);
    card('a').focus();
    await user.keyboard('{Enter}');
    expect(screen.getByRole('link', { name: 'a link' })).toHaveFocus();
    await user.tab();
    expect(screen.getByRole('button', { name: 'a button' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(card('a')).toHaveFocus();
    // Closed again: the next Tab leaves the list.
    await user.tab();
    expect(screen.getByRole('button', { name: 'more' })).toHaveFocus();
  });

  it('keeps one stop as cards are added, and Show more focuses the first new one', async () => {
    const user = userEvent.setup();
    render(<Cards names={['a', 'b', 'c']} />);
    await user.click(screen.getByRole('button', { name: 'more' }));
    expect(card('c')).toHaveFocus();
    const stops = screen.getAllByRole('article').filter((el) => el.tabIndex === 0);
    expect(stops).toEqual([card('c')]);
    expect(screen.getByRole('link', { name: 'a link' })).toHaveAttribute('tabindex', '-1');
  });
});

describe('closeDetailsOnEscape', () => {
  it('closes the open disclosure and focuses its summary', async () => {
    const user = userEvent.setup();
    render(
      <details open onKeyDown={closeDetailsOnEscape}>
        <summary>Download</summary>
        <button type="button">CSV</button>
      </details>,
    );
    screen.getByRole('button', { name: 'CSV' }).focus();
    await user.keyboard('{Escape}');
    expect(screen.getByText('Download').closest('details')).not.toHaveAttribute('open');
    expect(screen.getByText('Download')).toHaveFocus();
  });
});
