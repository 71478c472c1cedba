/**
 * What a notice says, pulled out: ASINs, order IDs, dates, amounts, marketplaces, policy names, complaint IDs, the
 * rights owner, the subject line and every deadline ("within 17 days", "on 05-29-2025", "90 days", "48 hours",
 * "17 天内"), dated from the notice's day or today with the arithmetic of src/lib/deadlines.ts. Pure; the text it
 * takes has been through plainText (src/lib/notice-text.ts).
 */
import { addToDay, parseDay, type DeadlineUnit } from './deadlines.ts';
import { squeeze } from './notice-text.ts';

export interface NoticeDate {
  /** As written. */
  text: string;
  /** YYYY-MM-DD. */
  date: string;
  /** Day and month could be either way round (03/04/2025); read as the marketplace writes dates. */
  ambiguous?: boolean;
}

export interface NoticeAmount {
  text: string;
  /** ISO code where the symbol says it (USD, EUR, GBP, JPY, CNY, CAD, AUD), else the symbol. */
  currency: string;
  value: number;
}

export interface RightsOwner {
  name?: string;
  email?: string;
}

export interface NoticeDeadline {
  /** The words the deadline was read from, as written. */
  text: string;
  /** within: act inside the period; after: something happens or opens once it has passed; on: a named day. */
  kind: 'within' | 'after' | 'on';
  /** The period as written (17 for "within 17 days"); absent for a named day. */
  count?: number;
  unit?: DeadlineUnit | 'weeks';
  /** The period in calendar days (business days as written, weeks × 7, hours rounded up to days); absent for months and named days. */
  days?: number;
  /** The period in hours, when it was given in hours. */
  hours?: number;
  /** The day it falls on, YYYY-MM-DD. */
  date?: string;
  /** What the date counts from: the notice's own date, the day the reader gave, or today (no date in the notice). */
  from: 'notice' | 'today' | 'date';
}

export interface Extracted {
  asins: string[];
  orderIds: string[];
  dates: NoticeDate[];
  amounts: NoticeAmount[];
  /** The marketplace the notice is about (first named), e.g. US, UK, DE, EU. */
  marketplace?: string;
  marketplaces: string[];
  /** Policy and agreement names the notice cites. */
  policies: string[];
  complaintIds: string[];
  rightsOwner: RightsOwner;
  /** Every e-mail address that is not Amazon's. */
  emails: string[];
  /** Amazon addresses the notice names (notice-retraction@amazon.com…). */
  amazonEmails: string[];
  /** The notice's own date, when it carries one ("Date:", "Sent:", "发送时间"). */
  noticeDate?: string;
  subject?: string;
}

const unique = <T>(items: T[]) => [...new Set(items)];

// --- ASINs and orders ----------------------------------------------------------------------------------------------
/** B0 + 8 letters or digits, standing alone; or any 10-character code right after the word ASIN (books have ISBN ASINs). */
const ASIN_RE = /(?<![A-Za-z0-9])B0[A-Za-z0-9]{8}(?![A-Za-z0-9])/gi;
const LABELLED_ASIN_RE = /\bASINs?\s*[:：#]?\s*((?:[A-Za-z0-9]{10}[\s,，、;/]*)+)/gi;
const ORDER_RE = /(?<!\d)\d{3}-\d{7}-\d{7}(?!\d)/g;

export function findAsins(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(ASIN_RE)) if (/\d/.test(match[0].slice(2))) found.push(match[0].toUpperCase());
  for (const match of text.matchAll(LABELLED_ASIN_RE))
    for (const code of match[1]!.match(/[A-Za-z0-9]{10}/g) ?? [])
      if (/\d/.test(code) && /^[A-Z0-9]+$/i.test(code)) found.push(code.toUpperCase());
  return unique(found);
}

// --- dates ---------------------------------------------------------------------------------------------------------
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH = '(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?';
const DATE_RES: {
  re: RegExp;
  read: (m: RegExpExecArray, dayFirst: boolean) => { y: number; mo: number; d: number; ambiguous?: boolean } | undefined;
}[] = [
  { re: /(?<!\d)(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?!\d)/g, read: (m) => ({ y: +m[1]!, mo: +m[2]!, d: +m[3]! }) },
  {
    re: /(?<![\d/-]|\d\.)(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})(?![\d/-]|\.\d)/g,
    read: (m, dayFirst) => {
      const a = +m[1]!;
      const b = +m[2]!;
      if (a > 12 && b <= 12) return { y: +m[3]!, mo: b, d: a };
      if (b > 12 && a <= 12) return { y: +m[3]!, mo: a, d: b };
      return dayFirst ? { y: +m[3]!, mo: b, d: a, ambiguous: a !== b } : { y: +m[3]!, mo: a, d: b, ambiguous: a !== b };
    },
  },
  {
    re: new RegExp(`\\b${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => ({ y: +m[3]!, mo: MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase()) + 1, d: +m[2]! }),
  },
  {
    re: new RegExp(`\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})\\b`, 'gi'),
    read: (m) => ({ y: +m[3]!, mo: MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase()) + 1, d: +m[1]! }),
  },
];

const pad = (n: number) => String(n).padStart(2, '0');

/** Every date in the text, in order, with where it is; numeric dates read day-first when the marketplace writes them so. */
export function findDates(text: string, dayFirst: boolean): (NoticeDate & { index: number; end: number })[] {
  const found: (NoticeDate & { index: number; end: number })[] = [];
  const taken: [number, number][] = [];
  for (const { re, read } of DATE_RES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (taken.some(([a, b]) => start < b && end > a)) continue;
      const parts = read(m, dayFirst);
      if (!parts || parts.y < 1990 || parts.y > 2100) continue;
      const date = `${parts.y}-${pad(parts.mo)}-${pad(parts.d)}`;
      if (parseDay(date) === undefined) continue;
      taken.push([start, end]);
      found.push({ text: m[0].trim(), date, ...(parts.ambiguous ? { ambiguous: true } : {}), index: start, end });
    }
  }
  return found.sort((a, b) => a.index - b.index);
}

// --- amounts -------------------------------------------------------------------------------------------------------
const CURRENCY: Record<string, string> = {
  US$: 'USD',
  $: 'USD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  美元: 'USD',
  欧元: 'EUR',
  英镑: 'GBP',
  日元: 'JPY',
  元: 'CNY',
  RMB: 'CNY',
  人民币: 'CNY',
};
const AMOUNT_RE =
  /(US\$|C\$|A\$|\$|€|£|¥|\b(?:USD|EUR|GBP|JPY|CNY|RMB|CAD|AUD|INR|MXN)\b)\s?(\d{1,3}(?:[,.\s]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)|(\d{1,3}(?:[,.]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?)\s?(USD|EUR|GBP|JPY|CNY|RMB|CAD|AUD|美元|欧元|英镑|日元|人民币|元)(?![a-z])/gi;

function amountValue(raw: string): number {
  const s = raw.replace(/\s/g, '');
  // 1.234,56 (EU) or 12,50: the comma is the decimal mark; otherwise commas group thousands.
  const decimalComma = /,\d{1,2}$/.test(s) && !/\.\d{1,2}$/.test(s);
  const normal = decimalComma ? s.replace(/\./g, '').replace(',', '.') : s.replace(/,/g, '');
  return Number(normal);
}

export function findAmounts(text: string): NoticeAmount[] {
  const found: NoticeAmount[] = [];
  for (const m of text.matchAll(AMOUNT_RE)) {
    const symbol = (m[1] ?? m[4] ?? '').trim();
    const value = amountValue(m[2] ?? m[3] ?? '');
    if (!Number.isFinite(value) || value <= 0) continue;
    const code =
      CURRENCY[symbol] ?? CURRENCY[symbol.toUpperCase()] ?? (symbol === 'C$' ? 'CAD' : symbol === 'A$' ? 'AUD' : symbol.toUpperCase());
    found.push({ text: m[0].trim(), currency: code, value });
  }
  return found.filter((a, i) => found.findIndex((b) => b.text === a.text) === i);
}

// --- marketplaces --------------------------------------------------------------------------------------------------
const DOMAINS: Record<string, string> = {
  'com.mx': 'MX',
  'com.br': 'BR',
  'com.au': 'AU',
  'com.be': 'BE',
  'com.tr': 'TR',
  'co.uk': 'UK',
  'co.jp': 'JP',
  com: 'US',
  ca: 'CA',
  de: 'DE',
  fr: 'FR',
  it: 'IT',
  es: 'ES',
  nl: 'NL',
  se: 'SE',
  pl: 'PL',
  ae: 'AE',
  sa: 'SA',
  eg: 'EG',
  in: 'IN',
  sg: 'SG',
};
const DOMAIN_RE =
  /(?<![@\w.-])(?:(?:www|sellercentral|seller|smile)\.)?amazon\.(com\.mx|com\.br|com\.au|com\.be|com\.tr|co\.uk|co\.jp|com|ca|de|fr|it|es|nl|se|pl|ae|sa|eg|in|sg)(?![a-z])/gi;
const ZH_SITES: Record<string, string> = {
  美国站: 'US',
  加拿大站: 'CA',
  墨西哥站: 'MX',
  英国站: 'UK',
  德国站: 'DE',
  法国站: 'FR',
  意大利站: 'IT',
  西班牙站: 'ES',
  日本站: 'JP',
  印度站: 'IN',
  欧洲站: 'EU',
  澳洲站: 'AU',
};
/** Where numeric dates are written day first. */
const DAY_FIRST = new Set([
  'UK',
  'DE',
  'FR',
  'IT',
  'ES',
  'NL',
  'SE',
  'PL',
  'BE',
  'TR',
  'AE',
  'SA',
  'EG',
  'IN',
  'SG',
  'AU',
  'BR',
  'MX',
  'EU',
]);

export function findMarketplaces(text: string): string[] {
  const found: { index: number; code: string }[] = [];
  for (const m of text.matchAll(DOMAIN_RE)) found.push({ index: m.index, code: DOMAINS[m[1]!.toLowerCase()]! });
  for (const m of text.matchAll(/sellercentral-europe\.amazon\.com/gi)) found.push({ index: m.index, code: 'EU' });
  for (const [word, code] of Object.entries(ZH_SITES))
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) found.push({ index: i, code });
  // sellercentral.amazon.com serves every North American store: it names the US only when nothing more specific does.
  const codes = unique(found.sort((a, b) => a.index - b.index).map((f) => f.code));
  const specific = codes.filter((c) => c !== 'US');
  const sellerCentralOnly = [...text.matchAll(DOMAIN_RE)].every((m) => /sellercentral\.amazon\.com$/i.test(m[0]));
  return specific.length && sellerCentralOnly ? unique([...specific, 'US']) : codes;
}

// --- policies ------------------------------------------------------------------------------------------------------
/** Policy names as the notice writes them (English, Chinese) → the name shown. */
const POLICIES: [string[], string][] = [
  [['business solutions agreement', '业务解决方案协议', '商业解决方案协议'], 'Business Solutions Agreement'],
  [['seller code of conduct', '卖家行为准则'], 'Seller Code of Conduct'],
  [['anti-counterfeiting policy', '防伪政策', '反假冒政策'], 'Anti-Counterfeiting Policy'],
  [['intellectual property policy', '知识产权政策'], 'Intellectual Property Policy'],
  [['restricted products policy', '受限商品政策'], 'Restricted Products Policy'],
  [['drop shipping policy', 'dropshipping policy', '直发政策', '直送政策'], 'Drop Shipping Policy'],
  [['fair pricing policy', '公平定价政策'], 'Marketplace Fair Pricing Policy'],
  [['community guidelines', '社区准则'], 'Community Guidelines'],
  [['customer product reviews policy', '买家商品评论政策'], 'Customer Product Reviews Policy'],
  [['condition guidelines', '商品状况指南'], 'Condition Guidelines'],
  [['funds disbursement eligibility policy', '资金发放资格政策'], 'Funds Disbursement Eligibility Policy'],
  [['funds withholding policy', '资金扣留政策'], 'Funds Withholding Policy'],
  [['asin creation policy', 'asin creation policies'], 'ASIN Creation Policy'],
  [['multiple selling accounts policy', 'multiple accounts policy'], 'Multiple Selling Accounts Policy'],
  [['unsuitable inventory'], 'Unsuitable Inventory Investigations Policy'],
  [['prohibited seller activities'], 'Prohibited Seller Activities and Actions'],
  [['misuse of sales rank'], 'Misuse of Sales Rank'],
  [['misuse of ratings, feedback, or reviews'], 'Misuse of Ratings, Feedback, or Reviews'],
  [['charge when ship'], 'Charge When Ship'],
  [['general product safety regulation', 'gpsr'], 'EU General Product Safety Regulation (GPSR)'],
  [['market surveillance regulation'], 'EU Market Surveillance Regulation'],
  [['digital services act', '数字服务法'], 'EU Digital Services Act'],
  [['product detail page rules'], 'Product Detail Page Rules'],
];
const POLICY_KEYS: [string[], string][] = POLICIES.map(([names, label]) => [names.map((n) => squeeze(n)), label]);

export function findPolicies(squeezed: string, plain: string): string[] {
  const found: string[] = [];
  for (const [keys, label] of POLICY_KEYS) if (keys.some((k) => squeezed.includes(k))) found.push(label);
  const section =
    /section\s*(\d+)\s*of\s*(?:the\s*)?(?:amazon(?:'s|’s)?\s*)?(?:services\s*)?(?:europe\s*)?business solutions agreement/i.exec(plain) ??
    /《?业务解决方案协议》?\s*第\s*(\d+)\s*[条節节]/.exec(plain);
  if (section) {
    const i = found.indexOf('Business Solutions Agreement');
    found.splice(i < 0 ? found.length : i, i < 0 ? 0 : 1, `Business Solutions Agreement, Section ${section[1]}`);
  }
  return found;
}

// --- complaint IDs, e-mail, rights owner ---------------------------------------------------------------------------
const COMPLAINT_RES = [
  /\b(?:complaint|reference|ref\.?|case|notice)\s*(?:id|number|no\.?|#)\s*[:：#]?\s*#?\s*([A-Za-z0-9][A-Za-z0-9-]{4,})/gi,
  /\bcomplaint\s*\(\s*#\s*([A-Za-z0-9-]{5,})\s*\)/gi,
  /\blegal\s*case\s*(?:#|number|no\.?)?\s*[:：]?\s*([A-Za-z0-9][A-Za-z0-9:-]{4,})/gi,
  /(?:投诉|投訴|参考|案件)\s*(?:编号|編號|ID|号|號)\s*[:：#]?\s*([A-Za-z0-9-]{5,})/gi,
];
const EMAIL_RE = /[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}/g;
const isAmazonEmail = (email: string) => /@(?:[a-z0-9-]+\.)*amazon\.[a-z.]+$/i.test(email);

export function findComplaintIds(text: string): string[] {
  const found: string[] = [];
  for (const re of COMPLAINT_RES) for (const m of text.matchAll(re)) if (/\d/.test(m[1]!)) found.push(m[1]!.replace(/[-:]+$/, ''));
  return unique(found);
}

const RIGHTS_OWNER_RE =
  /(?:rights?[\s-]*owner(?:'s|’s)?\s*(?:contact\s*)?(?:details|information|info|name|email)?|RO\s*contact\s*info|patent\s*owner|权利(?:所有)?人(?:的)?(?:联系(?:方式|信息))?|權利(?:所有)?人(?:的)?(?:聯絡|聯繫)?(?:方式|資訊)?)\s*(?:are|is)?\s*[:：]/i;

export function findRightsOwner(text: string): RightsOwner {
  const label = RIGHTS_OWNER_RE.exec(text);
  if (!label) return {};
  const after = text.slice(label.index + label[0].length, label.index + label[0].length + 400);
  const email = (after.match(EMAIL_RE) ?? []).find((e) => !isAmazonEmail(e));
  let name: string | undefined;
  for (const rawLine of after.split('\n')) {
    const line = rawLine
      .replace(EMAIL_RE, '')
      .replace(/^[\s\-–—*•·>]+/, '')
      .replace(/^(?:name|names?|rights owner|brand|contact|姓名|名称|名稱)\s*[:：]\s*/i, '')
      .replace(/\b(?:e-?mail|邮箱|郵箱|电子邮件|電子郵件)\s*[:：]?\s*$/i, '')
      .trim();
    if (!line || /^\*+$/.test(line) || /^(?:e-?mail|邮箱|郵箱)\s*[:：]?$/i.test(line)) continue;
    if (/^(?:we can only|we may only|if you|asin|title|infringement type)/i.test(line)) break;
    if (/[\p{L}]/u.test(line) && line.length <= 80) name = line;
    break;
  }
  return { ...(name ? { name } : {}), ...(email ? { email } : {}) };
}

// --- deadlines -----------------------------------------------------------------------------------------------------
const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fourteen: 14,
  fifteen: 15,
  seventeen: 17,
  twenty: 20,
  thirty: 30,
  sixty: 60,
  ninety: 90,
};
const NUM = `(\\d{1,3}|${Object.keys(NUMBER_WORDS).join('|')})`;
const EN_PERIOD_RE = new RegExp(
  `\\b(within|in|after)\\s+(?:the\\s+next\\s+|the\\s+following\\s+|a\\s+period\\s+of\\s+|the\\s+)?${NUM}\\s*(?:\\(\\d{1,3}\\)\\s*)?(calendar\\s+|business\\s+|working\\s+)?(hours?|days?|weeks?|months?)\\b`,
  'gi',
);
const EN_FOLLOWING_RE = new RegExp(
  `\\b${NUM}\\s*(calendar\\s+|business\\s+)?(days?|hours?)\\s+(?:following|after|from)\\s+(?:this|the)\\s+(?:notification|notice|e-?mail|date)`,
  'gi',
);
const ZH_PERIOD_RE =
  /(\d{1,3})\s*(?:个|個)?\s*(工作日|天|日|小时|小時|周|週|星期|个月|個月|月)\s*(内|內|之内|之內|以内|以內|后|後|之后|之後)/g;

const unitOf = (word: string): { unit: DeadlineUnit | 'weeks' } => {
  const w = word.toLowerCase();
  if (/^hour|小时|小時/.test(w)) return { unit: 'hours' };
  if (/^week|周|週|星期/.test(w)) return { unit: 'weeks' };
  if (/^month|月/.test(w)) return { unit: 'months' };
  return { unit: 'days' };
};

/** A period that counts back ("dated within the last 90 days", "the preceding 14 days") is a window for documents, not a deadline. */
const LOOKBACK_RE = /(?:last|past|previous|preceding|prior|最近|近|过去|過去)\s*$/i;

export function findDeadlines(
  plain: string,
  base: { day: string; from: NoticeDeadline['from'] },
  dates: (NoticeDate & { index: number; end: number })[],
): NoticeDeadline[] {
  const found: NoticeDeadline[] = [];
  const add = (text: string, kind: NoticeDeadline['kind'], count: number, unitWord: string, business: boolean) => {
    const { unit: raw } = unitOf(unitWord);
    const unit: DeadlineUnit | 'weeks' = raw === 'days' && business ? 'business-days' : raw;
    const days = unit === 'weeks' ? count * 7 : unit === 'hours' ? Math.ceil(count / 24) : unit === 'months' ? undefined : count;
    const date = unit === 'weeks' ? addToDay(base.day, count * 7, 'days') : addToDay(base.day, count, unit);
    found.push({
      text: text.trim(),
      kind,
      count,
      unit,
      ...(days === undefined ? {} : { days }),
      ...(unit === 'hours' ? { hours: count } : {}),
      ...(date ? { date } : {}),
      from: base.from,
    });
  };
  for (const m of plain.matchAll(EN_PERIOD_RE)) {
    const count = /^\d/.test(m[2]!) ? Number(m[2]) : NUMBER_WORDS[m[2]!.toLowerCase()]!;
    if (!count) continue;
    const before = plain.slice(Math.max(0, m.index - 12), m.index);
    if (LOOKBACK_RE.test(before)) continue;
    const kind = m[1]!.toLowerCase() === 'after' ? 'after' : 'within';
    add(m[0], kind, count, m[4]!, Boolean(m[3] && !/calendar/i.test(m[3])));
  }
  for (const m of plain.matchAll(EN_FOLLOWING_RE)) {
    const count = /^\d/.test(m[1]!) ? Number(m[1]) : NUMBER_WORDS[m[1]!.toLowerCase()]!;
    if (count) add(m[0], 'after', count, m[3]!, Boolean(m[2] && /business/i.test(m[2])));
  }
  for (const m of plain.matchAll(ZH_PERIOD_RE)) {
    const before = plain.slice(Math.max(0, m.index - 4), m.index);
    if (LOOKBACK_RE.test(before)) continue;
    const after = /后|後/.test(m[3]!);
    add(m[0], after ? 'after' : 'within', Number(m[1]), m[2]!, m[2] === '工作日');
  }
  // A named day the seller acts by, or on which something happens: "will be deactivated on 05-29-2025", "by 1 June 2025", "将于 2025年5月29日".
  for (const d of dates) {
    const before = plain.slice(Math.max(0, d.index - 24), d.index);
    const after = plain.slice(d.end, d.end + 6);
    if (
      /\b(?:on|by|before|until|no later than|deadline|due(?: date)?)\s*[:：]?\s*$/i.test(before) ||
      /(?:将于|將於|于|於|在|截止|之前|前)\s*$/.test(before) ||
      /^\s*(?:之前|前|截止)/.test(after)
    ) {
      const context = plain
        .slice(Math.max(0, d.index - 24), d.end)
        .replace(/\s+/g, ' ')
        .trim();
      found.push({ text: context, kind: 'on', date: d.date, from: 'date' });
    }
  }
  // The same period written twice ("within 17 days … within 17 days") is one deadline.
  return found.filter(
    (a, i) => found.findIndex((b) => b.kind === a.kind && b.count === a.count && b.unit === a.unit && b.date === a.date) === i,
  );
}

// --- all of it -----------------------------------------------------------------------------------------------------
const NOTICE_DATE_RE = /(?:^|\n)\s*(?:date|sent|received|发送时间|發送時間|日期|时间|時間)\s*[:：]\s*([^\n]{4,60})/i;
const SUBJECT_RE = /(?:^|\n)\s*(?:subject|主题|主題)\s*[:：]\s*([^\n]{2,200})/i;

export function extractFacts(
  plain: string,
  squeezed: string,
  today: string,
  givenNoticeDate?: string,
): { extracted: Extracted; deadlines: NoticeDeadline[] } {
  const marketplaces = findMarketplaces(plain);
  const dayFirst = DAY_FIRST.has(marketplaces[0] ?? '');
  const dates = findDates(plain, dayFirst);
  const labelled = NOTICE_DATE_RE.exec(plain);
  const noticeDate = labelled ? findDates(labelled[1]!, dayFirst)[0]?.date : undefined;
  const given = givenNoticeDate && parseDay(givenNoticeDate) !== undefined ? givenNoticeDate : undefined;
  const base = given
    ? { day: given, from: 'notice' as const }
    : noticeDate
      ? { day: noticeDate, from: 'notice' as const }
      : { day: today, from: 'today' as const };
  const emails = unique(plain.match(EMAIL_RE) ?? []);
  const subject = SUBJECT_RE.exec(plain)?.[1]?.trim();
  const extracted: Extracted = {
    asins: findAsins(plain),
    orderIds: unique(plain.match(ORDER_RE) ?? []),
    dates: dates
      .map(({ text, date, ambiguous }) => ({ text, date, ...(ambiguous ? { ambiguous } : {}) }))
      .filter((d, i, all) => all.findIndex((x) => x.date === d.date) === i),
    amounts: findAmounts(plain),
    ...(marketplaces[0] ? { marketplace: marketplaces[0] } : {}),
    marketplaces,
    policies: findPolicies(squeezed, plain),
    complaintIds: findComplaintIds(plain),
    rightsOwner: findRightsOwner(plain),
    emails: emails.filter((e) => !isAmazonEmail(e)),
    amazonEmails: emails.filter(isAmazonEmail).map((e) => e.toLowerCase()),
    ...(noticeDate ? { noticeDate } : given ? { noticeDate: given } : {}),
    ...(subject ? { subject } : {}),
  };
  return { extracted, deadlines: findDeadlines(plain, base, dates) };
}
