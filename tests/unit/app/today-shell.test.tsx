import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fillTodayShell, TODAY_SHELL_ID } from '@/app/fill-today-shell';
import { todayShellMarkup } from '@/app/today-shell';
import { keepPrompt } from '@/hooks/early-prompt';
import { rememberLockHint } from '@/store/slices/lock-slice';
import { useAppStore } from '@/store/store';
import { renderApp } from '../../support/render-app';

const noon = new Date(2026, 10, 25, 12, 0);
const smallHours = new Date(2026, 10, 26, 2, 0);
const evening = new Date(2026, 10, 25, 20, 30);

/** index.html's Today shell as the built page holds it, after its inline script has run at `now`. */
function openShell(now: Date, path = '/') {
  const page = document.implementation.createHTMLDocument();
  page.body.innerHTML = `<div id="root">${todayShellMarkup()}</div>`;
  const shell = page.getElementById(TODAY_SHELL_ID)!;
  const shown = fillTodayShell(shell, now, path);
  return { shown, root: page.getElementById('root')! };
}

/** React's first render of the app at `path`, before the database has answered. */
function firstRender(now: Date, path = '/') {
  vi.setSystemTime(now);
  return renderApp(path).container;
}

function describeElement(element: Element): string {
  return `${element.tagName.toLowerCase()}${[...element.classList].map((name) => `.${name}`).join('')}`;
}

/** Where an element sits in the layout: every ancestor inside the frame, with what comes before it at its level. */
function placeOf(element: Element | null): string[] {
  const place: string[] = [];
  for (let node = element; node && !node.classList.contains('shell'); node = node.parentElement) {
    const before: string[] = [];
    for (let sibling = node.previousElementSibling; sibling; sibling = sibling.previousElementSibling) before.unshift(describeElement(sibling));
    place.unshift(`${before.join(' + ')} | ${describeElement(node)}`);
  }
  return place;
}

/** The notes above the field that show, as read. */
function notesShown(root: Element): string[] {
  return [...root.querySelectorAll('.note:not([hidden])')].map((note) => note.textContent);
}

function promptOf(root: Element) {
  return root.querySelector('.composer-prompt');
}

describe('the Today shell in index.html', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['Date'] }));
  afterEach(() => {
    vi.useRealTimers();
    localStorage.clear();
  });

  it('shows the day and the prompt exactly where, and as, React’s first render of Today does', () => {
    const { shown, root } = openShell(noon);
    const app = firstRender(noon);

    expect(shown).toBe(true);
    expect(root.querySelector('h1')?.textContent).toBe('Wednesday, 25 November');
    expect(promptOf(root)?.textContent).toBe(promptOf(app)?.textContent);
    expect(promptOf(root)?.textContent).toMatch(/\?$/);
    for (const part of ['h1', '.composer-prompt', '.composer-label', '.hard-day-pill']) {
      expect(placeOf(root.querySelector(part)), part).toEqual(placeOf(app.querySelector(part)));
    }
    expect(placeOf(root.querySelector('h1'))[0]).toBe('a.skip-link | main.screen');
    // The same header, link and navigation, to the attribute.
    expect(root.querySelector('header')?.outerHTML).toBe(app.querySelector('header')?.outerHTML);
    expect(root.querySelector('nav')?.outerHTML).toBe(app.querySelector('nav')?.outerHTML);
  });

  it('holds nothing to type into, so no keystroke can be lost when the app replaces it', () => {
    const { root } = openShell(noon);
    expect(root.querySelector('textarea, input, [contenteditable]')).toBeNull();
    expect([...root.querySelectorAll('button')].map((button) => button.disabled)).toEqual([true]);
  });

  it('shows the prompt kept for today, as the app does, and holds the space when the kept one is old', () => {
    keepPrompt('2026-11-25', { id: 'own-1', text: 'What made you laugh today?', theme: 'own', hidden: false, builtIn: false });
    expect(promptOf(openShell(noon).root)?.textContent).toBe('What made you laugh today?');
    expect(promptOf(firstRender(noon))?.textContent).toBe('What made you laugh today?');

    const nextDay = new Date(2026, 10, 26, 12, 0);
    expect(promptOf(openShell(nextDay).root)?.textContent).toBe('\u00a0');
  });

  it('before the day starts, shows the app’s late-night note above the field, so the field does not move when the app comes', () => {
    const { shown, root } = openShell(smallHours);
    const app = firstRender(smallHours);

    expect(shown).toBe(true);
    expect(root.querySelector('h1')?.textContent).toBe('Wednesday, 25 November');
    expect(notesShown(root)).toEqual([
      'It is before 4 am, when your day starts, so wins you write now count for Wednesday, 25 November. Change when your day starts',
    ]);
    expect(notesShown(app)).toEqual(notesShown(root));
    for (const part of ['.note:not([hidden])', '.composer-label', '.composer-prompt']) {
      expect(placeOf(root.querySelector(part)), part).toEqual(placeOf(app.querySelector(part)));
    }
  });

  it('in the evening with no win known for today, shows the evening note as the app’s first render does', () => {
    const { root } = openShell(evening);
    const app = firstRender(evening);
    expect(notesShown(root)).toEqual(['The evening is a good moment to notice one small thing from today. Anything counts.']);
    expect(notesShown(app)).toEqual(notesShown(root));
    expect(placeOf(root.querySelector('.composer-label'))).toEqual(placeOf(app.querySelector('.composer-label')));
  });

  it('in the evening once this device has seen a win today, shows no note, and neither does the app', () => {
    localStorage.setItem('small-wins:logged-day', '2026-11-25');
    expect(notesShown(openShell(evening).root)).toEqual([]);
    expect(notesShown(firstRender(evening))).toEqual([]);
    // At noon there is no evening note at all.
    localStorage.clear();
    expect(notesShown(openShell(noon).root)).toEqual([]);
  });

  it('shows nothing while a lock is set, as the app shows only its lock screen', () => {
    rememberLockHint(true);
    const { shown, root } = openShell(noon);
    expect(shown).toBe(false);
    expect(root.innerHTML).toBe('');
    // The store reads the same hint when the app starts.
    useAppStore.setState({ locked: true });
    expect(firstRender(noon).querySelector('h1')).toBeNull();
  });

  it('shows nothing at another screen’s address, and shows Today at the shortcut’s /log', () => {
    for (const path of ['/jar', '/jar/pull', '/look-back', '/more', '/reframe', '/share']) {
      const { shown, root } = openShell(noon, path);
      expect(shown, path).toBe(false);
      expect(root.innerHTML, path).toBe('');
    }
    expect(openShell(noon, '/log').shown).toBe(true);
  });
});
