import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../support/render-app';

// A lazy screen's first load can take a while in a cold test run.
const firstLoad = { timeout: 10_000 };

// Where the app says where to turn in a crisis, each number calls at a tap, written as it is said.
describe.each([
  ['the hard-day view', '/jar/pull', 'If today is more than hard'],
  ['More', '/more', 'When things are heavy'],
])('the crisis lines in %s', (_, path, section) => {
  it('are phone links, with the numbers as written', async () => {
    renderApp(path);
    const help = await screen.findByRole('region', { name: section }, firstLoad);
    expect(within(help).getByRole('link', { name: '988' })).toHaveAttribute('href', 'tel:988');
    expect(within(help).getByRole('link', { name: '116 123' })).toHaveAttribute('href', 'tel:116123');
    expect(help).toHaveTextContent('crisis line: 988 in the US, 116 123 (Samaritans) in the UK and Ireland.');
    // Anywhere else, a directory by country, opened in its own tab and told nothing of the app.
    const finder = within(help).getByRole('link', { name: 'Find A Helpline' });
    expect(finder).toHaveAttribute('href', 'https://findahelpline.com');
    expect(finder).toHaveAttribute('rel', 'noopener noreferrer');
  });
});
