import { expect, test, type Page } from '@playwright/test';
import { expectScreen, navLink, saveWin, screenAt, screens } from './support/app';
import { waitUntilControlled } from './support/service-worker';

declare global {
  interface Window {
    cspViolations?: string[];
  }
}

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether loading this URL stays on the device running the test. */
function staysLocal(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return localHosts.has(hostname);
}

/** Loads the app, saves a win and visits every screen, by tapping and by address. */
async function useEveryScreen(page: Page): Promise<void> {
  await page.goto('/');
  await waitUntilControlled(page);
  await saveWin(page, 'Called my sister back');
  await navLink(page, 'Jar').click();
  await expectScreen(page, screenAt('/jar'));
  await navLink(page, 'Look back').click();
  await expectScreen(page, screenAt('/look-back'));
  await expect(page.getByRole('main').getByText('Called my sister back', { exact: true })).toBeVisible();
  await navLink(page, 'More').click();
  await expectScreen(page, screenAt('/more'));
  // The storage facts on More come from the browser, not from a server.
  await expect(page.getByText(/Small Wins uses about .* on this device/)).toBeVisible();
  await navLink(page, 'Today').click();
  await expectScreen(page, screenAt('/'));
  for (const screen of screens) {
    await page.goto(screen.path);
    await expectScreen(page, screen);
  }
}

/** The policy's directives, each with its list of allowed sources. */
function parsePolicy(policy: string): Map<string, string[]> {
  const directives = new Map<string, string[]>();
  for (const part of policy.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) directives.set(name.toLowerCase(), sources);
  }
  return directives;
}

test.describe('privacy', () => {
  test('nothing is requested from anywhere but the app’s own server', async ({ page, context }) => {
    const requests: { url: string; fromServiceWorker: boolean }[] = [];
    // The context sees the pages' requests and the service worker's own (its precaching, for one).
    context.on('request', (request) =>
      requests.push({ url: request.url(), fromServiceWorker: request.serviceWorker() !== null }),
    );

    await useEveryScreen(page);

    expect(requests.length, 'the session should have made requests to watch').toBeGreaterThan(0);
    expect(
      requests.some((request) => request.fromServiceWorker),
      'the service worker’s requests should be watched too',
    ).toBe(true);
    const leaving = requests.map((request) => request.url).filter((url) => !staysLocal(url));
    expect(leaving, 'requests that left the device').toEqual([]);
  });

  test('the page carries a Content-Security-Policy that only allows the app’s own origin', async ({ page }) => {
    const response = await page.goto('/');
    const policies = page.locator('head meta[http-equiv="Content-Security-Policy" i]');
    await expect(policies).toHaveCount(1);
    const policy = parsePolicy((await policies.getAttribute('content')) ?? '');

    // default-src is the fallback for everything not named: it must be there and must be 'self'.
    expect(policy.get('default-src')).toEqual(["'self'"]);
    for (const directive of ['script-src', 'connect-src', 'object-src', 'base-uri', 'form-action']) {
      expect(policy.has(directive), `${directive} should be set`).toBe(true);
    }
    // The page as served, before the app replaces the Today shell and its inline script.
    const served = await page.evaluate(async (html) => {
      const page = new DOMParser().parseFromString(html, 'text/html');
      const hashOf = async (element: Element) => {
        const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(element.textContent));
        return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
      };
      const meta = page.querySelector('meta[http-equiv="Content-Security-Policy" i]');
      const loaders = [...page.querySelectorAll('script, link[rel="stylesheet"], link[rel="modulepreload"], style')];
      return {
        styleHashes: await Promise.all([...page.querySelectorAll('style')].map(hashOf)),
        scriptHashes: await Promise.all([...page.querySelectorAll('script:not([src])')].map(hashOf)),
        // A policy in a meta tag only covers what comes after it, so it must come before every script and stylesheet.
        policyComesFirst:
          meta !== null &&
          loaders.every((loader) => Boolean(meta.compareDocumentPosition(loader) & Node.DOCUMENT_POSITION_FOLLOWING)),
      };
    }, (await response?.text()) ?? '');
    // The app's own stylesheet and the Today shell's script are inlined; the policy allows exactly those by hash.
    expect(served.styleHashes.length, 'the inlined stylesheet').toBeGreaterThan(0);
    expect(served.scriptHashes.length, 'the Today shell’s inline script').toBe(1);
    for (const [directive, sources] of policy) {
      const allowed =
        directive === 'img-src'
          ? ["'self'", 'data:', 'blob:']
          : directive === 'style-src'
            ? ["'self'", ...served.styleHashes]
            : directive === 'script-src'
              ? ["'self'", ...served.scriptHashes]
              : ["'self'", "'none'"];
      expect(sources.length, `${directive} should list its sources`).toBeGreaterThan(0);
      for (const source of sources) {
        expect(allowed, `${directive} allows ${source}`).toContain(source);
      }
    }
    expect(policy.get('script-src')).toEqual(["'self'", ...served.scriptHashes]);
    expect(served.policyComesFirst, 'the policy should come before every script and stylesheet').toBe(true);
  });

  test('using the app breaks none of its own Content-Security-Policy', async ({ page, context }) => {
    await context.addInitScript(() => {
      window.cspViolations = [];
      document.addEventListener(
        'securitypolicyviolation',
        (event) => window.cspViolations?.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline'}`),
        true,
      );
    });
    const violations = () => page.evaluate(() => window.cspViolations ?? []);

    await useEveryScreen(page);
    await page.goto('/look-back');
    await expect(page.getByRole('main').getByText('Called my sister back', { exact: true })).toBeVisible();
    expect(await violations()).toEqual([]);

    // The listener does hear violations: an inline script, which the policy forbids, is reported.
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'void 0;';
      document.body.append(script);
    });
    await expect.poll(violations).toEqual([expect.stringContaining('script-src')]);
  });
});
