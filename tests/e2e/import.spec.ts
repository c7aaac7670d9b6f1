import iconv from 'iconv-lite';
import * as XLSX from 'xlsx';
import type { Page } from '@playwright/test';
import { expect, nav, screen, startEmpty, test } from './fixtures';

// Partner files as the agencies' own tools save them, built here so the test says what is in them.

/** The internet-information office's CSV, saved by Chinese Excel in GB18030: 𠮷 and € need four-byte and euro mappings. */
function cacCsv(): Buffer {
  const rows = [
    ['序号', '标题', '内容', '链接', '来源', '发布时间', '转发数', '发布人'],
    [
      '1',
      '𠮷祥小区停水',
      '𠮷祥小区停水三天，物业称水泵损坏，维修费 €200 由业主分摊',
      'https://weibo.com/1234567890/Nabc1?from=timeline',
      '新浪微博',
      '2024-05-05 10:30',
      '1.2万',
      '吉祥业主群',
    ],
    [
      '2',
      '公交线路调整引热议',
      '网民对 12 路公交改线意见较大，认为绕行太远',
      'https://www.toutiao.com/article/7345/',
      '今日头条',
      '2024/5/5 11:05',
      '320',
      '本地出行',
    ],
    ['3', '', '', '', '', '', '', ''],
    [
      '4',
      '菜价上涨',
      '多名市民反映近期蔬菜价格上涨明显',
      'https://mp.weixin.qq.com/s/abc',
      '公众号',
      '2024年5月5日 12时00分',
      '88',
      '城市生活',
    ],
  ];
  const text = rows.map((cells) => cells.join(',')).join('\r\n') + '\r\n';
  return iconv.encode(text, 'gb18030');
}

/** The police cyber unit's workbook: a title row above the header, month-day times, one post the CAC also sent. */
function policeXlsx(): Buffer {
  const rows = [
    ['XX公安网安网络舆情日报 2024年5月5日'],
    ['标题', '正文', '原文链接', '平台', '发帖时间', '转发量'],
    ['𠮷祥小区停水', '𠮷祥小区停水三天，物业称水泵损坏', 'https://m.weibo.com/1234567890/Nabc1/', '微博', '5月5日 10:40', '15000'],
    ['学校门口拥堵', '某中学门口早高峰拥堵，家长反映交警未到岗', 'https://tieba.baidu.com/p/88', '贴吧', '5月5日 13:20', '12'],
    ['合计', '', '', '', '', ''],
  ];
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), '舆情');
  return XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

async function openImport(page: Page): Promise<void> {
  await nav(page).getByRole('link', { name: /^导入/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: '导入' })).toBeVisible();
}

async function chooseFile(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '选择文件…' }).click();
  await (await chooser).setFiles({ name, mimeType, buffer });
}

test('imports a GB18030 CSV and a workbook with a title row, remaps a column, merges across agencies and undoes a batch', async ({
  page,
}) => {
  page.on('dialog', (dialog) => void dialog.accept());
  await startEmpty(page);
  await openImport(page);
  await expect(page.getByText('还没有导入过文件。')).toBeVisible();
  await screen(page, 'import-choose');

  await page.getByLabel('来源渠道').selectOption({ label: '网信办' });
  await chooseFile(page, '网信办日报.csv', 'text/csv', cacCsv());
  const preview = page.getByTestId('mapping-preview');
  await expect(preview).toBeVisible();
  await expect(page.getByTestId('mapping-file')).toContainText('GB18030');
  await expect(preview).toContainText('𠮷祥小区停水三天，物业称水泵损坏，维修费 €200 由业主分摊');
  await expect(preview).toContainText('12,000');
  // 发布人 is no synonym: the analyst maps it to 账号 and the preview shows the accounts.
  const publisher = page.getByLabel('发布人 → 字段');
  await expect(publisher).toHaveValue('');
  await publisher.selectOption({ label: '账号' });
  await expect(page.getByLabel('发布人 → 字段')).toHaveValue('account');
  await expect(preview).toContainText('吉祥业主群');
  await screen(page, 'import-mapping');

  await page.getByRole('button', { name: /开始导入（3 行）/ }).click();
  const report = page.getByTestId('import-report');
  await expect(report).toBeVisible();
  await expect(page.getByTestId('report-accepted')).toContainText('3');
  await expect(page.getByTestId('report-rejected')).toContainText('1');
  await expect(page.getByTestId('report-rejected-table')).toContainText('4');
  await expect(page.getByTestId('status-item-count')).toHaveText('条目 3 条');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: '保存报告（Excel）' }).click();
  expect((await download).suggestedFilename()).toMatch(/^导入报告-\d{12}\.xlsx$/);
  await screen(page, 'import-report-cac');

  await page.getByRole('button', { name: '导入其他文件' }).click();
  await page.getByLabel('来源渠道').selectOption({ label: '公安网安' });
  await chooseFile(page, '公安网安日报.xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', policeXlsx());
  await expect(page.getByTestId('mapping-file')).toContainText('工作表“舆情”，表头在第 2 行');
  // The year comes from the title row: 5月5日 10:40 is 2024.
  await expect(preview).toContainText('2024年5月5日 10:40');
  await page.getByRole('button', { name: /开始导入（2 行）/ }).click();
  await expect(page.getByTestId('report-merged')).toContainText('1');
  await expect(page.getByTestId('status-item-count')).toHaveText('条目 4 条');
  await screen(page, 'import-report-police');

  const batches = page.getByTestId('import-batches');
  await expect(batches.locator('tbody tr')).toHaveCount(2);
  await expect(batches.locator('tbody tr').first()).toContainText('公安网安日报.xlsx');
  await page.getByRole('button', { name: '撤销本批' }).first().click();
  await expect(page.getByText('已撤销该批次。')).toBeVisible();
  await expect(batches.locator('tbody tr').first()).toContainText('已撤销');
  await expect(page.getByTestId('status-item-count')).toHaveText('条目 3 条');
  await screen(page, 'import-undone');

  // The undo and the imports are in the audit log, and the chain still verifies.
  await nav(page)
    .getByRole('link', { name: /^操作日志/ })
    .click();
  await page.getByRole('button', { name: '校验操作日志' }).click();
  await expect(page.getByTestId('audit-verification')).toContainText('校验通过');
  await expect(page.getByTestId('audit-table')).toContainText('撤销导入条目');
  await expect(page.getByTestId('audit-table')).toContainText('导入条目');
  await screen(page, 'import-audit');
});

test('field reports: three in a row with the keyboard only', async ({ page }) => {
  await startEmpty(page);
  await page.keyboard.press('Alt+3');
  await expect(page.getByRole('heading', { level: 1, name: '导入' })).toBeFocused();
  // From the heading: the first tab, then the field-report tab.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('tab', { name: '社会舆情录入' })).toBeFocused();
  await page.keyboard.press('Enter');
  const reports = [
    ['东胜区菜市场摊位费上涨', '多名摊主反映摊位费从每月 800 元涨到 1200 元，准备联名反映'],
    ['', '网格员听到居民议论小区供暖温度不达标，已有人打 12345'],
    ['伊金霍洛旗景区门票', '游客称景区门票临时上调，现场有争执'],
  ];
  for (const [index, [title, content]] of reports.entries()) {
    await expect(page.getByLabel('标题（可空）')).toBeFocused();
    await page.keyboard.type(title ?? '');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('反映的情况')).toBeFocused();
    await page.keyboard.type(content ?? '');
    await page.keyboard.press('Tab');
    await page.keyboard.type('东胜区');
    await page.keyboard.press('Control+Enter');
    await expect(page.getByTestId('field-report-saved')).toContainText(`已保存第 ${index + 1} 条`);
  }
  await expect(page.getByTestId('status-item-count')).toHaveText('条目 3 条');
  await screen(page, 'import-field-reports');
});
