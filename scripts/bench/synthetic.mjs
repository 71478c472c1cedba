// Synthetic templates for the scale benchmark: copies of the real ones (YAML + both MDX explainers) under new
// slugs, with their sentences and list items shuffled, placeholder examples varied and a few made-up words
// added, so Pagefind indexes different text per page. Deterministic: the same n gives the same files.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { dump, load } from 'js-yaml';

/** Small seeded PRNG (mulberry32), so runs are comparable. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = (rand, list) => list[Math.floor(rand() * list.length)];

function shuffle(rand, list) {
  const copy = [...list];
  for (let i = copy.length - 1; i > 0; i -= 1) {
    const j = Math.floor(rand() * (i + 1));
    [copy[i], copy[j]] = [copy[j], copy[i]];
  }
  return copy;
}

const SYLLABLES = ['ka', 'lo', 'mir', 'ven', 'tu', 'sha', 'rel', 'dor', 'pim', 'qua', 'zen', 'bri', 'sol', 'nak', 'fe', 'gru'];
const HANZI = [...'云帆锦澜星禾墨川鹿岚骁瀚泓翎琥晟霁珂楠璟沐峤昀溪筠'];

/** A made-up word of 2–4 syllables, and a made-up two-to-three character Chinese name. */
const madeUpWord = (rand) => Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(rand, SYLLABLES)).join('');
const madeUpName = (rand) => Array.from({ length: 2 + Math.floor(rand() * 2) }, () => pick(rand, HANZI)).join('');

/**
 * Shuffles the sentences of plain paragraphs; headings, lists and multi-line blocks are left alone, and in MDX
 * so is any paragraph with markup (a split could break a link or emphasis).
 */
function shuffleSentences(rand, text, language, { mdx = false } = {}) {
  return text
    .split('\n\n')
    .map((paragraph) => {
      if (paragraph.includes('\n') || /^(#|\d+\.|[-*] )/.test(paragraph) || (mdx && /[*[`<{}|]/.test(paragraph))) return paragraph;
      const sentences = paragraph.split(language.end);
      return sentences.length > 1 ? shuffle(rand, sentences).join(language.join) : paragraph;
    })
    .join('\n\n');
}

/** Shuffles the items of each bullet list (lines starting with "- "). */
function shuffleBullets(rand, text) {
  return text.replace(/(?:^- .*\n?)+/gm, (block) => {
    const items = block.trimEnd().split('\n');
    return `${shuffle(rand, items).join('\n')}${block.endsWith('\n') ? '\n' : ''}`;
  });
}

/** Where sentences end, and how they are joined again. */
const EN = { end: /(?<=[.!?])\s+(?=[A-Z{])/, join: ' ' };
const ZH = { end: /(?<=[。！？])/, join: '' };

function varyExample(rand, placeholder, n) {
  const example = String(placeholder.example);
  switch (placeholder.kind) {
    case 'email':
      return example.replace('@', `+${n}@`);
    case 'date': {
      const date = new Date(`${example}T00:00:00Z`);
      date.setUTCDate(date.getUTCDate() + (n % 365));
      return date.toISOString().slice(0, 10);
    }
    case 'number':
      return /^\d+$/.test(example) ? String(Number(example) + (n % 9)) : example;
    case 'asin':
      return `B0${Array.from({ length: 8 }, () => pick(rand, [...'ABCDEFGHJKLMNPQRSTUVWXYZ0123456789'])).join('')}`;
    case 'order-id':
      return example.replace(/\d/g, () => String(Math.floor(rand() * 10)));
    case 'list':
    case 'multiline':
      return `${example.trimEnd()}\n${madeUpWord(rand)} ${n}`;
    default:
      return /^\d+$/.test(example) || example.length < 4 ? example : `${example} ${madeUpWord(rand)}`;
  }
}

function varyLetter(rand, version) {
  return {
    ...version,
    letter: shuffleSentences(rand, version.letter, EN),
    translationZh: shuffleSentences(rand, version.translationZh, ZH),
  };
}

/** One synthetic template: its YAML text and both explainers, derived from a real one. */
export function synthesize(real, n) {
  const rand = random(n + 1);
  const slug = `${real.yaml.slug}-synthetic-${n}`;
  const word = madeUpWord(rand);
  const name = madeUpName(rand);
  const data = {
    ...varyLetter(rand, real.yaml),
    slug,
    title: { zh: `${real.yaml.title.zh}（样例 ${n}）`, en: `${real.yaml.title.en} (sample ${n})` },
    summary: { zh: `${real.yaml.summary.zh} 参考案例：${name}。`, en: `${real.yaml.summary.en} Reference case: ${word}.` },
    placeholders: (real.yaml.placeholders ?? []).map((p) => ({ ...p, example: varyExample(rand, p, n) })),
  };
  if (real.yaml.compliant) data.compliant = varyLetter(rand, real.yaml.compliant);
  const explain = (text, line, end) => `${shuffleBullets(rand, shuffleSentences(rand, text, end, { mdx: true })).trimEnd()}\n\n${line}\n`;
  return {
    slug,
    yaml: dump(data, { lineWidth: -1 }), // js-yaml, as Astro's loaders: a date-like string is written quoted, so it stays a string
    zh: explain(real.zh, `参考案例：${name}（${word}）。`, ZH),
    en: explain(real.en, `Reference case: ${word} (${name}).`, EN),
  };
}

/**
 * The real templates of a content folder: parsed YAML and both explainer texts.
 * @returns {{ yaml: any, zh: string, en: string }[]}
 */
export function readTemplates(templatesDir) {
  return readdirSync(templatesDir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const slug = file.slice(0, -'.yaml'.length);
      return {
        yaml: load(readFileSync(join(templatesDir, file), 'utf8')),
        zh: readFileSync(join(templatesDir, `${slug}.zh-CN.mdx`), 'utf8'),
        en: readFileSync(join(templatesDir, `${slug}.en.mdx`), 'utf8'),
      };
    });
}

/** Writes `count` synthetic templates into a content/templates folder (round-robin over the real ones). */
export function writeSynthetic(templatesDir, real, count) {
  for (let n = 0; n < count; n += 1) {
    const t = synthesize(real[n % real.length], n);
    writeFileSync(join(templatesDir, `${t.slug}.yaml`), t.yaml);
    writeFileSync(join(templatesDir, `${t.slug}.zh-CN.mdx`), t.zh);
    writeFileSync(join(templatesDir, `${t.slug}.en.mdx`), t.en);
  }
}
