/** What each checker rule tells the reader, by rule id: why reviewers object, then which way to rewrite. Kept apart
 * from the rules so the island ships only the logic; pages pass the messages in the page language. */
import type { Bilingual } from './checker.ts';

export const CHECKER_MESSAGES: Record<string, Bilingual> = {
  unfilled: {
    zh: '还有未填写的内容：发送前替换所有方括号。',
    en: 'Some fields are still empty: replace every bracketed marker before sending.',
  },
  'poa-part-missing': {
    zh: '行动计划缺少一部分：亚马逊要看到根本原因、已采取的措施和预防措施三部分，每部分都要有具体内容。',
    en: 'A part of the Plan of Action is missing or empty: Amazon looks for the root cause, the actions already taken and the preventive measures, each with specifics.',
  },
  pleading: {
    zh: '在恳求或诉苦（希望、机会、家人员工、感叹号、空泛的道歉）。审核人员只看事实，情绪会让信显得没有抓住问题。改成：发生了什么、你改了什么。',
    en: 'Pleading or emotion (hope, a chance, family and staff, exclamation marks, an apology for nothing in particular). Reviewers decide on facts; emotion reads as not having found the problem. Say instead what happened and what you changed.',
  },
  bargaining: {
    zh: '把整改当成恢复账户的条件（“如果恢复，我们将……”）。亚马逊要的是已经在做的措施。改成现在时或完成时：我们已经……、从某日起……。',
    en: 'Prevention offered in exchange for reinstatement ("if you reinstate us, we will…"). Amazon wants measures already in place. Rewrite in the present or past: "we have…", "since 3 March we…".',
  },
  'track-record': {
    zh: '用经营年限、评分、销量或“以前从没出过问题”代替事实。审核人员只评估这次的问题，过去的成绩不算理由。删掉，换成这次的原因和证据。',
    en: 'Track record instead of facts: years selling, ratings, sales, "never had a complaint". Reviewers judge this problem only; past performance is not a reason. Cut it; give this case\'s cause and evidence.',
  },
  'business-intro': {
    zh: '与问题无关的公司介绍（成立年份、员工人数、使命、对亚马逊的热爱）。审核人员会跳过，还会觉得你在回避。删掉，直接从问题写起。',
    en: 'Company introduction unrelated to the cause (founding year, staff count, mission, love of Amazon). Reviewers skip it and may read it as evasion. Cut it and start with the problem.',
  },
  blame: {
    zh: '信里在指责亚马逊、买家、承运商、竞争对手、权利人或某一个员工。审核人员会认为你不会改。改成你自己能控制的环节：流程缺了什么、你改了什么。',
    en: 'The letter blames Amazon, buyers or the rights owner (or a carrier, a competitor, one employee). Reviewers read blame as "this seller will not change". Rewrite it as what you control: the gap in your process and what you changed.',
  },
  'ignorance-excuse': {
    zh: '以“不知道政策”“不是故意的”为理由，却没写怎么补上。不了解政策不是借口。写明缺的是哪一步，以及现在谁、用什么方法检查。',
    en: 'An excuse of not knowing ("we were not aware of the policy", "unintentional") with no fix. Not knowing is not accepted as a reason. Name the missing step and who now checks what, and how.',
  },
  threat: {
    zh: '威胁或施压（律师、起诉、媒体、给亚马逊定期限、要求赔偿）。这会让申诉转给法务、停止处理。删掉，只写原因、措施和证据。',
    en: 'A threat or pressure (lawyers, legal action, the press, deadlines set for Amazon, compensation). It can move the case to legal and stop the review. Cut it; keep to cause, actions and evidence.',
  },
  // Families added in session 5 (issue 20 item 8).
  'asks-amazon': {
    zh: '在请亚马逊替你找问题（“请告诉我们哪里做错了”“哪个 listing 有问题？”）。审核人员要看的是你自己查出的原因；问他们只会换来同样的模板回复。先自己查：通知里的 ASIN 和订单、买家留言、账户状况页面，把查到的写进来。',
    en: 'Asking Amazon to find the problem for you ("please tell us what we did wrong", "which listing?"). Reviewers want the cause you found yourself; asking them brings back the same form reply. Check the notice\'s ASINs and orders, the buyer messages and Account Health, then write what you found.',
  },
  'disputes-policy': {
    zh: '在争论政策、指标或目标不公平（“1% 太严”“才两个投诉”）。审核人员不会改规则，只看你有没有找到超标的原因。删掉，写清是哪些订单、为什么出问题。',
    en: 'Arguing that the policy, the metric or its target is unfair ("1% is too strict", "only two claims"). Reviewers do not change the rule; they look for why you missed it. Cut it and say which orders went wrong and why.',
  },
  denial: {
    zh: '只有否认（“我们从没卖过假货”“这是误会”），没有证据。空口否认读起来像没有查过。附上能证明的文件——发票、供应商信息、照片、追踪记录——并在这句里写明是哪份。',
    en: 'A denial ("we never sold fakes", "it was a misunderstanding") with nothing that proves it. A bare denial reads as not having looked. Name the document that shows it — invoice, supplier details, photos, tracking — in this sentence, and attach it.',
  },
  'others-do-it': {
    zh: '在拿别的卖家说事（“别人也这样卖”“为什么只封我们”）。每个账户单独审核，别人的做法不是理由，还会显得你在推卸。删掉，只写你自己的问题和改动。',
    en: 'Pointing at other sellers ("others sell the same", "why only us?"). Each account is judged on its own; what others do is no reason and reads as deflection. Cut it; write about your own gap and your own changes.',
  },
  'notice-as-cause': {
    zh: '把通知内容当成了根本原因（“原因是我们收到了投诉”“原因是 ODR 超过 1%”）。投诉和指标是结果，审核人员要的是背后哪一步出了错。写成：哪个环节、为什么、影响了多少订单。',
    en: 'The notice handed back as the root cause ("the cause is that we received complaints", "our ODR exceeded 1%"). Complaints and metrics are the symptom; reviewers want the step that failed. Say which step, why, and how many orders it touched.',
  },
  'passing-blame': {
    zh: '句子本身是事实，却顺带把原因推给了别人（“因为承运商延误……”“工厂弄错了标签”“亚马逊系统出错”）。审核人员会读成你不打算改。改成你能控制的一环：你少了哪道检查，现在由谁怎样检查。',
    en: 'A factual sentence that makes someone else the cause in passing ("because the carrier delayed…", "the factory mislabelled…", "Amazon\'s system error"). Reviewers read it as "this seller will not change". Name the part you control: the check you lacked and who now does it, how.',
  },
  'soft-pressure': {
    zh: '施压的软说法：拿律师意见说事、说要向外部机构投诉、给亚马逊定回复期限、要求赔偿费用或损失。这些会让申诉转去法务或被搁置。删掉，只留原因、措施和证据。',
    en: "Pressure in a softer form: a lawyer's view as leverage, a complaint to an outside body, a deadline for Amazon, a claim for fees or lost sales. Such lines can move the case to legal or stall it. Cut them; keep to cause, actions and evidence.",
  },
  'perfection-promise': {
    zh: '承诺“绝不再犯”“100% 完美”“零投诉”，却没写靠什么做到。没有人能保证零失误，审核人员会当成空话。改成具体机制：哪道检查、谁负责、多久一次，以及漏掉时怎样发现。',
    en: 'A promise of perfection or "never again" with no mechanism behind it. No one can guarantee zero errors, so reviewers read it as empty. Name the mechanism instead: which check, who runs it, how often, and how a slip is caught.',
  },
  'vague-promise': {
    zh: '承诺太空泛，没有数字、时间、频率、负责人或工具。审核人员无法核实。改成可检查的做法，例如“每批抽检 10%”“客服主管每天 9 点查看账户状况”。',
    en: 'A vague promise: no number, date, frequency, named role or tool, so a reviewer cannot check it. Make it verifiable, e.g. "inspect 10% of every batch", "the support lead checks Account Health at 9:00 daily".',
  },
  'unsupported-claim': {
    zh: '这句话只有评价（好、认真、负责、一直……），没有任何可以核实的内容。审核人员会略过，或当成套话。写成事实：数字、日期、文件、负责人或工具；写不出就删掉。',
    en: 'A claim made of judgement words (good, serious, responsible, always…) with nothing a reviewer can check. Reviewers skip it as filler. State the fact — a number, date, document, role or tool — or cut it.',
  },
  'admission-without-remedy': {
    zh: '承认了违规，但全信没有一项已经完成的纠正措施。只认错不整改，等于没有行动计划。补上已做的事：下架、退款、联系买家、培训，写明日期。',
    en: 'The letter admits the violation but names no action already taken. An admission without a remedy is not a plan. Add what you have done: removed, refunded, contacted buyers, retrained — with dates.',
  },
  'missing-evidence': {
    zh: '这类申诉需要附上文件，信里却没有提到。审核人员通常凭证据判断。在信末加“附件”一节，逐项列出：',
    en: 'This kind of appeal needs documents, and the letter names none of them. Reviewers decide on the evidence. Add an "Attachments" section listing:',
  },
  'i-we-switch': {
    zh: '“我”和“我们”混用，读起来像几个人拼出来的。全信统一用“我们”（代表公司）。',
    en: '"I" and "we" are mixed, so the letter reads as pieced together. Use one voice throughout, normally "we" for the business.',
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
    zh: '信超过 500 词。亚马逊要求申诉简明：删掉重复和与问题无关的内容，保留事实和措施。',
    en: 'Over 500 words. Amazon asks for concise appeals: cut repetition and anything unrelated; keep the facts and the measures.',
  },
  'too-long-letter': {
    zh: '信超过 800 词，审核人员很可能读不完。每部分只留要点和证据，力争 500 词以内。',
    en: 'Over 800 words: a reviewer may not read it all. Keep each part to its points and evidence; aim for under 500 words.',
  },
  'historical-address': {
    zh: '收件地址来自旧资料，未经核实。请优先在卖家平台 → 绩效 → 账户状况中提交。',
    en: 'The to-address comes from old material and is unverified. Submit through Seller Central → Performance → Account Health first.',
  },
  // The own-words rule (island only: it needs the reader's values and rewrites); its strong form is editor.wordingStrong.
  'template-wording': {
    zh: '这封信大部分还是本站的原文和示例。亚马逊的审核人员读过很多份同一公开模板，一眼就能认出来。把你自己的事实写进高亮的句子：哪天、多少、哪些 ASIN 和订单、谁负责、多久检查一次、用什么证明。',
    en: 'Most of this letter is still the site’s wording and examples. Amazon’s reviewers read many copies of the same public templates and recognise them. Put your own facts into the highlighted sentences: when, how many, which ASINs and orders, who is responsible, how often it is checked, which document proves it.',
  },
};
