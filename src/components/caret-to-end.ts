import { useEffect, useRef } from 'react';

/**
 * Focus in a field that may already hold words (a draft picked up again), with the caret after
 * them: focus alone left it at the start, so what was typed next went in front of the words.
 */
export function caretToEnd(element: HTMLTextAreaElement | HTMLInputElement): void {
  element.focus();
  element.setSelectionRange(element.value.length, element.value.length);
}

/** A field that takes focus as it appears, as autoFocus would, with the caret after its words. */
export function useFocusAtEnd<E extends HTMLTextAreaElement | HTMLInputElement>() {
  const field = useRef<E>(null);
  useEffect(() => {
    if (field.current) caretToEnd(field.current);
  }, []);
  return field;
}
