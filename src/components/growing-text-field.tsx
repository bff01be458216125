import { useEffect, useLayoutEffect, useRef, type ChangeEvent, type KeyboardEvent, type TextareaHTMLAttributes } from 'react';

type GrowingTextFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'rows' | 'onKeyDown'> & {
  /** What Enter does: the field holds one paragraph, so Enter never starts a new line. */
  onEnter: (field: HTMLTextAreaElement) => void;
};

/** Makes the field as tall as its words, so a long prompt shows whole instead of running off the edge. */
function fitHeight(field: HTMLTextAreaElement): void {
  // Not laid out yet (a sheet before it opens): there is nothing to measure, and the observer
  // below measures again once there is.
  if (field.clientWidth === 0) return;
  const style = getComputedStyle(field);
  const borders = parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth);
  field.style.height = 'auto';
  field.style.height = `${field.scrollHeight + borders}px`;
}

/**
 * A text field that wraps its words and grows with them: a one-line input cut a prompt off
 * mid-word on a phone. It stays one paragraph, as an input was (a pasted line break becomes a
 * space), so Enter is free for the caller: the list editor saves an item's words with it, as
 * leaving the field does, and adds a new item, as Enter in the add form always did.
 */
export function GrowingTextField({ onEnter, onChange, value, className = '', ...props }: GrowingTextFieldProps) {
  const field = useRef<HTMLTextAreaElement>(null);

  useLayoutEffect(() => {
    if (field.current) fitHeight(field.current);
  }, [value]);

  useEffect(() => {
    // The words rewrap when the width changes (a turned phone, larger text, the sheet opening
    // from display: none), so the height is measured again then. Only the width is watched:
    // the height is what this sets.
    const element = field.current;
    if (!element || typeof ResizeObserver === 'undefined') return;
    let width = -1;
    const observer = new ResizeObserver(([entry]) => {
      if (!entry || entry.contentRect.width === width) return;
      width = entry.contentRect.width;
      fitHeight(element);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);

  function change(event: ChangeEvent<HTMLTextAreaElement>) {
    const element = event.target;
    if (/[\r\n]/.test(element.value)) {
      const caret = element.selectionStart;
      element.value = element.value.replace(/\r\n?|\n/g, ' ');
      element.setSelectionRange(caret, caret);
    }
    fitHeight(element);
    onChange?.(event);
  }

  function keyDown(event: KeyboardEvent<HTMLTextAreaElement>) {
    if (event.key !== 'Enter' || event.nativeEvent.isComposing) return;
    event.preventDefault();
    onEnter(event.currentTarget);
  }

  return (
    <textarea
      ref={field}
      rows={1}
      enterKeyHint="done"
      className={`text-input growing-text-field ${className}`.trim()}
      value={value}
      onChange={change}
      onKeyDown={keyDown}
      {...props}
    />
  );
}
