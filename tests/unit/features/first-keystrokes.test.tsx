import { createRoot } from 'react-dom/client';
import { memoryLocation } from 'wouter/memory-location';
import { afterEach, expect, test } from 'vitest';
import { App } from '@/app/app';

// React renders the first screen in one task and runs its effects (the store
// subscriptions among them) in a later one; a keystroke can land in between.
// Here the keystrokes come as soon as the field has focus and the task that gave
// it focus is over, as a fast typist's (or a test driver's) would.

let root: ReturnType<typeof createRoot> | null = null;

afterEach(() => {
  root?.unmount();
  root = null;
  document.body.innerHTML = '';
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;
});

/** Types into `field` as a keyboard would: the field's value grows, then `input` fires. */
function typeInto(field: HTMLTextAreaElement, text: string) {
  for (const character of text) {
    // The element's own setter, past React's value tracking, as a keystroke changes the value.
    Reflect.set(HTMLTextAreaElement.prototype, 'value', field.value + character, field);
    field.dispatchEvent(new InputEvent('input', { bubbles: true, data: character, inputType: 'insertText' }));
  }
}

test('the first keystrokes after the win field takes focus are all kept', async () => {
  // Without act, React schedules its work as it does in a browser.
  (globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = false;
  const container = document.createElement('div');
  document.body.append(container);

  const typed = new Promise<HTMLTextAreaElement>((resolve) => {
    document.addEventListener(
      'focusin',
      (event) => {
        const field = event.target;
        if (!(field instanceof HTMLTextAreaElement)) return;
        // After the task that focused the field, before any later one.
        queueMicrotask(() => {
          typeInto(field, 'Went for a walk');
          resolve(field);
        });
      },
      { once: true },
    );
  });

  root = createRoot(container);
  root.render(<App hook={memoryLocation({ path: '/' }).hook} />);
  const field = await typed;

  await expect.poll(() => field.value).toBe('Went for a walk');
  // And it stays that way once everything that was waiting has run.
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(field.value).toBe('Went for a walk');
});
