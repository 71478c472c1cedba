import { describe, expect, it } from 'vitest';
import { CASE_SCHEMA, CASE_VERSION, MAX_IMPORT_BYTES, newCase } from '../../src/lib/case-file';
import { parseImport } from '../../src/lib/case-import';

const valid = () => ({
  schema: CASE_SCHEMA,
  version: CASE_VERSION,
  cases: [
    {
      ...newCase({ title: 'ODR', noticeDate: '2026-05-01' }, 1),
      entries: [{ id: 'e1', type: 'appeal', date: '2026-05-02', text: 'Dear team', template: 'odr-appeal', updatedAt: 2 }],
    },
  ],
  deleted: {},
});

describe('parseImport', () => {
  it('accepts an export and returns it whole', () => {
    const result = parseImport(JSON.stringify(valid()));
    expect(result.ok && result.file.cases[0]!.entries[0]!.text).toBe('Dear team');
  });

  it('refuses each kind of broken file with its own reason', () => {
    expect(parseImport('{"schema": "seller-letters-case-file", "cases": [')).toEqual({ ok: false, reason: 'json' });
    expect(parseImport(JSON.stringify({ cases: [] }))).toEqual({ ok: false, reason: 'foreign' });
    expect(parseImport(JSON.stringify([1, 2]))).toEqual({ ok: false, reason: 'foreign' });
    expect(parseImport(JSON.stringify({ ...valid(), version: CASE_VERSION + 1 }))).toEqual({ ok: false, reason: 'newer' });
    expect(parseImport(' '.repeat(MAX_IMPORT_BYTES + 1))).toEqual({ ok: false, reason: 'size' });
    const wrongStatus = valid();
    (wrongStatus.cases[0] as { status: string }).status = 'won';
    expect(parseImport(JSON.stringify(wrongStatus))).toEqual({ ok: false, reason: 'damaged' });
    const badEntry = valid();
    (badEntry.cases[0]!.entries[0] as { date: string }).date = 'yesterday';
    expect(parseImport(JSON.stringify(badEntry))).toEqual({ ok: false, reason: 'damaged' });
  });

  it('keeps markup in text fields as text and drops unknown fields', () => {
    const file = valid();
    const payload = '<img src=x onerror="alert(1)"><script>alert(2)</script>';
    file.cases[0]!.title = payload;
    (file.cases[0] as Record<string, unknown>).innerHTML = payload;
    const result = parseImport(JSON.stringify(file));
    expect(result.ok && result.file.cases[0]!.title).toBe(payload);
    expect(result.ok && 'innerHTML' in result.file.cases[0]!).toBe(false);
  });
});
