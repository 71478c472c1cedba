/** HTML validity gate: every built page passes html-validate (rules in .htmlvalidate.json) with zero errors. */
import { expect, test } from 'vitest';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { builtPages } from '../support/dist';

const validator = new HtmlValidate(new FileSystemConfigLoader());

test('every built page is valid HTML', async () => {
  const pages = builtPages();
  expect(pages.length).toBeGreaterThan(50);
  const errors: string[] = [];
  for (const page of pages) {
    const report = await validator.validateString(page.html, page.file);
    for (const result of report.results) {
      for (const m of result.messages) if (m.severity === 2) errors.push(`${page.path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
  expect(errors).toEqual([]);
});

test('the validator uses the project rules and reports real errors', async () => {
  const page =
    '<!doctype html><html lang="en"><head><title>x</title></head><body><main><p id="a">1</p><p id="a">2</p><img src="x.png"></main></body></html>';
  const report = await validator.validateString(page, 'dist/probe.html');
  const rules = report.results.flatMap((r) => r.messages.map((m) => m.ruleId));
  expect(rules).toContain('no-dup-id');
  expect(rules).toContain('wcag/h37');
});
