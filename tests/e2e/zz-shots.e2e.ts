import { test } from '@playwright/test';
import { articleTag, encodeAssignment } from '../../src/lib/assign/assignment';
import { moduleLink, practice } from './module';

test('shots', async ({ page }, info) => {
	test.slow();
	const link = await moduleLink();
	const code = encodeAssignment({
		version: 2,
		article: articleTag(practice.bank.article.slug),
		bank: practice.bank.version,
		title: 'Flood week',
		sections: [1, 2],
		mode: 'practice',
		requireName: true
	});
	const p = info.project.name;
	await page.goto(`/m/?a=${encodeURIComponent(code)}#${link}`);
	await page.getByLabel(/Your name/).fill('Ana');
	await page.getByRole('button', { name: 'Start' }).click();
	await page.screenshot({ path: `/tmp/shot-${p}-massign.png`, fullPage: true });
	await page.getByRole('link', { name: /^1\. / }).click();
	await page.getByText('section 1 of 2').waitFor();
	await page.screenshot({ path: `/tmp/shot-${p}-msection.png` });
	await page.goto(`/m/#${link}`);
	await page.getByText('Flood week').waitFor();
	await page.screenshot({ path: `/tmp/shot-${p}-mhome.png`, fullPage: true });
	await page.goto('/');
	await page.screenshot({ path: `/tmp/shot-${p}-home.png`, fullPage: true });
});
