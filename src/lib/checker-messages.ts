/** What each checker rule tells the reader, by rule id. Kept apart from the rules so the island ships only the logic;
 * pages pass the messages in the page language. */
import type { Bilingual } from './checker.ts';

export const CHECKER_MESSAGES: Record<string, Bilingual> = {
  'unfilled': { zh: '还有未填写的内容：发送前替换所有方括号。', en: 'Some fields are still empty: replace every bracketed marker before sending.' },
  'poa-part-missing': {
      zh: '行动计划缺少一部分：亚马逊要看到根本原因、已采取的措施和预防措施三部分，每部分都要有具体内容。',
      en: 'A part of the Plan of Action is missing or empty: Amazon looks for the root cause, the actions already taken and the preventive measures, each with specifics.',
    },
  'blame': {
      zh: '信里在指责亚马逊、买家或权利人。申诉要写你自己能控制、已经改正的事。',
      en: 'The letter blames Amazon, buyers or the rights owner. An appeal should be about what you control and have fixed.',
    },
  'pleading': {
      zh: '语气在恳求或情绪化。平静、具体的事实比“求求你”更有说服力。',
      en: 'The tone is pleading or emotional. Calm, specific facts persuade better than begging.',
    },
  'vague-promise': {
      zh: '承诺太空泛：写出数字、时间、负责人或具体做法（例如“12 小时内回复”“每批抽检 10%”）。',
      en: 'Vague promise: give numbers, times, names or the concrete method (e.g. "reply within 12 hours", "inspect 10% of every batch").',
    },
  'chinese-in-letter': {
      zh: '英文信里还有中文字符或全角标点（如，。：（）），发送前改成英文。',
      en: 'Chinese characters or full-width punctuation (，。：（）) are left in the English letter.',
    },
  'long-paragraph': {
      zh: '段落太长：拆成几段或改成分条列出，审核人员更容易读完。',
      en: 'A paragraph is too long: split it or turn it into a list so a reviewer reads it all.',
    },
  'long-letter': {
      zh: '整封信太长：删掉重复和与问题无关的内容，保留事实和措施。',
      en: 'The letter is longer than is useful: cut repetition and anything unrelated; keep the facts and the measures.',
    },
  'historical-address': {
      zh: '收件地址来自旧资料，未经核实。请优先在卖家平台 → 绩效 → 账户状况中提交。',
      en: 'The to-address comes from old material and is unverified. Submit through Seller Central → Performance → Account Health first.',
    },
};
