/**
 * Writes src/lib/notice-signals.ts, the decoder's table, from content/notice-kinds.yaml (parsed and checked as the
 * build does). Run after editing the kinds: `npm run notice:data`. The build and a unit test fail while it is stale.
 * Usage: npm run notice:data [-- --check]   (--check: exit 1 if the file is out of date, write nothing)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { formatProblems } from '../src/lib/validate.ts';
import { NOTICE_SIGNALS_FILE, noticeSignalsModule } from '../src/lib/notice-module.ts';
import { readContent } from './read-content.ts';

const { content, problems } = readContent('.');
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const text = noticeSignalsModule(content.noticeKinds);
const current = (() => {
  try {
    return readFileSync(NOTICE_SIGNALS_FILE, 'utf8');
  } catch {
    return '';
  }
})();
if (process.argv.includes('--check')) {
  if (current !== text) {
    console.error(`${NOTICE_SIGNALS_FILE} is out of date with content/notice-kinds.yaml: run npm run notice:data`);
    process.exit(1);
  }
  console.log(`${NOTICE_SIGNALS_FILE} is up to date.`);
} else if (current === text) console.log(`${NOTICE_SIGNALS_FILE} is up to date.`);
else {
  writeFileSync(NOTICE_SIGNALS_FILE, text);
  console.log(`Wrote ${NOTICE_SIGNALS_FILE} (${content.noticeKinds.length} kinds).`);
}
