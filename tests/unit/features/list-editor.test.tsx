import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { ListEditor, type EditableItem, type ListEditorActions } from '@/components/list-editor';

const actions: ListEditorActions = {
  add: vi.fn(() => Promise.resolve()),
  edit: vi.fn(() => Promise.resolve()),
  setHidden: vi.fn(() => Promise.resolve()),
  move: vi.fn(() => Promise.resolve()),
  remove: vi.fn(() => Promise.resolve()),
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
});
