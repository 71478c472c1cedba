/**
 * scripts/validate-content.ts checks what the build checks: it reads the real content as the collections do, and
 * fails on every bad-content case of the build's gate (tests/support/bad-content.ts) with the same file, field and message.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { readContent } from '../../scripts/read-content';
import { formatProblems, type Problem } from '../../src/lib/validate';
import { BAD_CONTENT_CASES, edit } from '../support/bad-content';

const lines = (problems: Problem[]) => problems.map((p) => `${p.file} ${p.field ?? ''} ${p.message}`);

let copy: string | undefined;
afterEach(() => {
  if (copy) rmSync(copy, { recursive: true, force: true });
  copy = undefined;
});
/** A throw-away copy of content/ (all the reader reads). */
function contentCopy(): string {
  copy = mkdtempSync(join(tmpdir(), 'validate-content-'));
  cpSync('content', join(copy, 'content'), { recursive: true });
  return copy;
}

describe('the reader', () => {
  it('reads every collection of the real content, valid, with ids and files as the build has them', () => {
    const { content, problems } = readContent();
    expect(lines(problems)).toEqual([]);
    expect(content.templates.length).toBeGreaterThan(30);
    expect(content.explainers).toHaveLength(content.templates.length * 2);
    expect(content.templates.every((t) => t.id === t.data.slug && t.filePath === `content/templates/${t.id}.yaml`)).toBe(true);
    expect(content.guides.map((g) => g.id)).toContain('plan-of-action.zh-CN');
    expect(content.triage.find((n) => n.data.order !== undefined)?.filePath).toBe('content/triage.yaml');
    expect(content.contacts.find((c) => c.id === 'seller-performance-us')?.data.marketplace).toBe('US');
    expect(content.vocabulary.length).toBeGreaterThan(10);
    expect(content.deadlines.every((d) => d.data.asOf instanceof Date)).toBe(true);
  });

  it('a source on a Seller Central lookalike host (a mirror) is refused, naming the file and the field', () => {
    const dir = contentCopy();
    edit(
      dir,
      'content/notice-kinds.yaml',
      'https://sellercentral.amazon.co.uk/seller-forums/',
      'http://sellercentral.haqm.com/seller-forums/',
    );
    const text = formatProblems(readContent(dir).problems);
    expect(text).toMatch(/content\/notice-kinds\.yaml/);
    expect(text).toMatch(/route\.source\.url/);
    expect(text).toMatch(/not Amazon's \(a mirror or lookalike\)/);
  });

  it('a problem in MDX frontmatter names the MDX file and the field', () => {
    const dir = contentCopy();
    const guide = 'content/guides/plan-of-action.en.mdx';
    edit(dir, guide, /^order: .*$/m, 'order: first');
    expect(lines(readContent(dir).problems)).toEqual([`${guide} order Invalid input: expected number, received string`]);
  });
});

describe("validate-content fails on the build gate's bad content, naming file and field", () => {
  for (const { rule, breakIt, expected } of BAD_CONTENT_CASES) {
    it(rule, () => {
      const dir = contentCopy();
      breakIt(dir);
      const { problems } = readContent(dir);
      expect(problems.length).toBeGreaterThan(0);
      const text = formatProblems(problems);
      for (const pattern of expected) expect(text, `output should match ${pattern}`).toMatch(pattern);
    });
  }
});

// Each spawns Node on the script: seconds on a busy 2-core machine, so a generous timeout.
describe('the command', { timeout: 120_000 }, () => {
  const run = (root: string) => spawnSync(process.execPath, ['scripts/validate-content.ts', root], { encoding: 'utf8' });

  it('prints Content OK with the counts on the real content', () => {
    const { status, stdout } = run('.');
    expect(status).toBe(0);
    expect(stdout).toMatch(
      /^Content OK: \d+ templates, \d+ guide files, \d+ contacts, \d+ triage nodes, \d+ situations, \d+ vocabulary entries, \d+ deadlines\.$/m,
    );
  });

  it('exits 1 and prints each problem with file and field on broken content', () => {
    const dir = contentCopy();
    edit(dir, 'content/contacts.yaml', /^(seller-performance-ca:\n(?: {2}.*\n)*? {2}marketplace: ).*$/m, '$1XX');
    const { status, stderr } = run(dir);
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^Content validation failed with 1 problem:\n {2}content\/contacts\.yaml → seller-performance-ca\.marketplace: Invalid option: expected one of "ALL"/,
    );
  });
});
