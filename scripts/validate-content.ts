/**
 * Quick content check without a build: reads content/ as the collections do, parses it with the build's schemas
 * (src/schemas) and runs the cross-file rules (src/lib/validate.ts).
 * Usage: npm exec -- node scripts/validate-content.ts [root]  (exit 1 and one line per problem when something is wrong)
 */
import { formatProblems } from '../src/lib/validate.ts';
import { readContent } from './read-content.ts';

const { content, problems } = readContent(process.argv[2] ?? '.');
if (problems.length) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const { templates, guides, contacts, triage, situations, vocabulary, deadlines } = content;
console.log(
  `Content OK: ${templates.length} templates, ${guides.length} guide files, ${contacts.length} contacts, ${triage.length} triage nodes, ${situations.length} situations, ${vocabulary.length} vocabulary entries, ${deadlines.length} deadlines.`,
);
