import { checkLetter } from '../src/lib/checker.ts';
for (const text of process.argv.slice(2)) console.log(checkLetter({ lines: [text], headings: [], emptyKeys: [], kind: 'appeal' }).map((f) => `${f.rule}:${f.excerpt}`).filter((x) => !x.startsWith('poa-part')).join(' | ') || '-', '  <=', text);
