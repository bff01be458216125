import type { ManifestOptions } from 'vite-plugin-pwa';

export const themeColors = { light: '#fbf7f2', dark: '#1d1a18' } as const;

// Icons are filled in by the assets generator from public/icon.svg.
export const manifest: Partial<ManifestOptions> = {
  id: '/',
  name: 'Small Wins',
  short_name: 'Small Wins',
  description:
    'Keep the small wins of your healing journey, and pull one out of the jar on a hard day. Private and offline: nothing leaves your phone.',
  lang: 'en',
  dir: 'ltr',
  start_url: '/',
  scope: '/',
  display: 'standalone',
  theme_color: themeColors.light,
  background_color: themeColors.light,
  categories: ['health', 'lifestyle', 'productivity'],
  // Text shared from another app opens as a draft win.
  share_target: {
    action: '/share',
    method: 'GET',
    enctype: 'application/x-www-form-urlencoded',
    params: { title: 'title', text: 'text', url: 'url' },
  },
  screenshots: [
    { src: '/screenshots/narrow.png', sizes: '1082x2202', type: 'image/png', form_factor: 'narrow', label: 'Today: write a small win' },
    { src: '/screenshots/wide.png', sizes: '1280x800', type: 'image/png', form_factor: 'wide', label: 'The Win Jar on a larger screen' },
  ],
  shortcuts: [
    {
      name: 'Log a win',
      short_name: 'Log a win',
      description: 'Write down a small win from today',
      url: '/log',
      icons: [{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' }],
    },
    {
      name: 'Pull a win',
      short_name: 'Pull a win',
      description: 'Take one of your past wins out of the jar',
      url: '/jar/pull',
      icons: [{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' }],
    },
    {
      name: 'Mindful pause',
      short_name: 'Pause',
      description: 'Note one small thing so far today',
      url: '/pause',
      icons: [{ src: '/pwa-192x192.png', sizes: '192x192', type: 'image/png' }],
    },
  ],
};
