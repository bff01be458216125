import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ListEditor, type EditableItem, type ListEditorActions } from '@/components/list-editor';

const actions: ListEditorActions = {
  add: vi.fn(() => Promise.resolve()),
  edit: vi.fn(() => Promise.resolve()),
  setHidden: vi.fn(() => Promise.resolve()),
  move: vi.fn(() => Promise.resolve()),
  remove: vi.fn(() => Promise.resolve(undefined)),
  restoreBuiltIns: vi.fn(() => Promise.resolve()),
};

function Editor({ items }: { items: readonly EditableItem[] | undefined }) {
  return <ListEditor title="Your quick picks" itemName="Quick pick" addLabel="Add a quick pick" items={items} actions={actions} onClose={() => undefined} />;
}

describe('a list editor sheet', () => {
  it('rises only once its list is read, already holding every item, so nothing grows under a thumb', () => {
    const view = render(<Editor items={undefined} />);
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    const items = [
      { id: 'a', text: 'Went outside', hidden: false, builtIn: true },
      { id: 'b', text: 'Asked for help', hidden: false, builtIn: false },
    ];
    act(() => view.rerender(<Editor items={items} />));
    const sheet = screen.getByRole('dialog', { name: 'Your quick picks' });
    expect(sheet).toHaveAttribute('open');
    expect(screen.getByRole('textbox', { name: 'Quick pick 1' })).toHaveValue('Went outside');
    expect(screen.getByRole('textbox', { name: 'Quick pick 2' })).toHaveValue('Asked for help');
  });

  it('offers the last item no way further down', async () => {
    render(<Editor items={[{ id: 'a', text: 'Rested', hidden: false, builtIn: false }, { id: 'b', text: 'Ate lunch', hidden: false, builtIn: false }]} />);
    expect(screen.getByRole('button', { name: 'Move “Ate lunch” down' })).toBeDisabled();
    await userEvent.click(screen.getByRole('button', { name: 'Move “Rested” down' }));
    expect(actions.move).toHaveBeenCalledWith('a', 1);
  });

  it('shows each item whole in a field that wraps, where Enter saves the words instead of starting a line', async () => {
    const long = 'What is one thing you did today that you are quietly proud of, however small?';
    render(<Editor items={[{ id: 'a', text: long, hidden: false, builtIn: true }]} />);
    const field = screen.getByRole('textbox', { name: 'Quick pick 1' });
    expect(field.tagName).toBe('TEXTAREA');
    await userEvent.clear(field);
    await userEvent.type(field, 'Walked to the end of the road{Enter}');
    expect(field).toHaveValue('Walked to the end of the road');
    expect(actions.edit).toHaveBeenCalledWith('a', 'Walked to the end of the road');
  });

  it('keeps an item one paragraph: a pasted line break becomes a space', async () => {
    render(<Editor items={[{ id: 'a', text: 'Rested', hidden: false, builtIn: false }]} />);
    const field = screen.getByRole('textbox', { name: 'Quick pick 1' });
    await userEvent.click(field);
    await userEvent.paste('\nthen ate');
    expect(field).toHaveValue('Rested then ate');
  });

  it('adds with Enter from the field, as the form did', async () => {
    render(<Editor items={[]} />);
    await userEvent.type(screen.getByRole('textbox', { name: 'Add a quick pick' }), 'Fed the cat{Enter}');
    expect(actions.add).toHaveBeenCalledWith('Fed the cat');
    expect(screen.getByRole('textbox', { name: 'Add a quick pick' })).toHaveValue('');
  });

  it('moves focus to Undo when an item goes, and back to the item when Undo brings it', async () => {
    const putBack = vi.fn(() => Promise.resolve());
    vi.mocked(actions.remove).mockResolvedValueOnce(putBack);
    const items = [
      { id: 'a', text: 'Rested', hidden: false, builtIn: false },
      { id: 'b', text: 'Ate lunch', hidden: false, builtIn: false },
    ];
    const view = render(<Editor items={items} />);
    await userEvent.click(screen.getByRole('button', { name: 'Remove “Rested”' }));
    expect(actions.remove).toHaveBeenCalledWith('a');
    expect(screen.getByRole('status')).toHaveTextContent('Removed “Rested”. Undo');
    expect(screen.getByRole('button', { name: 'Undo' })).toHaveFocus();
    // The list read afresh, without it: the offer keeps its place, first.
    act(() => view.rerender(<Editor items={items.slice(1)} />));
    expect(screen.getByRole('list').firstElementChild).toHaveTextContent('Removed “Rested”.');

    await userEvent.click(screen.getByRole('button', { name: 'Undo' }));
    expect(putBack).toHaveBeenCalledOnce();
    act(() => view.rerender(<Editor items={items} />));
    expect(screen.queryByRole('status')).not.toBeInTheDocument();
    expect(screen.getByRole('textbox', { name: 'Quick pick 1' })).toHaveFocus();
  });
});
