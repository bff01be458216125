import { devices, expect, test, type APIResponse, type Page } from '@playwright/test';
import { expectScreen, screenAt, winField } from './support/app';
import { waitUntilControlled } from './support/service-worker';

interface ManifestIcon {
  src: string;
  sizes?: string;
  type?: string;
  purpose?: string;
}

interface ManifestShortcut {
  name: string;
  short_name?: string;
  url: string;
  icons?: ManifestIcon[];
}

interface WebAppManifest {
  name?: string;
  short_name?: string;
  description?: string;
  id?: string;
  start_url?: string;
  scope?: string;
  display?: string;
  theme_color?: string;
  background_color?: string;
  categories?: string[];
  icons?: ManifestIcon[];
  shortcuts?: ManifestShortcut[];
}

/** The address the page's <link> tag points at, resolved against the page. */
async function linkedUrl(page: Page, rel: string): Promise<URL> {
  const href = await page.locator(`head link[rel="${rel}"]`).getAttribute('href');
  expect(href, `the page should link a ${rel}`).toBeTruthy();
  return new URL(href ?? '', page.url());
}

async function loadManifest(page: Page): Promise<{ url: URL; manifest: WebAppManifest }> {
  const url = await linkedUrl(page, 'manifest');
  expect(url.pathname).toBe('/manifest.webmanifest');
  const response = await page.request.get(url.href);
  expect(response.status()).toBe(200);
  return { url, manifest: (await response.json()) as WebAppManifest };
}

/** Width and height from a PNG's header chunk. */
async function pngSize(response: APIResponse): Promise<{ width: number; height: number }> {
  const bytes = await response.body();
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(0, 8).equals(signature), `${response.url()} should be a PNG file`).toBe(true);
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** Loads an icon and checks it is a PNG of the size it claims. */
async function expectPngIcon(page: Page, url: URL, sizes?: string): Promise<void> {
  const response = await page.request.get(url.href);
  expect(response.status(), `${url.pathname} should load`).toBe(200);
  expect(response.headers()['content-type'], `${url.pathname} should be served as a PNG`).toMatch(/^image\/png\b/);
  const { width, height } = await pngSize(response);
  if (sizes !== undefined) expect(`${width}x${height}`, `${url.pathname} should be as big as it says`).toBe(sizes);
}

function purposes(icon: ManifestIcon): string[] {
  return (icon.purpose ?? 'any').split(/\s+/);
}

test.describe('installing Small Wins', () => {
  test('Chromium finds nothing stopping installation once the service worker is active', async ({
    playwright,
  }, testInfo) => {
    // Chromium never offers to install from an incognito-style context, which is what each test
    // normally gets, so this test opens a fresh browser profile of its own, on the same phone.
    const { baseURL, launchOptions } = testInfo.project.use;
    const { viewport, userAgent, deviceScaleFactor, isMobile, hasTouch } = devices['Pixel 7'];
    const context = await playwright.chromium.launchPersistentContext(testInfo.outputPath('profile'), {
      ...launchOptions,
      viewport,
      userAgent,
      deviceScaleFactor,
      isMobile,
      hasTouch,
      ...(baseURL ? { baseURL } : {}),
      serviceWorkers: 'allow',
    });
    try {
      const page = context.pages()[0] ?? (await context.newPage());
      await page.goto('/');
      await expect(winField(page)).toBeVisible();
      await waitUntilControlled(page);

      const cdp = await context.newCDPSession(page);
      const appManifest = await cdp.send('Page.getAppManifest');
      expect(appManifest.errors, 'Chromium should read the manifest without complaint').toEqual([]);
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
      expect(installabilityErrors).toEqual([]);
    } finally {
      await context.close();
    }
  });

  test('the manifest describes the app for a home screen', async ({ page }) => {
    await page.goto('/');
    const { manifest } = await loadManifest(page);

    expect(manifest.name).toBe('Small Wins');
    expect(manifest.short_name).toBe('Small Wins');
    expect(manifest.description?.length ?? 0, 'a store-style description').toBeGreaterThan(20);
    expect(manifest.id).toBe('/');
    expect(manifest.start_url).toBe('/');
    expect(manifest.scope).toBe('/');
    expect(manifest.display).toBe('standalone');
    expect(manifest.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.background_color).toMatch(/^#[0-9a-f]{6}$/i);
    expect(manifest.categories ?? []).toContain('health');

    const icons = manifest.icons ?? [];
    const anySizes = icons.filter((icon) => purposes(icon).includes('any')).map((icon) => icon.sizes);
    expect(anySizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
    const maskableSizes = icons.filter((icon) => purposes(icon).includes('maskable')).map((icon) => icon.sizes);
    expect(maskableSizes).toEqual(expect.arrayContaining(['192x192', '512x512']));

    const shortcuts = manifest.shortcuts ?? [];
    expect(shortcuts.map((shortcut) => shortcut.name)).toEqual(expect.arrayContaining(['Log a win', 'Pull a win']));
  });

  test('every icon in the manifest, and the home-screen icon for iPhone, loads as a PNG of its stated size', async ({
    page,
  }) => {
    await page.goto('/');
    const { url: manifestUrl, manifest } = await loadManifest(page);

    const icons = [...(manifest.icons ?? []), ...(manifest.shortcuts ?? []).flatMap((shortcut) => shortcut.icons ?? [])];
    expect(icons.length).toBeGreaterThan(0);
    for (const icon of icons) {
      expect(icon.type ?? 'image/png').toBe('image/png');
      // Icon addresses in a manifest are relative to the manifest itself.
      await expectPngIcon(page, new URL(icon.src, manifestUrl), icon.sizes);
    }

    const appleTouchIcon = await linkedUrl(page, 'apple-touch-icon');
    await expectPngIcon(page, appleTouchIcon);
    const { width, height } = await pngSize(await page.request.get(appleTouchIcon.href));
    expect(width, 'the iPhone home-screen icon should be square').toBe(height);
    expect(width, 'the iPhone home-screen icon should be at least 180 pixels').toBeGreaterThanOrEqual(180);
  });

  test('each home-screen shortcut opens the screen it names', async ({ page }) => {
    await page.goto('/');
    const { url: manifestUrl, manifest } = await loadManifest(page);
    const expected: Record<string, string> = { 'Log a win': '/log', 'Pull a win': '/jar/pull' };

    for (const [name, path] of Object.entries(expected)) {
      const shortcut = (manifest.shortcuts ?? []).find((candidate) => candidate.name === name);
      expect(shortcut, `the "${name}" shortcut`).toBeDefined();
      const target = new URL(shortcut?.url ?? '', manifestUrl);
      expect(target.origin).toBe(manifestUrl.origin);
      expect(target.pathname).toBe(path);

      await page.goto(target.href);
      await expectScreen(page, screenAt(path));
    }
  });
});
