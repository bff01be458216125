import type { KeyboardEvent } from 'react';

/** Enter submits; Shift+Enter adds a line; nothing happens mid-composition (IME input). */
export function submitOnEnter(submit: () => void) {
  return (event: KeyboardEvent<HTMLTextAreaElement | HTMLInputElement>) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.nativeEvent.isComposing) {
      event.preventDefault();
      submit();
    }
  };
}
