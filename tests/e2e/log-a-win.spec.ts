import { expect, test } from '@playwright/test';

test('a typed win is saved with Enter and listed under today', async ({ page }) => {
  await page.goto('/');
  const field = page.getByRole('textbox', { name: 'Your win' });
  await expect(field).toBeFocused();
  await field.fill('Went for a 5-minute walk');
  await field.press('Enter');
  const list = page.getByRole('region', { name: 'Today’s wins' });
  await expect(list.getByText('Went for a 5-minute walk')).toBeVisible();
  await expect(field).toHaveValue('');

  await page.reload();
  await expect(page.getByRole('region', { name: 'Today’s wins' }).getByText('Went for a 5-minute walk')).toBeVisible();
});
