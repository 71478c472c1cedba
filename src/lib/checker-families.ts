/**
 * The phrase families of the letter checker: what an appeal specialist strikes out of a seller's appeal. Each family
 * is data — patterns read one sentence at a time, with guards for the sentences that carry their own fix or
 * specifics — and becomes a rule in CHECKER_RULES (src/lib/checker.ts). Patterns are written for the way sellers
 * really phrase these things (including Chinese-English habits), not for any one letter; the labelled corpus in
 * tests/fixtures/checker-corpus.yaml measures them.
 */
import type { CheckerLevel } from './kinds.ts';

/** A pattern, or a pattern with its own exception (a sentence matching `unless` is not a finding). */
export type FamilyPattern = RegExp | { re: RegExp; unless: RegExp };

export interface Family {
  id: string;
  /** The least checker level (src/lib/kinds.ts) of the kinds the family reads; every kind when absent. */
  reads?: CheckerLevel;
  patterns: FamilyPattern[];
  /** A sentence matching any of these is never a finding of the family (it owns the problem, or is specific). */
  unless?: RegExp[];
  /** Read only the sentences no other family flagged: a catch-all after the specific families. */
  fallback?: boolean;
  /** Read only the sentences none of these (earlier) families flagged: a general family leaves a sentence to the
   * narrower one that names its problem more exactly. */
  after?: readonly string[];
  /** Read only the sentences that match every one of these (e.g. a factual sentence: a number or a date). */
  when?: RegExp[];
}

/** Families for Plans of Action only. */
const PLAN: CheckerLevel = 'plan-of-action';
const NUM = String.raw`(?:\d[\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|many|several|a few|over|more than|nearly|almost|about)`;
/** Conjunctions that make an action wait for something: "once", "the moment". */
const ON_CONDITION = String.raw`(?:if|once|when|after|as soon as|(?:on )?the (?:same )?(?:moment|minute|day|second|week)(?: that)?|right after|immediately after|directly after|provided(?: that)?|in case|until)`;
const REINSTATE = String.raw`(?:reinstat\w*|restor\w*|reactivat\w*|reopen\w*|unblock\w*|unfreez\w*|unlock\w*|releas\w*|lift\w*)`;

/** What is done to an order, a unit or a listing: "every order" is a specific only beside one of these. */
const CHECK_VERB = String.raw`(?:check|inspect|photograph|test|scan|review|weigh|open|count|verify|audit|sample|measure|compar|approv|sign)`;
/** Numbers, frequencies, dates, named roles and tools: what turns a promise into a commitment ("every order" only
 * beside the check that is done to it: "pay attention to each product" stays vague). */
export const SPECIFIC = new RegExp(
  String.raw`(?<!\bstep )\d|%|\b(?:once|twice|hourly|daily|weekly|monthly|quarterly|annually|yearly|(?:every|each|per) (?:\w+ )?(?:day|week|month|quarter|year|morning|evening|night|shift|hour)s?\b|(?:(?<=\b${CHECK_VERB}\w*\b[^]*)|(?=[^]*\b${CHECK_VERB}))(?:every|each|per) (?:\w+ )?(?:order|batch|lot|shipment|parcel|package|carton|unit|item|piece|listing|asin|sku|product|delivery|container|supplier|employee|production|run|label|invoice|sample)s?\b|(?:one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|twenty|thirty|hundred)\b|january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|manager|officer|supervisor|inspector|auditor|specialist|coordinator|(?:team|qa|qc|support|service|warehouse|compliance|listing|operations) lead|head of|director|checklist|spreadsheet|erp|sop|dashboard|buy shipping|vine|brand registry|camera|photograph\w*|video|scanner|barcode|alert|reminder|software|logbook|before (?:shipping|listing|dispatch|it ships|they ship|any \w+ is))`,
  'i',
);

/** A check the seller owns not having run: "we were not monitoring tracking scans". */
const NOT_WATCHING = /\b(?:we|i) (?:were|was) not (?:monitoring|checking|tracking|reviewing|inspecting|testing|reading|watching)\b/i;
/** The sentence owns the problem: not blame, however the rest reads. */
const OWNS = new RegExp(
  String.raw`\b(?:we|i) (?:take|took|accept|accepted|bear|own) (?:full |complete |all |the )?(?:responsibility|blame)|(?<!not |no |never )\bour (?:own )?(?:fault|failure|mistake|error|responsibility)\b|\bwe (?:failed|did not (?:check|verify|test|inspect|train|supervise|monitor)|should have|had no|did not have|didn't have)\b|\bthere was no (?:process|check|step|checklist|procedure|rule)\b|${NOT_WATCHING.source}`,
  'i',
);

/** Named policies and documents ("Condition Guidelines", a quoted title) are specifics too. */
const NAMED =
  /"quoted"|\bCode of Conduct\b|\b(?!(?:Amazon|Seller|Selling|Its|Your|Their|These|All|The|Our)\b)[A-Z][a-z]+ (?:Guidelines|Policy|Policies|Agreement|Program|Programme)\b/;
/** A promise needs a promiser: sentences without we/our/I are about someone else, unless they are a plan's labelled
 * fragment ("Prevention: better monitoring", "Step 4: regular training"). */
const IMPERSONAL =
  /^(?!\s*(?:(?:prevention|preventive|preventative|corrective|solution|measure|action|plan|improvement)s?(?: \w+)?|step \d+)\s*:)(?![^]*\b(?:we|our|us|i|my|will|shall)\b)/i;
/** Long sentences carry their own detail: the catch-all patterns leave them to the specific ones. */
const LONG = /^\s*(?:\S+\s+){14,}\S/;
/** Offering documents on request is courtesy, not a promise to judge. */
const COURTESY =
  /\b(?:will|shall|'ll|can) (?:(?:also|gladly|happily|promptly) )?(?:send|provide|supply|forward|share|attach)\b[^.]{0,20}\b(?:it|them|this|any|the (?:\w+ )?(?:information|documents?|details|invoices?|records?))\b|\b(?:will|shall|'ll) be (?:happy|glad)\b/i;
/** A supplier's or a design's history is evidence, not the seller's track record. */
const OTHERS_HISTORY = /\b(?:suppliers?|manufacturers?|factory|patent|prior art|publicly)\b/i;

/** Documents, records and proof: what a denial needs beside it to be more than a denial. */
const EVIDENCE =
  /\b(?:invoices?|receipts?|attached|attachments?|enclosed|photos?|photographs?|pictures? of|tracking (?:numbers?|records?|ids?)|records?|screenshots?|documents?|certificates?|test reports?|lab|letters? of authori[sz]ation|loa|purchase orders?|order (?:ids?|numbers?)|\d{3}-\d{7}-\d{7}|metadata|shows?|showed|shown|proves?|proved|proof|see|listed|logs?|files?|compared|below|as follows|the following)\b/i;
/** Courtesy, not a request to find the problem: "let us know if you need the invoices". */
const ASKS_COURTESY =
  /\bplease (?:find|see|refer|note)\b|\b(?:information|documents?|details|invoices?|evidence|records?|anything|files?|copies|proof|photos?)\b[^.]{0,25}\b(?:you|your team) (?:need|require|want|would like)\b|\bif (?:you|your team) (?:need|require|want|would like|have)\b|\bwhat (?:else|further|other|additional|more)\b|\bin (?:the|a|another) format\b|\buntil\b|\bbefore (?:we|our) (?:\w+ )?(?:opened|checked|found|inspected|looked|tested)\b|\bwe (?:now|then)\b/i;
/** A policy, a metric or its target. */
const RULE_WORD = String.raw`(?:(?:this|that|the|our) (?:\w+ )?rate|counting|counts|handling time|restrictions?|defect rate|polic(?:y|ies)|rules?|metrics?|targets?|thresholds?|limits?|standards?|requirements?|odr|order defect rate|late (?:shipment|dispatch) rate|cancellation rate|(?:valid )?tracking rate|on-time delivery rate|account health rating|ahr|\d+-day window|window|calculation|guidelines|system of (?:rating|scoring)|rating system|percentage|1 ?%|4 ?%|2\.5 ?%)`;
/** "It makes no sense": an argument against the rule, with or without the rule named beside it. */
const NO_SENSE = String.raw`makes? (?:little|no|not much) sense|does(?:n't| not) make (?:any |much )?sense`;
const UNFAIR = String.raw`(?:neither fair|nor (?:fair|proportionate|reasonable)|not proportionate|stretch\w*|far beyond|overreach\w*|(?:simply |just |plainly )?wrong for (?:us|sellers|our)|far too|too (?:quickly|fast|soon|sudden\w*)|no (?:reasonable|fair|enough) time|not enough time|distort\w*|skew\w*|(?:real|true|full) picture|${NO_SENSE}|unfair\w*|not fair|unreasonabl\w*|not reasonable|too (?:strict|harsh|high|low|short|tough|severe|small|complicated|much)|overly (?:strict|harsh)|unrealistic|impossible to (?:meet|reach)|does not reflect|doesn't reflect|did not reflect|not reflect|not representative|disproportionate\w*|(?:should|ought to) not (?:apply|count)|does not apply|doesn't apply|not apply to|misleading|meaningless|punish\w*|penali[sz]\w*|biased|harsh|unjust|not realistic|go(?:es)? too far|(?:very|so|extremely) strict|strict compared|seems? wrong|wrong to us|hardly|not practical|impractical|a flaw|flawed|in the same way as|same as (?:for )?counterfeit\w*|(?:do not|don't|cannot|can't) agree|not meaningful|excessive|arbitrary|treats? (?:\w+ ){1,5}like)`;
/** What a notice says: the complaint, the metric, the violation (the symptom, not the cause). */
const NOTICE_WORDS = String.raw`(?:(?:was|were) found to (?:violate|infringe|breach|be)|found (?:in|to be in) (?:violation|breach)|did not meet (?:the |our )?(?:\w+ )?(?:target|standard|requirement|threshold)s?|(?:was|were|got|been) (?:suspended|deactivated|removed|blocked|restricted|delisted)|high number of|complaints?|claims?|negative feedbacks?|feedbacks|notices?|warnings?|reports?|a-to-z|atoz|odr|order defect rate|late (?:shipment|dispatch) rate|cancellation rate|(?:valid )?tracking rate|account health(?: rating)?|ahr|policy violations?|(?:we|our \w+) (?:violated|infringed|breached|(?:was|were) (?:reported|flagged|complained)|received|got)|exceed\w*|related to another|reported (?:for|as)|complained|flagged)`;
/** A number, a date or a counted thing: a factual sentence. */
const FACTUAL =
  /\d|\b(?:january|february|march|april|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|hundred)\b/i;
/** Parties outside the seller's business a sentence can make the cause. */
const EXTERNAL = String.raw`(?:3pls?|seller central|carriers?|couriers?|ups|usps|fedex|dhl|royal mail|yanwen|yunexpress|yun express|sf express|cainiao|j&t|cne|dpd|gls|hermes|evri|ontrac|lasership|yodel|colissimo|la poste|deutsche post|japan post|4px|kargo|cargo|post office|postal service|logistics (?:company|provider|partner)|shipping (?:company|agent|partner)|freight forwarder|forwarder|delivery (?:company|driver|partner|man)|driver|warehouse|fulfil?lment cent(?:er|re)|fba|amazon(?:'s)?(?: (?:system|tool|catalog(?:ue)?|algorithm|warehouse|team|page|site))?|the system|factory|manufacturer|suppliers?|vendor|translation (?:agency|company)|agency|freelance(?:rs?)?|(?:freelance |outside |external )?(?:designers?|photographers?|translators?|contractors?)|service providers?|former (?:employee|staff member|colleague|operator|manager|assistant)|(?:the )?buyers?|customers?|purchasers?|(?:rights|brand) owner|3pl|prep (?:center|centre|service))`;
const FAULT_VERB = String.raw`stopped (?:collecting|picking up|delivering|shipping|scanning)|trying to (?:keep|get)\b[^.]{0,25}\bfor free|behind (?:our|my) backs?|ignored|abus\w*|exploit\w*|scam\w*|cheat\w*|lied|(?:delivered|sent|shipped|made|produced|packed)\b[^.,]{0,12}\bwithout\b|filed (?:\w+ )?(?:claims?|complaints?|cases?|disputes?|returns?) (?:before|without)|(?:shipped|sent|dispatched|delivered|picked up|scanned|collected|checked in|received)(?: \w+){0,3} late\b|(?:entered|gave|provided|typed|wrote|used)(?: \w+)? (?:an? |the )?(?:incomplete|wrong|incorrect|invalid|false|outdated|old) (?:\w+ )?address|changed (?:his|her|their) minds?|lost|loses|damaged|broke|mishandled|delayed|mislabell?ed|mixed up|misplaced|misrouted|misdelivered|overloaded|overwhelmed|congested|on strike|went down|crashed|broke down|(?:sent|shipped|packed|put|used|printed|delivered|attached|labell?ed|listed)\b[^.,]{0,25}\bwrong|\w+ed\b[^.]{0,30}\bwithout (?:informing|telling|notifying|asking|warning|consulting)|forgot|missed|overlooked|(?:did not|didn't|had not|hadn't|has not|hasn't|have not|haven't|never|not|failed to|forgot to|neglected to|refused to|would not|wouldn't)(?: \w+)? (?:read|follow(?:ed)? (?:the |our )?(?:instructions?|installation|guide|manual|size chart|directions|steps|care)|check|checked|scan|scanned|update|updated|tell|told|inform|informed|notice|noticed|install|installed|use|used|accept|accepted|process|processed|deliver|delivered|respond|responded|reply|replied|collect|collected|pick up|picked up|apply|applied|save|saved)|ordered the wrong|chose the wrong|misused|merged|overwrote|wrongly|incorrectly|carelessly|crushed|dropped|threw|left (?:the |our )?(?:parcels?|packages?|boxes) (?:in|at|outside)`;
const FAULT_NOUN = String.raw`glitch\w*|bugs?|errors?|mistakes?|faults?|backlogs?|negligence|careless\w*|rough handling|mishandling|delays?|misuse|mix-?ups?|failures?|problems?`;
const FAULT = String.raw`(?:${FAULT_VERB}|${FAULT_NOUN})\b`;
/** We/I gave buyers a remedy (refund, replacement, contact), and the buyers are those who told us of a problem. */
const REMEDY_TO_REPORTERS =
  /\b(?:we|i)\b(?: (?:have|had|then|also|already))* (?:refunded|reimbursed|replaced|compensated|reshipped|re-?sent|sent|credited|contacted|called|emailed|wrote to|messaged|apologi[sz]ed to|offered)\b[^.;]{0,50}?\b(?:buyers?|customers?|purchasers?),? (?:who|that) (?:had |have )?(?:reported|raised|described|mentioned|told us (?:about|of)|wrote (?:to us )?about|complained (?:about|of)|contacted us about|messaged us about)\b/i;
/** Words that only ever say something went wrong: safe to look for a little further from the party they blame. */
const STRICT_FAULT = String.raw`lost|damaged|mishandl\w*|mislabell?ed|misrouted|misdeliver\w*|misread|misused|mixed up|glitch\w*|bugs?|outages?|(?:was|were|went) down|negligen\w*|careless\w*|rough(?:ly)? handl\w*|by mistake|failed to|forgot|overloaded|backlog|on strike|(?:the )?wrong [a-z]+|without (?:informing|telling|notifying|warning) us|leaving (?:the )?(?:parcels?|packages?|boxes)`;
/** A named tool, role, check or step: how a "never again" could actually be kept. */
const MECHANISM =
  /\b(?:checklist|scanner|scans?|scanned|camera|photo\w*|software|alerts?|sop|barcodes?|inspect\w*|audit\w*|manager|lead|supervisor|officer|inspector|specialist|coordinator|spreadsheet|erp|dashboard|log|logbook|buy shipping|signature|tracked|tracking|double-check\w*|second person|sign(?:s|ed)? off|before (?:shipping|listing|dispatch|it ships|they ship|packing|any \w+ is)|every (?:batch|order|unit|return|listing|parcel|morning|day|week)|each (?:batch|order|unit|return|listing|parcel))\b/i;
/** A sentence with no future and no promise in it reports what happened ("sold 50,000 units without problems"). */
const NOT_A_PROMISE =
  /^(?![^]*\b(?:will|shall|'ll|going to|from now|from today|henceforth|in (?:the )?future|guarantee\w*|promis\w*|ensur\w*|make sure|assur\w*|pledge|vow|swear|impossible|for good|once and for all|our word|rest assured|confident|permanent\w*|thing of the past|determined|resolved|committed to|forever|at all times|from today on|there will (?:not|never) be|(?:any|no|every) (?:possibility|chance|risk))\b)/i;

export const FAMILIES: Family[] = [
  {
    id: 'pleading',
    reads: PLAN,
    patterns: [
      /!/,
      /\b(?:beg|begging|implore|plead|pleading|pray|praying)\b/i,
      /\bhop(?:e|es|ed|ing|eful|efully)\b/i,
      /\b(?:mercy|merciful|lenien(?:t|cy)|forgive(?:ness)?|pity|sympath(?:y|i[sz]e)|compassion|clemency|indulgence|generosity|magnanim\w*)\b/i,
      /\b(?:another|second|one more|last|final|new) (?:chance|opportunity)\b/i,
      /\b(?:give|grant|offer|allow|provide|leave)s? (?:us|me) (?:a |an |the |another |one more |a second )?(?:chance|opportunity|way out)\b/i,
      /\bchance to\b|\bplease,? please\b/i,
      /\bplease,? (?:help|save|forgive|understand|give us|consider our|let us (?!know)|have mercy)\b/i,
      /\b(?:kindly|humbly|earnestly|sincerely|desperately|urgently) (?:please )?(?:ask|request|beg|consider|reconsider|understand|forgive|give|grant|help|reinstate|restore|reactivate|lift|approve|accept|allow|pass)\b/i,
      /\b(?:consider|understand|take into (?:account|consideration)|look at|think about|sympathi[sz]e with) (?:our|my) (?:\w+ )?(?:situation|difficult(?:y|ies)|position|circumstances?|hardship|plight|feelings|sincerity|efforts?|attitude)\b/i,
      /\b(?:our|my|their|the) (?:famil(?:y|ies)|employees|staff|workers|children|kids|parents|team members|\d+ \w+)(?:'s?)? (?:\w+ )?(?:depend|rel(?:y|ies)|livelihood|income|jobs?|future|will lose|would lose|are waiting|live on|survival)/i,
      /\b(?:lose|losing|lost) (?:their|our|my) (?:jobs?|income|livelihood|savings|homes?)\b/i,
      /\b(?:livelihood|survival|survive(?! (?:the )?(?:trip|transit|route|journey|shipping|delivery|drops?|tests?|handling|sea|voyage|flight))|bankrupt(?:cy)?|out of business|out of work|unemployed|starv\w*|ruin(?:ed)?|debts?|loans?)\b/i,
      /\b(?:huge|heavy|great|serious|tremendous|big|enormous|unbearable|severe) (?:financial )?(?:loss(?:es)?|pressure|burden|blow|stress)\b/i,
      /\b(?:all|whole|entire) (?:of )?(?:our|my) (?:life|lives|savings|money|capital|investment|efforts?|hard work|heart)\b/i,
      /\b(?:sleep|eat)(?:ing)? (?:well|at night)\b|\b(?:can(?:no|')t|could(?:n't| not)|unable to) (?:sleep|eat)\b|\bcan(?:no|')t afford to lose\b|\b(?:is|are|was|means) everything (?:to|for) (?:us|me)\b/i,
      /\b(?:difficult|hard|tough|terrible|desperate|critical|dangerous|dire|awful) (?:situation|times?|period|moment|position|circumstances?)\b|\b(?:only|main|sole) (?:source of )?(?:income|livelihood)\b/i,
      /\b(?:business|company|store|shop|we|family)\b[^.]{0,30}\b(?:cannot|can't|could not|will not be able to|won't be able to) (?:continue|survive|go on|operate|live)\b|\b(?:not|n't|never) (?:slept|eaten)\b/i,
      /\b(?:cherish|treasure|value) (?:this|the|every|our) (?:opportunity|chance|account|store|platform)\b|\bhelp (?:us|me)\b|(?<!thank you for |thanks for )\b(?:your|amazon'?s) (?:help|support|understanding|kindness|mercy|forgiveness|grace|trust|generosity)\b/i,
      /\b(?:destroy (?:us|our)|disaster|catastroph\w*|the end of (?:us|our)|devastating)\b|\b(?:thankful|grateful|appreciative)\b|\b(?:we|i) (?:wish|pray)\b/i,
      /\b(?:very|so|extremely|really|vitally) (?:important|crucial|critical|vital) (?:for|to) (?:us|me|our)\b|\b(?:day and night|blood and sweat|countless hours|how much (?:effort|time|work|energy))\b/i,
      /\b(?:please )?(?:do not|don't) (?:close|suspend|deactivate|remove|take away|punish|ban|give up on)\b/i,
      /\bonly let (?:us|me)\b|\blet (?:us|me) sell again\b/i,
      // Family at home and the bills the store pays: hardship, not a Plan of Action.
      /\b(?:no|without|unpaid|lose their|without any) (?:salary|salaries|wages|pay|paychecks?)\b|\b(?:sorry|apologi[sz]e)\b[^.]*\b(?:again and again|over and over)\b/i,
      /\b(?:my|our) (?:old |elderly |sick |little |young )?(?:mother|father|mom|mum|dad|wife|husband|parents|son|daughter|grandparents?|newborn|baby)\b/i,
      /\b(?:can(?:not|'t)?|could(?:n't| not)?|unable to|struggl\w* to|how (?:to|we can)|whether (?:we|i) (?:can|could)(?: still)?)\b[^.]{0,15}\bpay\b[^.]{0,20}\b(?:rent|salar\w*|wages|bills|loans?|debts?|mortgage|staff|workers|employees)\b/i,
      // Intensifiers that carry feeling or a plea ("deeply sorry", "really need"), not ones that qualify a fact.
      /\b(?:very|really|truly|deeply|sincerely|honestly|extremely|greatly|terribly|awfully|heartily|earnestly|desperately|frankly)\b(?: \w+){0,2} (?:sorry|regret\w*|apologi\w*|grateful|thankful|appreciat\w*|hop\w*|need|want|wish|ask|request|beg|understand\w*|sad|worried|upset|anxious|important|hard|difficult|painful|serious|sincere|honest|love|care|value|respect|admire|cherish|treasure|feel|felt|much|ashamed|disappointed|shocked|surprised|unfair|confused|helpless|nervous|scared|afraid|stressed|exhausted|at the end)\b|^\s*(?:honestly|frankly|truly|sincerely)\b/i,
      /\bheart\b|\bcollapse\w*|\bbrink\b|\bon the edge\b|\banxi\w*|\bfrom (?:zero|scratch|nothing)\b|\bour (?:whole |only )?(?:future|life|lives|dream|baby|child)\b|\b(?:don't|do not|cannot|can't|couldn't) (?:want to |bear to |afford to )?lose\b/i,
      /\bplease\b[^.]*\b(?:understand\w*|support|consider\w*|help|forgiv\w*|merc\w*|kind\w*|chance|opportunit\w*|lenien\w*)\b|\b(?:life )?savings\b|\b(?:everything|all) we have\b|\b(?:cannot|can't|could not) imagine\b|\b(?:do not|don't) know what (?:to do|will happen)\b/i,
      /\b(?:means?|meant) (?:everything|a lot|a great deal|so much|very much|the world) to (?:us|me)\b/i,
      /\b(?:sleepless|can(?:no|')t sleep|could(?:n't| not) sleep|heartbroken|devastat\w*|desperate\w*|despair|depressed|crying|cried|tears|nightmare|suffer\w*|painful|helpless|anxious|anxiety|panic\w*|distress\w*|miserable|agony|torment\w*|shocked|upset|frustrat\w*|terrified|scared|worried|worry|sad|sadness|grief)\b/i,
      /\b(?:very|so|deeply|really|extremely|truly|feel) (?:much )?(?:regret\w*|ashamed|guilty|remorse\w*)\b|\b(?:ashamed|remorseful)\b/i,
      /\b(?:from (?:the bottom of )?(?:our|my) hearts?|sincere (?:attitude|heart))\b/i,
      /\bsave (?:us|me|our (?:store|account|business|company|shop|family))\b/i,
      /\b(?:just|only) a (?:small|poor|tiny|little|humble|young|new) (?:seller|business|company|team|shop|store)\b|\b(?:small|poor|humble) (?:family )?(?:seller|business|company)s? like us\b/i,
      /\b(?:we|i) (?:really|truly|sincerely|earnestly|desperately|urgently|badly) (?:need|want|wish|ask|request)\b/i,
      /\b(?:miss|lose|losing|missing)\b[^.]{0,30}\b(?:prime day|black friday|christmas|peak season|holiday season|q4|best season|selling season)\b/i,
      // An apology that names nothing: no order, buyer, unit or number it is for.
      /\b(?:sorry|apologi[sz]e\b|apologies|apology)\b[^.]*\b(?:inconvenience|trouble|everything|what happened|this (?:matter|incident|situation)|our (?:mistakes?|faults?|errors?|negligence))\b|\b(?:inconvenience|trouble)\b[^.]*\b(?:sorry|apologi[sz]e\b|apologies)/i,
      {
        re: /\b(?:sorry|apologi[sz]e|apologies|apology)\b/i,
        unless:
          /\d|\b(?:orders?|shipments?|units?|parcels?|packages?|buyers?|customers?|items?|listings?|asins?|claims?|complaints?|deliver(?:y|ies)|returns?|refunds?|reviews?)\b/i,
      },
    ],
  },
  {
    id: 'bargaining',
    reads: PLAN,
    unless: [
      /\b(?:sue|suing|lawsuit|court|lawyers?|attorneys?|legal (?:action|steps)|media|press|journalists?|ftc|authorit\w*|regulators?|consumer (?:council|protection))\b/i,
    ],
    patterns: [
      new RegExp(
        String.raw`\b(?:${ON_CONDITION}|should|as long as|only if) (?:you|amazon|your team|the (?:account health |seller performance )?team|account health|seller performance)(?: \w+)? (?:${REINSTATE}|give|grant|allow|let|approve|accept|return)`,
        'i',
      ),
      new RegExp(
        String.raw`\b${ON_CONDITION} (?:(?:our|the|my|this|these) )?(?:selling |seller )?(?:privileges?|rights|account|listings?|asins?|store|shop|products?|funds?)[^.,]{0,40}? (?:is|are|has been|have been|can be|could be|will be|gets?|becomes?|comes?)(?: \w+)? (?:${REINSTATE}|back|active|approved|live|online|returned|given back)`,
        'i',
      ),
      // Paying for the account back: "willing to pay any fine to have our account reactivated".
      /\b(?:willing|ready|prepared|happy) to (?:pay|accept)\b[^.]{0,40}\b(?:to (?:have|get|keep|restore|reinstate|reactivate)|any (?:fine|penalty|fee))\b/i,
      /\b(?:if|once|when|after|as soon as|provided(?: that)?) (?:we are|we're|we get|we have been|we can|i am|i get)(?: \w+)? (?:given|granted|allowed|reinstated|back|able to sell|permitted|sell(?:ing)? again|another chance|a chance|the chance)/i,
      /\bgiven (?:the |a |another |one more |this |a second )?(?:opportunity|chance)\b/i,
      /\b(?:we|i|our \w+) (?:will|shall|would|promise|can)\b[^.]*\b(?:if|once|when|after|as soon as|as long as|provided)\b[^.]{0,50}\b(?:back|lifted|removed|reinstat\w*|reactivat\w*|restor\w*|reopen\w*|unblock\w*)\b/i,
      /\b(?:reinstate|restore|reactivate|reopen|unblock|give (?:us|me) back)\b[^.]{0,30}\band (?:you|we) will\b|\b(?:reinstat|restor|reactivat|reopen|open|unblock|releas)\w*\b[^.]{0,40}\b(?:first|then)\b[^.]{0,20}\b(?:we|i) (?:will|can|shall)\b/i,
      /\b(?:if|once|when|after|as soon as|as long as|only if|on condition that|provided|should|in case)\b[^.,]{0,60}\b(?:back|lifted|reinstat\w*|reactivat\w*|restor\w*|reopen\w*|unblock\w*|unfroz\w*|sell(?:ing)? again|chance|opportunity)\b[^.]*\b(?:we|i|our \w+)(?: \w+)? (?:will|shall|promise|guarantee|are willing|would|plan|intend|are going|are ready|can)\b/i,
      /\b(?:if|once|when|after|as soon as|until) (?:it is |it's |we are |we're |this is )?(?:reinstated|reactivated|restored|reopened|unblocked|unfrozen|back online)\b/i,
      /\b(?:upon|after|following) (?:the )?(?:reinstatement|reactivation|reopening|restoration)\b/i,
      new RegExp(
        String.raw`\b${ON_CONDITION} (?:the |our )?(?:[\d,]+ )?(?:units?|inventory|stock|shipments?|goods)\b[^.,]{0,40}\b(?:move|sell|be sold|ship|go live)\w* again\b[^.]*\b(?:we|our \w+)(?: \w+)? (?:will|shall|'ll|can)\b`,
        'i',
      ),
      /\b(?:let|allow|put) (?:us|me) back (?:on|in|online|to selling)\b|\bgive (?:us|me) (?:our|the) (?:account|store|listings?|selling privileges) back\b[^.]*\b(?:will|'ll|shall)\b/i,
      new RegExp(String.raw`\b(?:in exchange for|in return for) (?:the )?(?:${REINSTATE}|another chance|the chance|our account)`, 'i'),
      /\b(?:let|allow) (?:us|me) (?:to )?(?:sell|continue|come back|return|reopen|resume)\b[^.]*\b(?:we|i) (?:will|promise|guarantee|shall)\b/i,
    ],
  },
  {
    id: 'track-record',
    reads: PLAN,
    unless: [
      // Other sellers' rank ("every top seller", "the best-selling listing we copied") is the others-do-it family's.
      /^(?![^]*\b(?:we are|we're|we were|our (?:store|shop|brand|account|company|products?) (?:is|are|was|were|has been))\b)[^]*\b(?:(?:every|other|another|all the|many|most|what the|the other|the)(?: \w+)? (?:top|best-?selling|best ?sellers?|leading|number one|#1)(?: \w+)? (?:sellers?|listings?|brands?|stores?|competitors?|offers?)|(?:seller|listing|brand|competitor|offer) ranked)\b/i,
      /\b(?:paid|bought|buy|purchased)\b[^.]{0,30}\breviews?\b|\b(?:fake|third[- ]party|incentivi[sz]ed|manipulat\w*|in exchange|in return|free (?:product|sample)s?|arrang\w*|remove[ds]?|deleted|solicit\w*|asked|asking|ask for|because|expected|stock-?outs?|ran out|out of stock|could not|couldn't|unable|overwhelmed|overwhelming (?:number|volume|demand)|led to|caused|backlog|keep up)\b/i,
    ],
    patterns: [
      {
        re: new RegExp(
          String.raw`\b(?:selling|sold|sell|seller|store|account|business|shop|operat\w*|partner\w*|cooperat\w*|been on amazon)\b[^.]{0,40}\b(?:for|over|since|more than|in the past|in the last) (?:the (?:past|last) )?${NUM}(?: \w+)? (?:years?|decades?)\b`,
          'i',
        ),
        unless: OTHERS_HISTORY,
      },
      {
        re: /\b(?:selling|sold|seller|store|account|business|partner|cooperat\w*|on amazon)\b[^.]{0,40}\bsince (?:19|20)\d\d\b|\bsince (?:19|20)\d\d\b[^.]{0,40}\b(?:selling|sold|seller|store|account|served|customers|business|on amazon)\b/i,
        unless: OTHERS_HISTORY,
      },
      /\b(?:served|satisfied|helped|delivered to)(?: \w+){0,3} [\d,]+\+? (?:customers|buyers|clients|families)\b/i,
      new RegExp(
        String.raw`\b${NUM}(?: \w+)? (?:years?|decades?) (?:of |on |with )?(?:selling|trading|operation|operating|experience|history|cooperation|business|partnership|good|excellent|stable|successful|honest|trouble-free|clean|compliant|amazon)\b`,
        'i',
      ),
      {
        re: /\b(?:seller|store|shop|account|feedback|customer|product|review|star|average|overall|positive|buyer)(?: feedback)? (?:ratings?|scores?)\b/i,
        unless: /\b(?:negative|bad|low|poor|critical|one-star|1-star)\b/i,
      },
      /\b(?:positive|good|excellent|great|high|perfect|5[- ]star|five[- ]star|4\.\d|outstanding|stellar)(?: customer| buyer| seller)? (?:feedbacks?|reviews|ratings?|reputation|record|history|standing|metrics|performance|account health|praise|comments)\b/i,
      /\b(?:never|not once|not a single|no)(?: \w+)? (?:any |a |one |single )?(?:complaints?|negative (?:feedback|reviews?)|bad (?:feedback|reviews?)|problems?|issues?|violations?|warnings?|claims?|suspensions?)\b[^.]*\b(?:before|ever|in the past|so far|until now|since|history|years?|till now|previously|until this)\b/i,
      /\b(?:have|had|has|we've) never (?:received|had|got|gotten|faced|encountered|been (?:warned|suspended|complained|reported)|violated|broken)\b/i,
      /\b(?:this|it) (?:is|was) (?:the|our) (?:very )?(?:first|only) (?:time|violation|complaint|mistake|offen[cs]e|issue|problem|incident)\b/i,
      /\b(?:clean|good|perfect|excellent|spotless|flawless|healthy|great|strong|stable|long) (?:track record|record|history|account (?:health|history|status)|standing|reputation|selling history)\b|\btrack record\b|\bgood standing\b/i,
      /\b(?:sales|revenue|turnover|gmv|income|profits?)(?: volume)?\b[^.]{0,30}\b(?:grown|grew|increased|doubled|tripled|reached|exceeded|risen|rose|growing|over|more than|million|\$|usd)/i,
      /\b(?:brought|bring|brings|contributed|contribute|generated|generate|paid|pay|created|create|earned)(?: \w+){0,3} (?:to |for )?amazon\b|\b(?:brought|contributed|generated|paid)\b[^.]{0,50}\b(?:to|for) amazon\b|\b(?:fees|commissions?|advertising)\b[^.]{0,30}\b(?:to|for) amazon\b/i,
      /\bamazon\b[^.]{0,25}\b(?:commissions?|fees|revenue|profits?|money|advertising)\b[^.]{0,20}\b(?:paid|spent|brought|contributed|generated)\b/i,
      /\b(?:loyal|long-term|long-standing|longtime|faithful|valued|trusted|reliable|good|responsible|honest|old|compliant|law-abiding) (?:amazon )?(?:sellers?|partners?|members?)\b/i,
      /\b(?:thousands|millions|hundreds|tens of thousands) of (?:\w+ )?(?:customers|buyers|orders|units|products|satisfied|happy|reviews)\b|\b(?:satisfied|happy|loyal|repeat) (?:customers|buyers|clients)\b/i,
      /\b(?:rank(?:s|ed|ing)?|top \d+|bsr)\b|\b(?:customers?|buyers?) (?:love|like|trust|praise|prefer|enjoy|recommend)\b|\bbuy (?:again|from us again)\b|\brepurchase\w*|\brepeat (?:orders|purchases)\b/i,
      /\b(?:completed|fulfilled|processed|shipped|sold|delivered)(?: \w+){0,2} (?:over |more than |nearly |almost |about )?\d{1,3}(?:,?\d{3})+\+? (?:orders|units|items|packages|parcels|products)\b[^.]*\b(?:few|no|zero|only|without|satisf\w*|happy|positive|good|success\w*)\b/i,
      /\bnever (?:once )?(?:had|received|got|gotten|faced|encountered|seen|met)(?: \w+){0,3} (?:complaints?|negative|bad|claims?|violations?|warnings?|problems?|issues?|suspensions?)\b/i,
      /\b(?:account|health|metrics?|ratings?|performance|record|odr|feedback|store|shop)\b[^.]{0,30}\b(?:always|consistently|historically)\b|\b(?:always|consistently|historically)\b[^.]{0,30}\b(?:good|healthy|excellent|great|perfect|clean|in good standing)\b/i,
      /\b(?:odr|order defect rate|late shipment rate|cancellation rate|return rate|ratings?|feedback|score|metrics)\b[^.]{0,30}\b(?:for the (?:past|last) (?:year|\w+ (?:years|months))|for (?:years|many months|a long time)|all (?:these|the) years|since (?:we|our|the) (?:started|opened|began))/i,
      /\bwithout (?:any |a single |one )?(?:\w+ )?(?:problems?|issues?|complaints?|claims?|violations?|warnings?|negative feedback)\b/i,
      // A clean past told as a count: "not one of our 210 products had ever…", "buyers have been happy with us".
      /\b(?:not once|not a single|not one|none of (?:our|the)|never once)\b[^.]{0,50}\b(?:had|has|have|received|got|attracted|drew|faced|met|seen)\b[^.]{0,30}\b(?:complaints?|claims?|violations?|warnings?|negative feedback|suspensions?)\b|\b(?:had|has|have) ever (?:\w+ ){0,2}(?:an? |any )?(?:\w+ )?(?:complaints?|claims?|violations?|warnings?)\b/i,
      /\b(?:buyers?|customers?|clients?|shoppers?)\b[^.]{0,30}\b(?:happy|satisfied|pleased|delighted|content) (?:with|about) (?:us|our)\b/i,
      /\bwith (?:hardly|barely|almost|virtually|practically) (?:any|no)\b (?:\w+ )?(?:problems?|issues?|complaints?|claims?|returns?|defects?)\b|\bonly (?:these |those |the )?(?:\d+|one|two|three|four|five|a few|a handful of) (?:\w+ )?(?:buyers?|customers?)\b[^.]{0,20}\bever\b/i,
      /\b(?:account health|metrics?|odr|ratings?|feedback|performance|scores?)\b[^.]{0,20}\b(?:stayed|remained|has (?:always )?been|have (?:always )?been|was always|were always) (?:\w+ )?(?:green|healthy|excellent|perfect|clean|good|great|high|strong)\b|\b(?:always|usually|often|regularly|consistently) (?:leave|give|rate)\b[^.]{0,15}\b(?:5|five)[- ]stars?\b/i,
      new RegExp(
        String.raw`\b${NUM} (?:clean|good|spotless|perfect|successful|trouble-free|honest) years\b|\b(?:not one|no|never a|not a single) (?:\w+ )?(?:customers?|buyers?)\b[^.]{0,25}\bever (?:questioned|complained|doubted|reported|raised|claimed)\b`,
        'i',
      ),
      /\bnever (?:once )?(?:appeared|come up|came up|arisen|arose|happened)\b[^.]{0,30}\b(?:history|record|account|years?)\b|\b(?:anywhere )?in (?:our|the) (?:whole |entire )?(?:account|selling) (?:history|record)\b/i,
      // Money brought to Amazon as a large sum in its fees.
      /(?:\$|usd ?|€|£) ?(?:\d{2,3}(?:,\d{3})+|\d(?:,\d{3}){2,})\b[^.]{0,30}\b(?:referral|fba|selling|amazon|advertising|ads|ppc)\b[^.]{0,15}\b(?:fees|commissions?|spend|costs)\b/i,
      /\brated (?:\w+ )?highly\b|\bhighly rated\b|\bpraise[ds]?\b|\bcompliments?\b|\bwell received\b|\b(?:sell|sells|selling|sold) (?:very |so |really )?well\b|\bpopular\b|\b(?:lots|a lot) of (?:praise|good|positive|happy|satisfied|loyal)\b/i,
      /\b(?:best ?sell(?:er|ing)|top[- ](?:sellers?|rated|ranked|brands?)|#1|number one|no\. ?1|amazon'?s choice)\b/i,
      /\b(?:always|consistently|never failed to)(?: \w+)? (?:provided?|provides|offer(?:ed|s)?|maintain(?:ed|s)?|keeps?|kept|deliver(?:ed|s)?|give[ns]?|complied|followed|respected|been (?:honest|compliant|careful))\b/i,
      /\b(?:odr|order defect rate|late shipment rate|cancellation rate|metrics)\b[^.]{0,30}\b(?:always|has always|never|consistently|historically)\b/i,
      /\btake into (?:account|consideration) (?:our )?(?:\w+ )?(?:history|record|ratings?|performance|years|past|feedback|sales|reputation)\b/i,
    ],
  },
  {
    id: 'business-intro',
    reads: PLAN,
    // Process, evidence (a registration) and stock facts are not an introduction.
    unless: [
      /\b(?:checklist|process|procedure|audit|sop|step|training|log|alert|spreadsheet|checks?|inspects?|answers?|reviews?|responsible for|in charge|assigned|hired|trained|now (?!employs?|has|have|owns?|operates?|serves?|sells?|in\b|runs?|led)\w+|registration (?:no\.?|number)|attached|stock|inventory|oversold|overselling)\b/i,
    ],
    patterns: [
      /\b(?:company|business|store|shop|brand|factory|workshop|firm|corporation|enterprise|we|(?:my|our) (?:father|mother|parents|grandfather|founders?|family))\b[^.]{0,30}\b(?:founded|established|set up|registered|incorporated|started|created|opened|launched)\b[^.]{0,25}\b(?:19|20)\d\d\b/i,
      /\b(?:we|our (?:company|factory|team|firm|business|group)|the company)(?: now| currently)? (?:has|have|employs?|with|consists? of|owns?|operates?)(?: over| more than| nearly| about| around| almost| a team of)? [\d,]+\+? (?:full-time |professional |skilled |experienced )?(?:employees|staff|workers|people|designers|engineers|members|square|sq|production lines|factories|warehouses|stores|brands)\b/i,
      /\b(?:company|factory|brand|firm|business) (?:is|has been|was|became)\b[^.]{0,40}\bsince (?:19|20)\d\d\b|\b(?:gold supplier|verified supplier|canton fair)\b/i,
      /\b[\d,.]+ ?(?:square (?:meters?|metres?|feet|foot)|sq\.? ?(?:m|ft)|m2|㎡)\b/i,
      /\b(?:a|an|our) (?:[\w-]+ )?team of (?:over |more than |about |nearly )?[\d,]+\+? (?:[\w-]+ ){0,2}(?:people|employees|staff|members|designers|engineers|professionals|experts|workers|graduates)\b/i,
      /\b(?:passionate|talented|dedicated|young|creative|energetic|elite) (?:\w+ )?(?:team|staff|designers|engineers|people)\b|\b(?:top|famous|prestigious|leading) universit(?:y|ies)\b|\bin (?:our|its|the company'?s) (?:dna|blood|genes)\b/i,
      /\b(?:employs?|employing) (?:over |more than |about |nearly |around )?[\d,]+\+? (?:\w+ )?(?:people|employees|staff|workers)\b|\b(?:founder|father|mother|grandfather|family)\b[^.]{0,20}\b(?:opened|started|founded|set up)\b[^.]{0,25}\b(?:first|small|little|own)\b|\b(?:families|homes|customers|people) (?:everywhere|around the world)\b/i,
      {
        re: /\b(?:our|the|its|the company'?s?)(?: \w+'s)? (?:mission|vision|goal|aim|philosophy|purpose|tenet|principle|motto|core values?|values|belief|pursuit|dream|slogan|culture)\b[^.]{0,10}\b(?:is|are|has (?:always )?been|have (?:always )?been|was)\b/i,
        unless: /\d/,
      },
      /\b(?:customer|customers|buyer|quality|integrity|honesty|service) (?:first|is (?:god|king|our top|always our|our (?:first|highest|top)))\b/i,
      /\b(?:customer satisfaction|quality|integrity|honesty|credibility)\b[^.]{0,25}\b(?:our|the) (?:top |first |highest |number one |most important |core |main )?(?:priority|goal|principle|value|pursuit|mission|tenet|lifeline)\b/i,
      /\b(?:committed|dedicated|devoted|focus(?:ed)?|speciali[sz]\w*)(?: ourselves)? (?:to|on|in) (?:provid|offer|bring|deliver|creat|mak|serv|design|produc|develop|manufactur|research|sell|the (?:research|design|production|development))\w*/i,
      /\b(?:high|highest|best|top|premium|superior|excellent|first-class|reliable)[- ]quality (?:products|goods|items|and)\b/i,
      /\b(?:we|i)(?: \w+)? (?:love|loves|loved|like|trust|respect|admire|enjoy|appreciate|cherish)(?: \w+)? (?:amazon|the amazon (?:platform|marketplace)|selling on amazon|this platform|your platform)\b/i,
      /\b(?:amazon|this platform|the platform|selling on amazon|amazon marketplace)\b[^.]{0,40}\b(?:best|greatest|most important|favou?rite|biggest|first choice|dream|goal|honou?r|proud|pride|important (?:goal|channel|platform|partner|market))\b/i,
      /\b(?:proud|pride|honou?red|privilege|dream)\b/i,
      /\b(?:well-known|famous|leading|renowned|reputable|professional|experienced|large|influential|innovative|high-tech|integrated|legitimate)(?: \w+)? (?:brand|manufacturer|company|seller|supplier|factory|enterprise|team|firm|business|exporter)\b/i,
      /\b(?:our|the) (?:products?|goods|brand)(?: are| is| have been| has been)(?: \w+)? (?:sold|exported|popular|loved|welcomed|well received|trusted|recognized|famous|known) (?:in|to|by|all|around|throughout|worldwide|among|across)\b/i,
      /\b(?:all over|around|across) the (?:world|globe)\b|\bworldwide\b|\b\d+ countries\b/i,
      /\b(?:we|our company|our business|our factory|our brand) (?:is|are) (?:truly |really |proudly )?(?:a|an|the|one of the) (?:[\w-]+ ){0,2}(?:company|brand|factory|team|seller|retailer|business|group|enterprise|manufacturer|supplier|exporter|trader|store|shop|distributor|wholesaler|importer)\b/i,
      /\bfamily[- ](?:owned|run)\b|\b(?:second|third|fourth|fifth) generation\b/i,
      /\b(?:we|our (?:team|company|staff|people))(?: \w+)? (?:is|are) (?:very |a |all )?(?:young|passionate|creative|energetic|dynamic|innovative|hard-working|professional|experienced|honest)\b/i,
      /\bour own (?:factory|brand|design team|r&d)\b|\br&d\b|\bresearch and development\b|\bawards?\b|\b(?:sold|exported|popular|famous|known|available) (?:in|to|all over|throughout|across) (?:europe|america|the (?:us|uk|eu) and|many|more than|over|\d+|the world|japan and)\b/i,
      /\b(?:founded|established|incorporated|born) in (?:19|20)\d\d\b|\bspeciali[sz](?:e|es|ed|ing) in\b|\b(?:we|our company) (?:have )?always (?:believed|insisted|adhered|pursued|upheld)\b/i,
      /\b(?:quality|integrity|honesty|credit|reputation|customers?) (?:is|are) (?:the |our )?(?:soul|life|lifeline|foundation|root|core|key|heart|god|king)\b/i,
      /\b(?:cooperat\w*|partner\w*|work(?:ed|ing)? with|suppl(?:y|ies|ied) (?:to|for))\b[^.]{0,40}\b(?:walmart|target|costco|ebay|wayfair|well-known|famous|big|large|major|many)\b/i,
      /\b(?:since our founding|founding|innovation|innovative)\b|\b(?:we|our company) own (?:\w+ )?brands\b|\b(?:sell|selling|sold) on (?:more than |over |many |several |\d+ |\w+ )?(?:platforms|marketplaces|channels)\b|\bamazon\b[^.]{0,40}\bthe most\b/i,
      /\bpioneer\w*\b|\bthe first (?:company|seller|brand|factory|team|store)\b|\bone of the (?:biggest|largest|best|top|leading|most|earliest|oldest|first)\b|\b(?:great|good|important|valuable|strategic|long-term|reliable) partner\b/i,
      /\b(?:located|based|headquartered) in\b|\b(?:square met(?:er|re)s|production lines?|annual output|annual sales|output value|registered capital)\b/i,
    ],
  },
  // ── Families added in session 5 (issue 20 item 8): what sellers write in their own words that reviewers reject. ──
  {
    // Asking Amazon to find the problem for the seller: the appeal is the seller's own analysis.
    id: 'asks-amazon',
    reads: PLAN,
    unless: [ASKS_COURTESY],
    patterns: [
      // Guidance asked for in general, or the complaint itself: the seller's own analysis is what the appeal is.
      /\b(?:would|will|could) help us\b[^.]{0,30}\b(?:to )?(?:receive|get|know|see|have|learn)\b[^.]{0,30}\b(?:order (?:ids?|numbers?)|asins?|complaints?|details|reasons?|results)\b/i,
      /\b(?:any|some|your|further|more|a little) (?:\w+ )?(?:guidance|advice|direction|hints?|pointers?|help)\b[^.]{0,25}\b(?:from (?:you|your|amazon|the team)|would be (?:\w+ )?(?:appreciated|helpful|great|welcome))\b/i,
      /\b(?:cannot|can't|could not|couldn't|unable to|did not|didn't)(?: \w+)? (?:find|see|spot|identify) anything (?:that|which) (?:\w+ )?(?:breaks|broke|violates|violated|infringes|is wrong|was wrong|goes against)\b/i,
      /\b(?:tell|show|inform|advise|let) (?:us|me)(?: know)?(?: \w+)? (?:what|which|why|where|whether|the (?:exact |specific |real |actual )?(?:reasons?|problems?|issues?|causes?|violations?|listings?|asins?|orders?|polic\w*|rules?|products?))\b/i,
      /\b(?:could|can|would|will) you (?:please |kindly )?(?:tell|explain|clarify|specify|point out|identify|show|let us know|inform us|advise|guide)\b/i,
      /\bplease,? (?:kindly )?(?:explain|clarify|specify|point out|identify|advise|guide|help us (?:find|understand|identify)|provide (?:us )?(?:with )?(?:the |more |further |some |specific )*(?:details|specifics|information|reasons?|order ids?|order numbers|asins?|examples?|evidence|explanation))\b/i,
      /\b(?:we|i) (?:still |really |honestly )?(?:do not|don't|did not|didn't|cannot|can't|could not|couldn't|are unable to|were unable to|failed to) (?:\w+ )?(?:know|understand|find|see|figure out|identify|determine|work out|locate)\b (?:\w+ )?(?:why|what|which|where|the (?:exact |specific |real )?(?:reason|cause|problem|issue|violation|listing|asin|product))\b/i,
      /\b(?:confused|puzzled|unclear|not clear|no idea|no clue)\b[^.]{0,30}\b(?:reason|why|what|which|cause|violation|suspension|deactivation|removal)\b/i,
      /\b(?:found|find|see|saw|identified) (?:nothing|no (?:\w+ )?(?:problems?|issues?|violations?|errors?|reason))\b/i,
      /\b(?:need|require|request|ask for|want|waiting for) (?:more |further |the |additional |some |specific )*(?:details|information|specifics|clarification|guidance|explanation|examples?|instructions?)\b[^.]{0,40}\b(?:violation|reason|suspension|deactivation|problem|issue|complaint|polic\w*|why|which|from you|from amazon|so (?:that )?we can|to write|in order to|what to do)\b/i,
      /\b(?:inform|notify|advise|tell) (?:us|me) (?:of|about) (?:the )?(?:\w+ )?(?:reason|cause|problem|issue|violation|details|specifics)\b/i,
      /\b(?:your|amazon'?s) (?:instructions?|guidance|direction|advice|suggestions?)\b[^.]{0,20}\b(?:on|about|what|how)\b|\bplease,? guide\b|\bguide us\b/i,
      /\b(?:please|kindly|(?:could|can|would|will) (?:you|amazon|seller performance|your team)|we (?:hope|wish|would like|need|want|ask|request|expect) (?:you|amazon|to (?:know|understand|learn|get|receive|hear))|we (?:would|'d) (?:be grateful|appreciate|love|be glad) (?:it )?(?:if|to (?:learn|know|understand|hear|be told))|help us)\b[^.]{0,60}\b(?:what (?:exactly |specifically |precisely |else |is |was |we |to |do |should |must )|which (?:listings?|asins?|products?|orders?|polic(?:y|ies)|rules?|items?|parts?|documents?)|why\b|the (?:exact |specific |real )?(?:reason|problem|violation|issue|cause)\b|specifics|(?:more )?details (?:of|about|on))/i,
      // An appeal states; a question in it asks Amazon to do the seller's analysis (confirming receipt of a document is not).
      {
        re: /^(?=[^]*\b(?:what|which|where|whether|is it|was it|is there|are there|are (?:they|these|those|the)|did (?:we|our|the)|does (?:our|the)|do (?:we|our|the))\b)[^]*\?\s*$/i,
        unless:
          /\b(?:receiv\w*|reached|arrived|got)\b[^?]{0,40}\b(?:invoices?|documents?|files?|attachments?|letters?|email|case)\b|\b(?:invoices?|documents?|files?|attachments?)\b[^?]{0,40}\b(?:receiv\w*|reached|arrived)\b/i,
      },
      /\b(?:any|more|further|some|additional) (?:\w+ )?(?:details?|information|insight|feedback|hints?|clues?|specifics)\b[^.]{0,20}\b(?:about|on|regarding|as to|of) (?:what|why|which|how|the (?:reason|violation|findings?|problem|issue|cause))\b|\bpoint (?:us|me) (?:in the right direction|to (?:the|what|which))\b|\bwithout knowing (?:the |which |what )(?:\w+ )?(?:orders?|order numbers|asins?|listings?|reasons?|complaints?|problems?|rules?|polic\w*)\b/i,
      /\b(?:please|kindly|(?:could|would|can|will) (?:you|amazon|seller performance|your team|the team)|if (?:you|amazon|seller performance|your team|the team)|appreciate it if (?:you|amazon|seller performance|your team|the team)|(?:ask|request|hope) (?:that )?(?:you|amazon|seller performance|your team|the team)|(?:would|could|is) it (?:be )?possible (?:for (?:you|amazon|the team|your team) )?to)\b[^.]{0,40}\b(?:share|identify|specify|point out|indicate|name|list|send|forward|provide|give|show)\b[^.]{0,30}\b(?:reasons?|asins?|order (?:ids?|numbers?)|orders? (?:involved|concerned|affected)|complaints?|listings? (?:involved|concerned|affected)|rules?|polic(?:y|ies)|problems?|violations?|cause|hints?|clues?|results|details|test[- ]buys?|the (?:specific|exact|particular|offending|problematic|relevant) [\w-]+)\b/i,
      /\b(?:need|want|would like|have) to (?:know|understand|find out)\b (?:\w+ ){0,2}?(?:which|what|why|where|the (?:reason|cause|rule|policy|problem))\b/i,
      /\b(?:cannot|can't|could not|couldn't|unable to|did not|didn't)(?: \w+)? (?:find|locate|see|identify)\b (?:any|a single|one|the) (?:\w+ )?(?:complaints?|problems?|issues?|violations?|errors?|reasons?|claims?)\b/i,
    ],
  },
  {
    // Arguing that the policy, the metric or its target is unfair, instead of explaining the defects behind it.
    id: 'disputes-policy',
    reads: PLAN,
    patterns: [
      new RegExp(String.raw`\b${RULE_WORD}\b[^.]{0,60}\b${UNFAIR}`, 'i'),
      new RegExp(String.raw`\b${UNFAIR}[^.]{0,40}\b${RULE_WORD}\b`, 'i'),
      new RegExp(String.raw`\bout of [\d,]+\b[^.]*\b${UNFAIR}|\b${UNFAIR}[^.]*\bout of [\d,]+\b`, 'i'),
      /\b(?:only|just|merely)(?: (?:received|got|had|have|saw|were))? (?:\d+|one|two|three|four|five|a few|a couple of|a handful of)(?: \w+)? (?:claims?|complaints?|defects?|late (?:orders|shipments)|orders?|negative feedbacks?|feedbacks?|returns?|reports?)\b[^.]{0,50}\b(?:out of|among|from|of|in|but|yet|and|so|which|enough)\b/i,
      /\b(?:not|n't) (?:fair|reasonable|right|just|proportionate)\b[^.]{0,40}\b(?:one|single|a few|only|small|whole|entire)\b|\b(?:punish\w*|penali[sz]\w*|hurts?|discriminat\w*)\b[^.]{0,30}\b(?:small|new|low[- ]volume|honest|chinese|individual) (?:sellers?|businesses|stores?|shops?)\b/i,
      /\bshould(?:n't| not) be enough\b|\b(?:should(?:n't| not)|must not) (?:\w+ )?(?:cost|lose|mean|lead to|result in)\b[^.]{0,30}\b(?:account|listing|suspension|store|privileges)\b|\b(?:punish\w*|penali[sz]\w*|discriminat\w*|disadvantag\w*) (?:\w+ )?(?:sellers?|resellers?|brands?|businesses|stores?)\b/i,
      /\b(?:should|ought to)(?: not|n't)?(?: \w+ly)? (?:apply|count|be (?:calculated|counted|measured|based|changed|exempt\w*)|exclude|consider)\b[^.]{0,40}\b(?:orders?|sellers?|products?|categor\w*|days?|claims?|feedbacks?|policy|rule|metric|target|rate)\b/i,
      /\b(?:do not|don't|cannot|can't) agree\b[^.]{0,40}\b(?:rate|metric|target|polic\w*|rule|decision|means|shows?|reflects?)\b|\b(?:hardly|not) (?:a |an )?(?:sign|proof|evidence|indication) of\b/i,
      /\b(?:small|low|limited) (?:order |sales )?(?:volume|number of orders)\b|\bsample size\b|\bstatistic\w*|\boutliers?\b|\bonly because (?:we|our)\b[^.]{0,40}\b(?:volume|orders|sales)\b|\bone (?:bad|single|negative) (?:review|feedback|claim|complaint|buyer|customer)\b[^.]{0,40}\b(?:should|can|could|cannot|enough|whole|entire|suspend|remove)\b/i,
      /\b(?:do not|don't|did not|didn't) (?:think|believe|feel)\b[^.]{0,40}\b(?:fair|right|reasonable|justified|deserved|proportionate|correct)\b|\bwithout (?:enough|sufficient|proper|any|prior) (?:notice|warning)\b[^.]{0,30}\b(?:sellers?|us)\b|\b(?:should|must) be (?:excluded|removed|discounted|ignored) from\b/i,
      /\b(?:other|some) (?:marketplaces|platforms|sites|channels)\b[^.]{0,40}\b(?:do not|don't|never|allow|accept|have no)\b/i,
      /\b(?:impossible|not possible|very hard|unrealistic) (?:to (?:meet|reach|achieve|keep)|for (?:us|sellers|small))\b/i,
      // The sanction argued against as out of proportion: "unfair to suspend the whole account because of one…",
      // "hardly serious enough to justify…", "a single bad week can wipe out years", "a very small number".
      new RegExp(
        String.raw`\b${UNFAIR}[^.]{0,40}\b(?:suspend|remov|deactivat|block|clos|punish|delist)\w*\b[^.]{0,50}\b(?:one|single|a few|only|just|because of|whole|entire|all)\b`,
        'i',
      ),
      /\b(?:hardly|not|never|n't|barely|scarcely)\b[^.]{0,30}\b(?:justif(?:y|ies|ied)|warrant(?:s|ed)?|serious enough|severe enough|big enough)\b/i,
      /\b(?:a single|one) (?:bad|late|slow|negative|unlucky) (?:week|day|month|order|review|buyer)\b[^.]{0,40}\b(?:can|could|should|will|would)\b|\bwipes? out\b[^.]{0,30}\b(?:years|record|history|work)\b/i,
      /\b(?:very |so |quite |extremely |such a )?(?:small|tiny|minor|insignificant|negligible) (?:number|amount|percentage|share|fraction|proportion|portion)\b/i,
      new RegExp(String.raw`\b(?:${NO_SENSE})\b|\bshould(?:n't| not) (?:really |even |fairly )?(?:count|matter)\b`, 'i'),
      /\b(?:is|was|are) (?:\w+ )?(?:normal|ordinary|standard|legitimate|reasonable|fair) (?:business|practice|pricing|commerce)\b|\bwhy (?:should|would|must) (?:we|a seller|sellers|our (?:account|store|shop))\b[^.?]{0,30}\b(?:be )?(?:punish\w*|penali[sz]\w*|suspend\w*|lose|blocked|deactivat\w*)/i,
    ],
  },
  {
    // Denying the problem, or calling it a misunderstanding, with nothing that proves it.
    id: 'denial',
    reads: PLAN,
    // Evidence beside it, or the sentence admits the mistake ("we were wrong to assume…").
    unless: [EVIDENCE, /\b(?:we|i) (?:were|was) wrong\b|\bwrong to (?:assume|believe|think)\b/i],
    patterns: [
      /\b(?:never|not|n't|no|none of)\b[^.]{0,30}\b(?:counterfeits?|fakes?|inauthentic|replicas?|knock-?offs?|imitations?|copies|pirated)\b/i,
      /\b(?:(?:100|one hundred) ?%|completely|totally|absolutely|definitely|surely|certainly|all|fully|really|truly)(?: \w+)? (?:genuine|authentic|original|brand[- ]new|unused|legal|legit\w*|real)\b/i,
      /\b(?:have not|haven't|has not|hasn't|did not|didn't|never|do not|don't|does not|doesn't)(?: \w+)? (?:violat\w*|infring\w*|break|broke|breach\w*|do anything|did anything|done anything|sell anything|copy|copied|misuse)\b/i,
      /\b(?:is|was|be|just|only|an?|simply|clearly|obviously|purely) (?:\w+ )?misunderstanding\b|\b(?:mistaken identity|false (?:alarm|positive))\b/i,
      /\b(?:complaints?|claims?|reports?|accusations?|allegations?|notices?|feedbacks?|reviews?|charges?)\b[^.]{0,30}\b(?:is|are|was|were) (?:\w+ )?(?:not true|untrue|false|incorrect|wrong|groundless|baseless|unfounded|inaccurate|not correct|not accurate|fabricated|made up)\b/i,
      /\b(?:deny|denies|denied|reject|rejects|refute|dispute)\b[^.]{0,20}\b(?:accusations?|allegations?|claims?|complaints?|charges?|this|that|it)\b/i,
      /\b(?:we are|i am|we're|we were|i was) (?:\w+ )?(?:sure|certain|confident|positive)\b[^.]{0,50}\b(?:new|genuine|authentic|original|correct|fine|no problem|not|never|right|compliant|good condition|perfect)\b/i,
      /\b(?:no|nothing|not any) (?:\w+ )?(?:problems?|issues?|wrong|defects?|faults?) (?:with|in|about|on) (?:our|the|this|these|my) (?:\w+ )?(?:products?|items?|listings?|goods|store|account|images?|photos?|units?)\b/i,
      /\b(?:there (?:is|was|are|were) no|not an?) (?:\w+ )?(?:infringement|violation|counterfeit|problem)\b/i,
      /\b(?:nothing|no rule|no polic(?:y|ies)) (?:\w+ )?(?:wrong|against|violated|broken)\b/i,
      /\b(?:our|the|these|all|this) (?:\w+ )?(?:goods|products?|items?|units?|stock|inventory|listings?|designs?|images?|photos?)\b (?:are|is|were|was) (?:all |always |definitely |certainly |absolutely |fully |totally |completely )?(?:original|genuine|authentic|brand[- ]new|compliant|legal|our own|legit\w*|real|unused)\b/i,
      /\b(?:done|did|do) nothing\b|\bnothing to do with\b|\bmix-?up\b|\b(?:is|was|are|were) not (?:the one|ours|our (?:product|item|listing))\b|\b(?:cannot|can't|could not|couldn't) (?:be|have been) (?:right|true|correct|ours)\b/i,
      /\b(?:we|i) (?:can )?(?:assure|guarantee|confirm|promise|swear)(?: you)?(?: that)? (?:our|the|all|we|these|this|every|none)\b[^.]{0,40}\b(?:genuine|authentic|original|brand[- ]new|in new condition|compliant|legal|legitimate)\b/i,
      /\b(?:we|i|our (?:store|company|shop|team|staff))(?: \w+)? never (?:sold|shipped|sent|listed|used|offered|did|copied|manipulated|bought|asked|paid|incentivi[sz]ed|requested)\b/i,
      /\b(?:complaints?|claims?|reports?|reviews?|feedbacks?|accusations?)\b (?:was |were |has been |had been )?(?:filed|reported|made|raised|sent|submitted|left|opened)\b[^.]{0,20}\b(?:by mistake|in error|mistakenly|wrongly)\b|\b(?:simply|just|clearly|obviously) (?:not (?:correct|true|right|accurate)|wrong|false|incorrect)\b|\bexactly as described\b/i,
      /\b(?:definitely|certainly|absolutely|surely|(?:100|one hundred) ?%) (?:brand[- ])?new\b|\b(?:100 ?%|entirely|completely|all|truly) (?:our|my) own\b|\bcould(?:n't| not) (?:possibly )?have (?:received|been|gotten|got|sent|shipped)\b/i,
      /\b(?:firmly |strongly |truly )?believe\b[^.]{0,30}\b(?:compliant|genuine|authentic|original|not (?:infring\w*|violat\w*)|no (?:infringement|violation)|did nothing|innocent)\b/i,
      // Denial by dismissal: "at no point did anyone…", "whatever the rights owner says…", "no connection whatsoever",
      // "does not reflect what happened".
      /\bat no (?:point|time|stage)\b|\bnever,? at any (?:point|time)\b|\b(?:whatever|regardless of what|no matter what) (?:the |they |amazon |you |the \w+ )?(?:\w+ ){0,2}(?:says?|said|claims?|claimed|alleges?|alleged|thinks?)\b/i,
      /\bno (?:connection|relation\w*|link|association|affiliation|ties?)\b[^.]{0,40}\b(?:accounts?|sellers?|the one)\b|\b(?:does|do|did) not (?:reflect|match|describe|represent) (?:what (?:really |actually )?happened|the (?:facts|truth|reality))\b|\bnot what (?:really |actually )?happened\b/i,
      /\b(?:simply |just |clearly )?(?:does|do) not (?:match|describe|fit|apply to) (?:the |our |this )?(?:item|product|listing|goods|asin|facts|truth|reality)\b|\bthere (?:is|was) no way\b|\bnothing (?:in|on|about) (?:our|the) (?:\w+ )?(?:listings?|products?|account|store|shop)\b[^.]{0,20}\b(?:violat|infring|break|breach)\w*|\b(?:do not|don't|did not|didn't|never) (?:operate|own|run|control|manage|have)\b (?:any |another |a second )?(?:other |second |related |additional )?(?:seller )?accounts?\b/i,
      /\b(?:every|each|all) (?:single )?(?:units?|items?|products?|orders?)\b[^.]{0,40}\b(?:left|shipped|sent|were|was|is|are)\b[^.]{0,25}\b(?:brand[- ]new|genuine|authentic|original|unused)\b|\b(?:did not|didn't|never)\b,? (?:and (?:would|will) never,? )?(?:manipulat\w*|incentivi[sz]\w*|fak\w*|buy|bought|pay for|paid for)\b/i,
      /\b(?:no|not a single|not one|never (?:any|a|one))\b (?:\w+ )?(?:used|fake|counterfeit|defective|damaged|expired|inauthentic|returned) (?:items?|units?|goods|products?|orders?)\b[^.]{0,40}\b(?:ever|never|at all|from us|by us|from our)\b/i,
    ],
  },
  {
    // Pointing at other sellers who do the same: each account is judged on its own.
    id: 'others-do-it',
    reads: PLAN,
    // Reporting what the seller did about the others (filed a report, removed its offer) is not deflection.
    unless: [/\b(?:we|i) (?:have |had )?(?:now )?(?:filed|reported|removed|withdrew|withdrawn|deleted|stopped|closed)\b/i],
    patterns: [
      /(?<!\b(?:no|any|not one|our|my)(?: own)? )\b(?:other|many|most|lots of|a lot of|plenty of|so many|countless|hundreds of|thousands of|dozens of|several|numerous|\d+ other|top|big|bigger|famous|best-?selling|almost (?:every|all)|nearly (?:every|all)|every other) (?:\w+ )?(?:sellers?|stores?|shops?|competitors?|brands?|offers?|merchants?|vendors?|accounts?|listings?)\b[^.]{0,60}\b(?:do|does|did|doing|sell|sells|selling|sold|use|uses|using|used|list|lists|listing|ship|ships|shipping|write|writes|wrote|says?|shows?|still|same|also|too|as well|not (?:been )?(?:suspended|blocked|removed|deactivated|punished|affected)|worse|higher|lower)\b/i,
      /\b(?:everyone|everybody|every (?:other )?seller|all (?:the )?(?:other )?sellers)(?: else)?(?: \w+){0,3} (?:do|does|did|doing|sell|sells|selling|use|uses|using|list|lists|listing|writes?|ships?|is doing|are doing|describes?|calls?|labels?|claims?|advertises?|markets?|says?|offers?|shows?)\b|\bthe whole (?:category|industry|market)\b/i,
      /\bwhat (?:others|other sellers|everyone|competitors|the others)\b|\b(?:all|most|many) (?:of )?the (?:top|best-?selling|leading|other) (?:\w+ )?(?:listings?|sellers?|offers?|brands?|stores?)\b/i,
      /\b(?:competitors?|competing (?:offers?|sellers?|listings?|brands?)|rivals?|other sellers?|another seller|others)\b[^.]{0,40}\b(?:same|similar|identical|also|too|as well|worse|keep|still|freely|allowed|permitted)\b|\b(?:same|similar|identical|exact)\b[^.]{0,60}\b(?:competitors?|competitor listings|other (?:sellers?|listings?|stores?|brands?|offers?)|rivals?)\b/i,
      /\bnot the only (?:\w+ )?(?:store|seller|shop|one|company|brand|account|listing)s?\b|\b(?:standard|common|normal|usual|typical|customary) (?:practice )?(?:in|for|among|across) (?:the |this |our )?(?:\w+ ){0,3}(?:category|industry|market|niche|sellers?|trade)\b|(?<!\b(?:our|my)(?: [\w-]+){0,3} )\b(?:listings?|sellers?|dealers?|stores?|shops?|offers?|brands?|resellers?) (?:\w+ ){0,4}(?:with|use|uses|using|have|has|show|shows|carry|carries) (?:\w+ )?(?:the )?same\b/i,
      /\bthe (?:whole|entire) (?:\w+ ){0,2}(?:category|industry|market|page|search results|niche)\b|\bwhile (?:others|other sellers|competitors|they) (?:\w+ )?(?:keep|still|continue|are|can)\b|\bonly (?:we|us|our (?:store|account|shop|listing))\b[^.]{0,30}\b(?:got|received|were|was|blocked|suspended|warned|punished)\b/i,
      /\b(?:followed|copied|imitated|learned from|took the example of|based (?:it|our \w+) on)\b[^.]{0,30}\b(?:best-?selling|top|leading|popular|other|competing|successful|big) (?:\w+ )?(?:sellers?|listings?|brands?|competitors?|stores?|products?)\b|\b(?:on|in) other (?:marketplaces|platforms|sites|channels|countries)\b[^.]{0,30}\b(?:sell|sold|allowed|freely|fine|no problem)\b/i,
      /\b(?:sold|listed|offered|used|done) by (?:many|dozens of|hundreds of|thousands of|lots of|other|\d+ other|several|numerous|all the other) (?:\w+ )?(?:sellers?|stores?|shops?|brands?)\b/i,
      /\b(?:common|usual|normal|standard|widespread|general) (?:practice|thing|way|method|approach)\b|\bindustry (?:practice|standard|norm|custom)\b/i,
      /\bsingled out\b|\b(?:does|do|did|doing) (?:exactly|precisely|just) the same\b|\bthe (?:very )?same thing\b|\b(?:why|how come) (?:only |just )?(?:us|me)\b|\bwhy (?:only|just) (?:our|my)\b|\b(?:only|just) (?:us|our (?:store|account|shop|listing|company))\b[^.]{0,30}\b(?:blocked|suspended|punished|deactivated|removed|targeted|affected)\b/i,
      /\b(?:even|also) (?:the )?(?:big|famous|large|top|other|leading|best-?selling|well-known) (?:brands?|sellers?|stores?|companies|listings?)\b/i,
      /\b(?:half|most|many|all|much|the rest) of the (?:first |top )?(?:page|search results|results|listings|offers|sellers)\b|\bthe brand(?:'s| owner's)? own\b[^.]{0,30}\b(?:uses?|shows?|has|does|sells?|lists?)\b|\bmodell?ed (?:ours|our \w+|it|them) on\b/i,
      // Counting the others: "at least 40 offers with identical wording", "a search shows 40 listings…".
      /\b[\d,]+\+? (?:\w+ )?(?:offers?|listings?|sellers?|stores?|shops?|brands?)\b[^.]{0,20}\b(?:with|using|use|have|show|carry) (?:the |an? )?(?:same|similar|identical|exactly the same)\b|\bsearch\w*\b[^.]{0,40}\b(?:shows?|showed|finds?|found|returns?|returned|brings up)\b[^.]{0,30}(?<!\bour )\b(?:other |more )?(?:offers?|listings?|sellers?)\b/i,
      /\b(?:copied|followed|same as|just like|like) (?:what )?(?:the |other |many |most )*(?:top|other|best|big|leading|competing|popular) (?:\w+ )?(?:sellers?|listings?|brands?|competitors?|stores?)\b/i,
    ],
  },
  {
    // Handing the notice back as the root cause: the complaint, the metric or the violation is the symptom.
    id: 'notice-as-cause',
    reads: PLAN,
    patterns: [
      new RegExp(
        String.raw`\b(?:(?:root |main |real |actual |primary |direct |only )?(?:causes?|reasons?)|what went wrong|what happened|(?:the|our) (?:main |biggest |real |only )?(?:problem|issue))\b(?: (?:of|for|behind|why|that|our|the|we|this) [^.]{0,40}?)? (?:is|was|are|were)(?: that| because(?: of)?| due to| simply)?\b[^.]{0,35}?\b${NOTICE_WORDS}`,
        'i',
      ),
      new RegExp(
        String.raw`\b(?:(?:root |main |underlying )?causes?|reasons?|what went wrong|(?:the |main )?(?:problem|issue))\s*[:\-–]\s*[^.]{0,45}?\b${NOTICE_WORDS}`,
        'i',
      ),
      // The metric's move given as the cause ("arose because the valid tracking rate dropped to 91 %"), or the buyers'
      // complaints themselves ("too many customers returned the item").
      new RegExp(
        String.raw`\b(?:arose|happened|occurred|came about|started|began|was caused|were caused)\b[^.]{0,10}\b(?:because|due to|as|since|when|by)\b[^.]{0,30}\b(?:odr|order defect rate|(?:late (?:shipment|dispatch)|cancellation|(?:valid )?tracking|return|defect|on-time delivery) rate|account health(?: rating)?|ahr|metrics?)\b[^.]{0,20}\b(?:dropped|fell|rose|went|exceeded|was|reached|climbed|increased|decreased)\b`,
        'i',
      ),
      /\btoo many (?:\w+ )?(?:customers|buyers|claims|complaints|returns|negative feedbacks?|a-to-z claims|refunds|chargebacks)\b/i,
      /^\s*because (?:the |some |our |several |many |\d+ )?(?:customers?|buyers?)\b[^.]{0,20}\b(?:reported|complained|claimed|said|filed|left|returned)\b/i,
      new RegExp(
        String.raw`\bwhat (?:caused|led to|triggered) (?:the |this |our )?(?:\w+ )?(?:problem|issue|suspension|deactivation|removal|complaints?)\b (?:is|was)\b[^.]{0,35}?\b${NOTICE_WORDS}`,
        'i',
      ),
      /\b(?:happened|occurred|arose|started|came about)\b[^.]{0,15}\b(?:because|due to|as|since)\b[^.]{0,15}\b(?:buyers?|customers?|we (?:received|got)|amazon|the rights? owner|the brand(?: owner)?)\b[^.]{0,20}\b(?:complain\w*|claim\w*|report\w*|negative|feedback|filed|found|flagged|detected)/i,
      /\b(?:problems?|issues?|suspension|deactivation|removal|this|it|account health|health|rating)\b (?:\w+ ){0,3}?(?:(?:was|were|is|has|have) )?(?:dropped |fell |happened |occurred |arose |came |been )?(?:caused by|due to|because of|(?:the )?result of) (?:the |these |those |this |an? |some |\d+ )?(?:\w+ ){0,2}?(?:complaints?|claims?|negative feedbacks?|a-to-z claims?|policy violations?|(?:performance )?notifications?|warnings?)\b/i,
    ],
  },
  {
    // Blame in passing: a factual sentence (numbers, dates) that makes someone else the cause.
    id: 'passing-blame',
    reads: PLAN,
    when: [FACTUAL],
    unless: [
      OWNS,
      // Amazon's own finding reported ("reported 18 units as customer-damaged") is a fact, not a cause placed elsewhere.
      /\b(?:reported|marked|classified|recorded|flagged) [\d,]+ (?:\w+ )?(?:units?|items?|parcels?) as\b/i,
      // The seller's own people ("our warehouse staff") and the missing control owned ("with no second check").
      /\bour (?:own )?(?:[\w-]+ )?(?:staff|team|workers|packers|employees|colleagues|operators|people)\b|\bwith no (?:\w+ )?(?:check|process|step|review|control|verification)\b/i,
      /\b(?:we|i) (?:opened|filed|raised|submitted) (?:an? )?(?:fba |reimbursement |seller support |safe-t )?(?:case|claim|ticket)\b/i,
      /(?:\b(?:and|but|yet)|[,;]) (?:we|i) (?:did not|didn't|had not|hadn't|failed|never|missed|should)\b|\b(?:because|since|as) (?:of )?(?:our|we)\b|\bour (?:own )?(?:[\w-]+ ){0,2}(?:stopped|failed|broke|did not|didn't|missed|had no|lacked|skipped)\b/i,
    ],
    patterns: [
      new RegExp(
        String.raw`\b(?:because(?: of)?|due to|owing to|thanks to|as a result of|caused by|after|as|since|when|by)\b (?:the |a |an |some |one |our (?:former )?)?(?:\w+ )?${EXTERNAL}(?:'s|s'|')?(?: [\w-]+){0,4}? ${FAULT}`,
        'i',
      ),
      new RegExp(String.raw`\b(?:which|who|whom|that) (?:the |our )?${EXTERNAL}(?: \w+)? ${FAULT}`, 'i'),
      {
        re: new RegExp(String.raw`\b${EXTERNAL},? (?:who|which) (?:\w+ ){0,3}?${FAULT}`, 'i'),
        // The seller's own remedy to the buyers who reported a problem ("we refunded all 63 buyers who reported a
        // problem") says what the seller did for them, not that they caused it.
        unless: REMEDY_TO_REPORTERS,
      },
      new RegExp(String.raw`\b${EXTERNAL}(?:'s|s'|') (?:[\w-]+ ){0,2}?(?:${FAULT_NOUN})\b`, 'i'),
      new RegExp(String.raw`(?<!our |with (?:the )?)\b${EXTERNAL} (?:had |also |then |again )?(?:${FAULT_VERB})`, 'i'),
      new RegExp(
        String.raw`\b(?:careless|negligent|lazy|rude|incompetent|dishonest|unreliable|sloppy|inexperienced) (?:\w+ )?${EXTERNAL}|\b${EXTERNAL}\b[^.]{0,40}\bwithout (?:informing|telling|notifying|asking|warning|consulting) (?:us|our)\b|\bwithout our (?:knowledge|consent|approval|permission)\b|\b(?:glitch\w*|bugs?|errors?|outages?|faults?|mistakes?) (?:in|of|on|with|from|by) (?:the )?${EXTERNAL}|\b${EXTERNAL}\b (?:\w+ ){0,5}?(?:by mistake|by accident|mistakenly|wrongly|incorrectly)\b`,
        'i',
      ),
      new RegExp(
        String.raw`\b${EXTERNAL}(?:'s|s'|')?\b[^.;:]{0,50}(?<!\b(?:we|i|you|us)(?: have| had| also| then)? )\b(?:${STRICT_FAULT})|(?<!\b(?:we|i|you|us)(?: have| had| also| then)? )\b(?:${STRICT_FAULT})\b[^.;:]{0,25}\b(?:by|in|of|from|at|with) (?:the |a |an |our )?${EXTERNAL}\b`,
        'i',
      ),
      /\b(?:damaged|lost|delayed|broken|mishandled|misrouted|crushed|dropped) (?:\w+ )?by (?:the |a |an )?(?:carriers?|couriers?|ups|usps|fedex|dhl|post|postal service|warehouse|fba|amazon|forwarder|driver)\b/i,
      new RegExp(String.raw`\b${EXTERNAL}(?:'s|s'|') (?:[\w-]+ ){0,2}?(?:lazy|careless|negligent|sloppy|incompetent|unreliable)\b`, 'i'),
      /\b(?:because of|due to|caused by) (?:the |a |an )?\w+(?:'s|s') (?:\w+ )?(?:careless\w*|negligen\w*|rough|mishandl\w*|sloppy|lazy)\b/i,
    ],
  },
  {
    id: 'blame',
    reads: PLAN,
    after: ['denial', 'disputes-policy', 'passing-blame', 'others-do-it', 'notice-as-cause'],
    unless: [OWNS],
    patterns: [
      /\b(?:not|never|no) (?:our|my) (?:fault|responsibility|problem|mistake)\b|\b(?:did|have done|done) nothing wrong\b|\binnocent\b/i,
      /\b(?:amazon|your|the)(?:'s)?(?: \w+)? (?:system|algorithm|bot|robot|ai|automated (?:system|review)|review team|team|investigators?|reviewers?)(?: has| have| was| were| is| are| must have)? (?:made a mistake|mistaken|wrong|wrongly|mistakenly|incorrectly|unfair|unfairly|misjudged|misunderstood|confused|not fair|glitch|bug|error|failed|flagged us|did not (?:check|read|look|investigate|consider|understand))/i,
      /\b(?:mistakenly|wrongly|wrongfully|unfairly|unjustly|incorrectly|by mistake|erroneously|falsely|unreasonably|groundlessly)(?: \w+)? (?:suspended|deactivated|closed|blocked|flagged|removed|punished|judged|accused|banned|penali[sz]ed|reported|targeted|identified|label+ed|marked|treated|charged)\b/i,
      /\b(?:suspended|deactivated|closed|blocked|flagged|removed|punished|banned|penali[sz]ed|reported|accused|filed)\b (?:\w+ ){0,3}(?:by mistake|in error|by error|wrongly|mistakenly|unfairly|unjustly|for no reason|without (?:any )?reason)\b/i,
      /\bhijack\w*/i,
      /\b(?:amazon|you|your (?:\w+ )?team|the system) (?:(?:also|then|simply|just|even) )?(?:did not|didn't|never|failed to|refused to|ignored)\b/i,
      /\b(?:fault|mistake|error|negligence) (?:of|by) (?:the|a|an|amazon|your)\b|\bwithout (?:any |sufficient |enough )?(?:evidence|proof|reason|basis|grounds|justification|investigation)\b/i,
      /\b(?:buyers?|customers?|clients?)\b[^.]{0,50}\b(?:did not like|didn't like|no longer (?:wanted|needed)|found (?:it |a )?cheaper|changed (?:his|her|their) minds?|regretted|just wanted|only wanted)\b/i,
      /\b(?:suspension|deactivation|complaints?|claims?|decision|notice|removal|reports?|reviews?|feedback|accusations?|allegations?)\b[^.]{0,15}\b(?:is|was|are|were) (?:a |an |totally |completely |simply |clearly |obviously )?(?:misunderstanding|mistake|error|wrong|incorrect|unreasonable|unfair|invalid|false|fake|untrue|not true|groundless|baseless|unfounded|malicious)\b/i,
      /\b(?:amazon|you|your (?:\w+ )?team|the (?:brand|rights? owner|complainant|buyer|customer|reporter))(?: \w+){0,2} (?:removed|suspended|deactivated|closed|blocked|decided|acted|made|took|filed|sent|reported|accused|complained|flagged|judged)\b[^.]{0,30}\bwithout (?:first )?(?:checking|verifying|investigating|asking|informing|contacting|notifying|looking|reading|considering|reviewing|any)\b/i,
      /\b(?:staff|employees?|workers?|packers?|operators?|interns?|assistants?|colleagues?|warehouse)\b[^.]{0,20}\b(?:made|caused|committed|did) (?:the|this|that|these|those|an?) (?:\w+ )?(?:errors?|mistakes?|problems?|violations?)\b|,? not (?:the (?:management|company|owner)|us|me|ours)\b/i,
      /\b(?!our\b|my\b)\w+(?:'s|s') (?:fault|mistake|error|negligence)\b/i,
      /\b(?:buyers?|customers?|clients?|reviewers?|the (?:\w+ )?(?:team|brand|owner|carrier|warehouse|complainant|courier|supplier))\b[^.]{0,20}\bshould have\b|\b(?:did not|didn't|never) (?:use|install|assemble|read|follow)\b[^.]{0,30}\b(?:correctly|properly|right|instructions|manual|size chart)\b/i,
      /\b(?:wrong|hasty|unfair|incorrect|mistaken) (?:decision|judge?ment|conclusion)\b|\bincomplete (?:information|investigation)\b|\breal (?:problem|reason|cause|issue)\b/i,
      /\bnot (?:reasonable|fair|right|correct|valid|true|justified|acceptable)\b|\bit (?:is|was) (?:the|a|an|our former|one|that) (?:\w+ ){0,6}(?:that|who)\b/i,
      /\b(?:damaged|lost|broken|delayed|caused|opened|misused|reported|filed|written|left|made|done|mishandled)\b (?:\w+ )?by (?:the |a |an |some |our former )?(?:amazon|carriers?|couriers?|warehouse|fulfillment|fba|buyers?|customers?|competitors?|rivals?|brand|rights owner|complainant|usps|ups|fedex|dhl|post)\b/i,
      /\b(?:disagree|do not accept|don't accept|cannot accept|can't accept|unacceptable)\b|\bnothing wrong\b|(?<!we are |i am )\bto blame\b/i,
      /\b(?:employee|staff|operator|worker|intern|assistant|colleague|partner|agent|buyer|customer|carrier|supplier|factory|warehouse)\b[^.]{0,20}\b(?<!no one )(?<!nobody )(?:is|was|are|were) (?:solely |fully |entirely |totally )?responsible\b/i,
      /\b(?:wanted|wants?|trying|tried|hoping|hoped) to (?:get|keep|have|receive)\b[^.]{0,30}\b(?:free|refund|money back|discount)\b/i,
      /\b(?:not something|nothing|beyond|out of|outside)\b (?:that )?(?:we|our) (?:can |could )?(?:control|do about)\b|\b(?:beyond|outside|out of) our (?:control|hands)\b/i,
      /\b(?:misjudg\w*|wrongful|unjust|unfair|unreasonable|ridiculous|absurd|groundless|baseless|unfounded|nonsense)\b/i,
      /\b(?:it|this|the (?:problem|issue|delay|damage|complaint|claim|defect|return)s?)(?: \w+)? (?:was|is|were|are) (?:\w+ )?(?:caused|due) (?:by|to) (?:the )?(?:buyers?|customers?|carriers?|courier|logistics|shipping company|competitors?|amazon|weather|customs|post|postal|usps|ups|fedex|dhl|fba|fulfillment cent(?:er|re)|suppliers?|factory|manufacturer|employee|staff|one)\b/i,
      {
        re: /\b(?:caused by|due to|because of|blame (?:on )?)(?: the| a| an| some| many)?(?: (?!our\b)\w+)? (?:buyers?|customers?)\b|\b(?:caused by|due to|because of|because|blame (?:on )?)(?: the| a| an| some| many)?(?: (?!our\b)\w+)? (?:carriers?|couriers?|logistics|shipping compan(?:y|ies)|post office|postal|competitors?|amazon|weather|customs|usps|ups|fedex|dhl|fba|fulfillment cent(?:er|re))\b/i,
        unless: /\brequest|asked\b/i,
      },
      /(?<!our )\b(?:carrier|courier|ups|usps|fedex|dhl|logistics(?: company| provider)?|shipping company|post office|postman|driver|delivery (?:company|man|driver)|forwarder|last[- ]mile|fba|(?:amazon'?s? )?(?:warehouse|fulfillment cent(?:er|re))|suppliers?|factory|manufacturer)(?:'s?)?(?: \w+)? (?:lost|loses|damaged|damages|delayed|broke|mishandled|failed|sent (?:us )?(?:the )?wrong|mixed|cheated|lied|was late|were late|did not|didn't|never|forgot|misdeliver\w*|delivered (?:it|them|the \w+) to the wrong|made (?:a )?mistakes?|fault|is responsible|was responsible|should be responsible|caused|threw|dropped)\b/i,
      /\b(?:buyers?|customers?|clients?|purchasers?|competitors?|sellers?)\b[^.]{0,15}\b(?:is|are|was|were) (?:a |an )?(?:\w+ )?(?:scammers?|fraudsters?|liars?|cheaters?|thie(?:f|ves)|criminals?)\b/i,
      /\b(?:the |some |these |many |most |a few |several |our )?(?:buyers?|customers?|clients?|purchasers?)(?: \w+)? (?:lied|lie|lying|cheat\w*|scam\w*|abus\w*|misus\w*|did not read|didn't read|never read|doesn't know|don't know|did not know|didn't know|did not follow|didn't follow|ignored|broke|damaged|destroyed|used (?:it|the \w+|them) (?:in (?:a |the )?wrong way|wrong|wrongly|incorrectly|improperly)|made (?:a )?mistakes?|was wrong|were wrong|mistakenly|misunderstood|are unreasonable|was unreasonable|deliberately|intentionally|on purpose|just want|only want|wanted (?:a )?free|want (?:a )?free|tried to get|took advantage|returned (?:a |an )?(?:different|used|empty|fake)|left (?:a )?(?:fake|false|malicious)|are too picky|changed (?:their|his|her) minds?|ordered the wrong|chose the wrong|selected the wrong|confused|for no reason)\b/i,
      /\b(?:malicious|fraudulent|dishonest|unreasonable|crazy|picky|difficult) (?:buyers?|customers?|complain(?:ts?|ers?)|claims?|reports?|returns?)\b|\b(?:fake|false) (?:buyers?|customers?|complaints?|claims?|reports?|accusations?|allegations?|infringement)\b/i,
      /\bcompetitors?\b[^.]{0,40}\b(?:attack\w*|malicious\w*|target\w*|sabotag\w*|report(?:ed|ing)? us|frame\w*|set us up|jealous|deliberately|purposely|intentionally|bought|filed|sent|behind|did this|fake|false|complain\w*|trick\w*|unfair|vicious|hostile|wants? to|wanted to|tried to|trying to|damage|hurt|harm|destroy|ruin|eliminate)/i,
      /\b(?:by|from) (?:a |our |some |one of our )?(?:competitors?|rival)\b/i,
      /\b(?:malicious|vicious|unfair|hostile)\b[^.]{0,20}\b(?:competitors?|competition|sellers?|attack|report)\b|\b(?:attack|attacked|attacking) (?:us|our)\b/i,
      /\b(?:other|rival|peer|competing|some) sellers? (?:who |that )?(?:attack\w*|report\w*|target\w*|sabotag\w*|complain\w*|filed|bought|left|sent|want\w*|tried|are trying)\b/i,
      /\b(?:rights?[- ]?owner|rights?[- ]?holder|brand owner|complainant|trademark (?:owner|holder)|patent (?:owner|holder)|copyright (?:owner|holder)|ip owner)(?:'s)?\b[^.]{0,40}\b(?:abus\w*|wrong|unreasonable|malicious|attack\w*|target\w*|trying to|tried to|misus\w*|lying|lied|extort\w*|false|fake|monopol\w*|bully\w*|did not|didn't|never|has no|had no|no right|invalid|not valid|greedy)\b/i,
      /\b(?:abus\w*|misus\w*) (?:of )?(?:the |their |his |its |brand |ip )*(?:complaints?|reports?|brand registry|ip|trademarks?|patents?|copyrights?|rights|system|policy|tools?)\b/i,
      /\b(?:false|fake|malicious|invalid|unfounded|baseless|wrong|groundless|unjustified|frivolous|bad[- ]faith)(?: \w+)? (?:ip |infringement |trademark |patent |copyright )?(?:complaints?|claims?|reports?|notices?|accusations?|allegations?)\b/i,
      /\bpatent troll|\bextort\w*|\bblackmail\w*/i,
      /\b(?:the )?(?:one|only|sole|single) (?:person|one|employee|individual|party) responsible\b/i,
      /\b(?:scammers?|fraudsters?|con artists?)\b|\bto get (?:a |one |another )?(?:new )?(?:\w+ )?(?:for free|free)\b|\bonly to (?:knock|push|kick|drive|get rid of|eliminate|block|remove|stop|keep)\b/i,
      /\b(?:because of|due to|caused by|blame (?:on )?) (?:one|a single|an?) (?:\w+ )?(?:operator|employee|staff member|worker|intern|assistant|colleague|person|packer)\b|\b(?:not|none of (?:this|it) (?:was|is)|nothing (?:was|is)) (?:\w+ )?(?:under|within|in) our control\b/i,
      /\b(?:rights?[- ]?owner|brand(?: owner)?|complainant|competitors?|buyers?|customers?|they)\b[^.]{0,40}\b(?:only|just|simply|merely|purely) because\b|\b(?:refused|declined|would not|did not agree) to (?:raise|increase|change|keep|match) (?:our |their )?(?:prices?|map)\b/i,
      /\b(?:monopoli[sz]\w*|eliminate (?:the )?competition|push(?:ing)? (?:us|sellers|resellers) out)\b/i,
      // The cause placed outside: "originated at the fulfilment centre", "your system merged our listing".
      new RegExp(
        String.raw`\b(?:delays?|problems?|issues?|damage|errors?|faults?|mistakes?|defects?)\b[^.]{0,20}\b(?:originated|stemmed|arose|started|began|came) (?:\w+ )?(?:at|in|from|with) (?:the |a |an )?${EXTERNAL}\b`,
        'i',
      ),
      /\b(?:your|amazon'?s|the amazon) (?:\w+ )?(?:system|algorithm|catalog(?:ue)?|tools?|software|platform)\b[^.]{0,20}\b(?:merged|changed|overwrote|replaced|removed|mixed|combined|altered|swapped|pulled|attached)\b/i,
      /\b(?:without|behind) (?:our|my|the company'?s?|management'?s?)(?: \w+)? (?:knowledge|permission|approval|consent|authori[sz]ation|backs?)\b/i,
      /\b(?:his|her|their) (?:own|personal|individual) (?:decision|behaviou?r|mistake|act|action|idea|fault|conduct)\b|\b(?:personal|individual) (?:behaviou?r|act|conduct)\b/i,
      /\b(?:entirely|solely|completely|all|only|purely)(?: \w+)? (?:the |one |an? |this )?(?:employee|staff|operator|worker|intern|colleague)(?:'s)?(?: \w+)? (?:fault|mistake|responsibility|error|decision|doing)\b/i,
      /\b(?:employee|staff member|operator|worker|intern|assistant|colleague|salesperson)\b[^.]{0,60}\b(?:secretly|privately|on (?:his|her|their) own|without (?:telling|informing|asking|permission|approval|authori))/i,
    ],
  },
  {
    id: 'ignorance-excuse',
    reads: PLAN,
    after: ['asks-amazon', 'denial', 'others-do-it', 'disputes-policy'],
    unless: [
      NOT_WATCHING,
      /\b(?:since then|have since|has since|we have (?:now |since )?(?:trained|studied|completed|read|learned|assigned|hired|set up|created|added|introduced|appointed|made)|(?<!not |never )(?:trained|completed|passed))\b/i,
    ],
    patterns: [
      /\b(?:we|i|they|he|she|(?:our|the|this|that) (?:\w+ )?(?:team|staff|employees?|operators?|company|colleagues?|people|designer|manager|worker|assistant))(?: \w+){0,3} (?:did not|didn't|do not|don't|does not|doesn't|never|had no|have no|has no|were not|was not|are not|wasn't|weren't|aren't|had not|hadn't)(?: \w+)? (?:know|knew|realize|realise|understand|aware|idea|clue|knowledge|familiar|clear|awareness|expect|think|notice)\b/i,
      /\b(?:never|not) (?:heard|seen|read) (?:of|about)\b|\bwithout (?:knowing|realizing|realising|understanding|being aware)\b|\b(?:policy|policies|rules?|guidelines|requirements?)\b[^.]{0,15}\b(?:is|are|was|were) (?:\w+ )?(?:not clear|unclear|confusing|complicated|complex|hard|difficult|vague)\b/i,
      /\b(?:nobody|no one|no-one) (?:told|informed|warned|notified|reminded)\b|\boversight\b/i,
      /\b(?:nobody|no one|no-one|none of us)\b[^.]{0,30}\b(?:knew|know|heard|realised|realized|understood|was aware|were aware|had (?:any )?idea)\b|\b(?:never|not|n't) (?:occurred|crossed)\b[^.]{0,10}\b(?:to us|to me|our minds?|my mind)\b/i,
      /\b(?:only|just|barely) (?:\w+ )?(?:days?|weeks?|months?) (?:into|in|after (?:we )?(?:started|opening|launch\w*))\b|\band (?:simply |wrongly |naively )?(?:assumed|thought|believed|supposed)\b/i,
      /\b(?:unaware|not aware|unfamiliar|not familiar|ignorant|no idea|no knowledge|not clear (?:about|on)|lack(?:ed|ing|s)? (?:of )?(?:\w+ )?(?:knowledge|understanding|awareness|experience)|misunderstood|misunderstanding|misread)\b/i,
      /\b(?:unintentional(?:ly)?|not intentional(?:ly)?|inadvertent(?:ly)?|by accident|accidental(?:ly)?|not on purpose|did not mean to|didn't mean to|never meant to|never intended|did not intend|didn't intend|had no intention|no intention|without (?:any )?(?:bad|malicious|ill) intent\w*|not deliberate(?:ly)?|honest mistake|innocent mistake|careless mistake|unknowingly|unwittingly)\b/i,
      /\b(?:not sure|unsure|uncertain) (?:whether|if|about|how|that)\b|(?<!\ba )\b(?:limited|little|insufficient|poor|not enough|inadequate) (?:knowledge|understanding|awareness|experience)\b/i,
      /\b(?:newcomers?|beginners?|rookies?|still learning|not yet familiar)\b|\b(?:not|never|wasn't|weren't|didn't)(?: \w+){0,2} (?:on purpose|intentional(?:ly)?|deliberate(?:ly)?|knowingly|willful(?:ly)?)\b/i,
      /\b(?:we|i|they|he|she|our \w+) (?:\w+ )?(?:thought|assumed|supposed|believed)\b|\b(?:new|newcomers?|unfamiliar|inexperienced) (?:to|in|with) (?:the |this |amazon|selling|e-?commerce|cross-border|us|uk|eu|european|american|online)\b|\b(?:not|never) (?:informed|told|notified|warned|reminded)\b/i,
      /\b(?:new|newbie|novice|first-time|inexperienced|green)(?: \w+)? (?:sellers?|to amazon|to selling|on amazon|in (?:the )?(?:e-?commerce|cross-border))\b|\b(?:just|recently) (?:started|began|opened|joined) (?:selling|on amazon|our store|the store|amazon)\b/i,
      /\b(?:thought|believed|assumed|supposed)(?: \w+){0,7} (?:ok|okay|fine|allowed|legal|permitted|acceptable|normal|common|generic|free to use|public|no problem|not a problem|harmless|the same)\b/i,
    ],
  },
  {
    id: 'threat',
    reads: PLAN,
    patterns: [
      /\b(?:legal|judicial|juridical|law) (?:action|actions|proceedings?|means|measures|steps|remedies|route|channels?)\b/i,
      {
        re: /\b(?:lawyers?|attorneys?|solicitors?|law firms?|legal team|legal department)\b/i,
        unless: /\b(?:opinion|attached|analysis|letter from|confirmed|reviewed|search|registration)\b/i,
      },
      {
        re: /\b(?:sue|suing|sued|lawsuit|courts?|litigation|litigate|arbitration|class action)\b/i,
        unless: /\b(?:ruling|ruled|judgment|judgement|invalidated|dismissed)\b/i,
      },
      /\b(?:media|press|newspapers?|journal|journalists?|reporters?|news|social[- ]media|facebook|twitter|youtube|tiktok|reddit|weibo|wechat|whatsapp|telegram|seller groups?|forums?)\b[^.]{0,50}\b(?:expose|tell|post|publish|share|know|contact|story|report|interest|cover|hear)\w*|\b(?:will|would|going to|shall|plan to)\b[^.]{0,20}\b(?:post|publish|share|expose|tell)\w*\b[^.]{0,40}\b(?:journal|times|wechat|seller groups?|media|press|newspapers?|journalists?|reporters?|facebook|twitter|youtube|tiktok|reddit|weibo|forums?|the public)\b|\b(?:go|going|went) public\b|\b(?:expose|exposing|publici[sz]e|make (?:this|it) public|tell (?:the media|everyone|the world|the press)|contact (?:the )?(?:media|press|journalists?|reporters?))\b/i,
      /\b(?:complain|complaint|report|escalate|appeal|write|inform|informed|contact|contacted|notify|notified)(?: \w+){0,3} (?:to |with )?(?:the )?(?:ftc|federal trade commission|consumer financial protection bureau|bbb|better business bureau|attorney general|regulators?|government|authorities|consumer (?:protection|association|council)|jeff bezos|bezos|ceo|executive team|senior management|embassy|ministry|chamber of commerce|congress|(?:eu|european) commission)\b|\bbezos\b|\bjeff@/i,
      /\b(?:hold|held|holding) (?:you|amazon|your company)(?: \w+)? (?:responsible|liable|accountable)\b|\bliable\b/i,
      /\b(?:amazon|you|your (?:company|team))\b[^.]{0,20}\b(?:will|shall|must|should) (?:be )?(?:held )?(?:responsible|liable|accountable|pay)\b[^.]{0,30}\b(?:loss|losses|damages?)\b/i,
      /\b(?:compensat\w*|reimburse\w*)(?: \w+)? (?:us|me|for (?:our|the|all)(?: \w+)? (?:loss|losses|damages))\b|\b(?:losses|damages)(?: \w+)? (?:caused|incurred) by (?:amazon|you|your)\b/i,
      /\b(?:you|amazon|your team)(?: \w+)? (?:must|have to|need to|should|are obliged to|are required to|owe)(?: \w+)? (?:reinstate|restore|reactivate|reply|respond|answer|release|return|refund|pay|compensate|explain|give|unblock|unfreeze|reopen|lift|remove|tell|provide|us)\b|\b(?:we|i) (?:demand|insist)\b/i,
      /\b(?:within|in|by|before|no later than)(?: the next)? (?:\d+|one|two|three|five|seven|ten|a|the end of)(?: business| working)? (?:hours?|days?|weeks?|week|today|tomorrow)\b[^.]*\b(?:or|otherwise|else)(?: \w+)? (?:we|i|our)\b/i,
      new RegExp(
        String.raw`\b(?:please|you|amazon|your team|we (?:need|want|request|ask|expect|urge|demand))\b[^.]{0,50}\b(?:${REINSTATE}|repl(?:y|ies)|respon(?:d|se)|answer|decision|resolve)\b[^.]{0,40}\b(?:as soon as possible|asap|immediately|right away|at once|without (?:further |any )?delay|within \d+|by (?:monday|tuesday|wednesday|thursday|friday|tomorrow|the end)|before (?:prime day|black friday|christmas|the holiday|q4|peak))`,
        'i',
      ),
      {
        re: /\b(?:urgent(?:ly)?|emergency|escalat\w*)\b/i,
        unless:
          /\b(?:our|the) (?:[\w-]+ )?(?:lead|manager|supervisor|officer|team|staff)\b[^.]{0,20}\bescalat\w*|\bescalat\w*\b[^.]{0,30}\b(?:to (?:our|the) (?:[\w-]+ )?(?:lead|manager|supervisor|officer|team)|within \d+)/i,
      },
      /\bcome after (?:it|you|amazon)\b|\b(?:amazon|you) will be (?:held )?(?:fully |solely )?(?:responsible|liable)\b|\b(?:leave|left|leaves|give|gives) (?:us|me) no (?:other )?choice\b|\bfollowers\b|\b(?:amazon|you) to (?:pay|compensate|refund|reimburse|cover)\b|\b(?:be|is|are|being) held (?:\w+ )?(?:responsible|liable|accountable)\b/i,
      // The police as pressure ("we will report … to the police"), not a fraud report the seller already made.
      /\b(?:will|would|shall|going to|plan to|may|might|have to)\b[^.]{0,40}\b(?:police|cyber ?police)\b/i,
      /\b(?:take|taking) (?:further|other|additional|more|serious) (?:steps|actions?|measures)\b[^.]*\b(?:if|unless|otherwise)\b|\b(?:if|unless)\b[^.]*\b(?:take|taking) (?:further|other|additional|serious) (?:steps|actions?|measures)\b/i,
      /\b(?:we|i) (?:expect|need|demand|require|want)\b[^.]{0,30}\b(?:decision|reply|response|answer|reinstatement|solution)\b[^.]{0,20}\b(?:within|by|before|today|tomorrow|immediately)\b/i,
      /\b(?:let|tell|warn|inform) (?:all |other |every |the |many )?(?:\w+ )?(?:sellers|people|everyone|public|world)\b(?:[^.]{0,20}\bknow\b)?/i,
      /\breserve (?:the|our|all) rights?\b|\bwill not (?:tolerate|accept this|stand)\b|\b(?:final|last) warning\b|\bor else\b|\botherwise,? (?:we|i) (?:will|shall|would)\b|\b(?:we|i) (?:will|would|shall) (?:have no (?:other )?choice|be forced)|\bescalate (?:this|the matter|it)\b|\bpursue (?:this|legal|all|every|the matter|our rights)\b|\bseek (?:legal|compensation|damages|justice|remedies)\b/i,
    ],
  },
  {
    // Pressure in its softer forms: a lawyer's view as leverage, a complaint to an outside body, a deadline, a bill.
    id: 'soft-pressure',
    reads: PLAN,
    after: ['threat'],
    patterns: [
      {
        re: /\b(?:lawyers?|attorneys?|legal (?:counsel|advis[eo]rs?|team|department|experts?)|counsel|law firm|solicitors?)\b[^.]{0,60}\b(?:unlawful|illegal|no (?:legal )?basis|breach\w*|entitled|our rights|liab\w*|contract\w*|wrongful|not allowed|cannot|can't|violat\w*|obligat\w*|advis\w*|believ\w*|opinion|says?|said|view|confirm\w*|think|thinks|told|asked|instructed|recommend\w*|suggest\w*|in writing)\b|\baccording to (?:our|a|the) (?:lawyer|attorney|legal|counsel|solicitor)/i,
        unless:
          /\b(?:sue|suing|lawsuit|legal action|court action|take (?:you|amazon) to court)\b|^(?![^]*\b(?:unlawful|illegal|no (?:legal )?basis|breach\w*|entitled|liab\w*|wrongful|not (?:allowed|permitted)|cannot|can't)\b)[^]*\b(?:lawyer|attorney|counsel|solicitor|legal)(?:'s|s')? (?:[\w-]+ )?(?:opinion|analysis|letter|report|memo)\b|\bnon-?infring\w*|\bfreedom to operate\b|\b(?:attached|enclosed)\b|\bpatent (?:no\.?|number)|\bcourt (?:ruling|judg\w*)\b/i,
      },
      /\b(?:complain\w*|report\w*|fil(?:e|ed|ing)|lodg\w*|contact\w*|writ(?:e|ing|ten)|wrote|inform\w*|escalat\w*|cc|copy|copied|sent|send|forward\w*|bring|take|turn to|rais(?:e|ed|ing)|prepared to|ready to|ask|approach|seek|involve|go to|appeal to)\b[^.]{0,50}\b(?:consumer (?:protection|council|association|rights|agency|authority|office|bureau)|trading standards|market supervision|administration for (?:industry|market)|(?:e-?commerce|commerce) (?:department|bureau|office)|provincial|municipal|local government|watchdog|ombudsman|regulators?|market regulat\w*|samr|competition (?:authority|commission|bureau)|cma|ftc|bbb|trade (?:commission|association|body|bureau)|commerce (?:bureau|department|ministry)|ministry|government|congress\w*|senators?|member of parliament|embassy|consulate|chamber|(?:industry|seller|sellers'?|e-?commerce) association|(?:federal )?association of|bundesverband|trade group|profeco|tribunal|arbitrat\w*|small business (?:administration|commissioner)|(?:eu|european) commission|digital services (?:act|coordinator)|platform-to-business)\b/i,
      /\b(?:your|amazon'?s|a written|a final|the final|a formal) (?:\w+ )?(?:answer|reply|response|decision)\b[^.]{0,30}\b(?:by|before|within|no later than)\b/i,
      /\b(?:please|kindly|we (?:request|ask|expect|need|would like|hope|want|look forward|trust|count on|believe|would appreciate|appreciate)|i (?:request|ask|expect|need|trust))\b[^.]{0,60}\b(?:repl(?:y|ies)|respon\w*|answer|decision|review|reinstat\w*|restor\w*|reactivat\w*|reopen\w*|releas\w*|unblock\w*|resolv\w*|process\w*|feedback|update|result)\b[^.]{0,40}\b(?:within|by|before|no later than|until)\b (?:the )?(?:\d+|one|two|three|four|five|seven|ten|fourteen|next|this|end|black friday|prime day|christmas|peak season|q4|monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|tomorrow|today)\b/i,
      /\b(?:need|expect|want|require)s? (?:a |an |the |your )?(?:decision|reply|response|answer|result|reinstatement|reactivation)\b[^.]{0,40}\b(?:within|by|before|no later than)\b/i,
      {
        re: /\b(?:compensat\w*|reimburs\w*|indemni\w*)\b/i,
        unless: /\b(?:buyers?|customers?|clients?|purchasers?)\b|\b(?:we|i) (?:have |had )?(?:already )?(?:compensated|reimbursed)\b/i,
      },
      /\b(?:under|according to|in breach of|breach(?:es|ed)?|violat\w* (?:of )?|contrary to)(?: the| your| amazon'?s)? (?:business solutions agreement|bsa|terms of service|seller agreement|agreement|contract|law|laws|regulations?|consumer law|p2b regulation|platform-to-business regulation)\b[^.]{0,60}\b(?:amazon|you|must|should|cannot|can't|obliged|required|entitled|owe)\b|\b(?:not|isn't|is not) (?:legal|lawful)\b|\b(?:advised|told) by (?:our|a) (?:lawyer|attorney|counsel|solicitor|legal)/i,
      /\b(?:lost|losing) (?:sales|revenue|income|profits?)\b[^.]{0,80}\b(?:taken into account|take into account|into consideration)\b|\bowe[sd]? (?:us|me)\b|\b(?:make good|make up for|recover|recoup)\b[^.]{0,30}\b(?:loss(?:es)?|lost|damages?|sales|income|revenue|profits?)\b/i,
      /\b(?:amazon|you|your (?:team|company)|who)\b[^.]{0,30}\b(?:cover|pay(?: for)?|refund|waive|return|bear)\b[^.]{0,25}\b(?:fees|costs|losses|lost (?:sales|profits?|revenue|income)|damages)\b/i,
      /\b(?:please|kindly|we (?:ask|request|expect|hope|would like))\b[^.]{0,40}\b(?:cover|pay(?: for)?|refund|waive|return)\b[^.]{0,25}\b(?:fees|costs|losses|lost (?:sales|profits?|revenue|income))\b/i,
      /\b(?:fees|costs|losses|lost (?:sales|profits?|revenue|income)|charges)\b[^.]{0,40}\b(?:be|get|are|is) (?:\w+ )?(?:waived|refunded|reimbursed|covered|returned|paid back|compensated)\b/i,
      /\b(?:we|i) (?:will|would|shall|may|might) (?:have to |be forced to |need to |consider )?(?:inform|notify|tell|contact|report to|write to)\b[^.]{0,40}\b(?:authorit\w*|regulat\w*|association|government|officials?|agency|public)\b/i,
    ],
  },
  {
    // Perfection or "never again" promised with no mechanism that could make it true.
    id: 'perfection-promise',
    reads: PLAN,
    unless: [MECHANISM, NOT_A_PROMISE],
    patterns: [
      /\bnever\b[^.]{0,40}\bagain\b|\bever again\b/i,
      {
        re: /\b(?:will|shall|'ll|guarantee\w*|promis\w*|assure|ensure|make sure|from (?:now on|today))\b[^.]{0,50}\b(?:never|always|every single|no (?:more|longer|further)|zero|(?:100|one hundred) ?(?:%|percent)|perfect\w*|flawless\w*|absolutely no|any ?more)(?!\w)/i,
        unless: /\b\d+ (?:hours?|days?|minutes?|business days?|working days?)\b|\bwithin\b/i,
      },
      /\b(?:mistake|error|problem|issue|this|it)s? (?:will|shall) (?:not|never) be repeated\b/i,
      /\b(?:will|shall|'ll) (?:always|forever|from now on) (?:be )?(?:\w+ )?(?:(?:100|one hundred) ?%|perfect|accurate|correct|right|on time|compliant|new|authentic|error-free)(?!\w)|\b(?:100|one hundred) ?(?:%|percent) (?:accurate|correct|compliant|safe|on time|perfect|new|authentic|satisf\w*|error-free|guaranteed)(?!\w)/i,
      /\bnot (?:one|a single) (?:\w+ )?(?:mistake|error|defect|complaint|problem|late)\b|\bonly ever\b|\bthing of the past\b|\bpermanent(?:ly)?\b|\b(?:will|shall) (?:not|never) (?:come back|return|recur)\b/i,
      /\b(?:impossible|can never (?:happen|occur)|can no longer (?:happen|occur)|(?:solved|fixed|eliminated|gone) (?:for good|forever|once and for all|completely))\b/i,
      /\b(?:not|never|no longer|won't|nothing (?:like (?:this|that|it)|similar|of (?:the|this) (?:sort|kind)))\b[^.]{0,30}\b(?:happen|occur|recur|repeat|arise|appear)\w*\b[^.]{0,25}\b(?:again|any ?more|in (?:the )?future|from now on|ever)\b|\b(?:will|shall|'ll) (?:not|never) (?:\w+ )?(?:happen|occur|recur|be repeated)\b|\bwon't (?:\w+ )?(?:happen|occur|recur)\b/i,
      /\b(?:guarantee|promise|assure|ensure|make sure|pledge|swear|vow)\b[^.]{0,40}\b(?:never|no (?:more|longer)|not (?:happen|occur)|perfect|(?:100|one hundred) ?%|zero|none|no (?:buyer|customer|order|product|item|unit|complaint|problem|error|mistake))(?!\w)/i,
      /\b(?:zero|no more|no further) (?:\w+ )?(?:defects?|errors?|mistakes?|complaints?|claims?|problems?|issues?|late (?:shipments?|orders?|deliver\w*)|violations?|returns?)\b/i,
      // Told to the reader as a certainty ("you will not see another complaint"), or forever.
      /\b(?:you|amazon|your team|customers|buyers)(?: \w+)? (?:will|shall|'ll) (?:not|never) (?:\w+ )?(?:see|receive|get|hear|find|have)\b[^.]{0,30}\b(?:another|any|again|more|single)\b/i,
      /\bthere will (?:not|never) be (?:a single|any|one)\b|\b(?:will|shall|'ll)\b[^.]{0,60}\bat all times\b|\b(?:keep|stay|remain|maintain|hold)\b[^.]{0,30}\bforever\b|\b(?:any|every) (?:possibility|chance|risk) of (?:a |this |it |the )?(?:\w+ )?(?:repeat\w*|recurrence|happening again)\b/i,
      /\b(?:perfect|perfectly|flawless\w*|error-free|mistake-free|defect-free|without (?:any |a single )?(?:errors?|mistakes?|defects?|problems?|issues?|complaints?))\b/i,
      /\b(?:all|every|each) (?:of )?(?:our |the |future )*(?:\w+ )?(?:orders?|shipments?|products?|items?|listings?|units?|parcels?|deliveries)\b[^.]{0,40}\b(?:will|shall) (?:\w+ )?(?:be|arrive|meet|follow|reach)\b[^.]{0,30}\b(?:perfect|correct|on time|compliant|new|authentic|flawless|without|(?:100|one hundred) ?%|in good condition|right)(?!\w)/i,
      /\b(?:no|not a single|not one|none of (?:our|the)) (?:\w+ )?(?:buyers?|customers?|orders?|products?|items?|units?|parcels?|listings?)\b[^.]{0,20}\b(?:will|shall) (?:ever |again )?(?:receive|have|be|get|arrive|experience|face|see)\b/i,
      /\b(?:eliminat|eradicat|stop|remov|prevent)\w* (?:all|every|any)(?: \w+)? (?:complaints?|errors?|mistakes?|defects?|problems?|issues?|violations?|risks?)\b(?: (?:completely|totally|forever|entirely|for good))?/i,
      /\b(?:completely|totally|entirely|fully|forever|for good)\b[^.]{0,20}\b(?:eliminat\w*|solv\w*|prevent\w*|avoid\w*|stop\w*|fix\w*)\b|\b(?:eliminat\w*|solv\w*|prevent\w*|avoid\w*|stop\w*|fix\w*)\b[^.]{0,30}\b(?:completely|totally|entirely|forever|for good|once and for all)\b/i,
    ],
  },
  {
    id: 'vague-promise',
    reads: 'promises',
    after: ['perfection-promise'],
    unless: [SPECIFIC, NAMED, IMPERSONAL, COURTESY],
    patterns: [
      /\b(?:strengthen\w*|enhanc\w*|improv\w*|tighten\w*|reinforc\w*|intensif\w*|upgrad\w*|optimi[sz]\w*|perfect|standardi[sz]\w*|regulat\w*|step(?:ping)? up|further|better|increas\w*|rais\w*)(?: \w+){0,2} (?:management|supervision|control|controls|inspections?|training|monitoring|communication|services?|quality|process(?:es)?|procedures?|systems?|awareness|operations?|checks?|work|efforts?|products?|listings?|compliance|standards?|understanding|knowledge|responsibility|mechanisms?|ourselves|packaging|packing|materials?|approach|cooperation|coordination)\b/i,
      /\bpay(?:ing|s)?(?: \w+)? attention\b|\battach(?:es)? (?:great |more )?importance\b|\bkeep(?:s|ing)? (?:a close |an )?eye on\b|\b(?:do|doing) better\b|\b(?:fully|totally|deeply|firmly|wholly) committed to\b|\bacross the board\b/i,
      /\b(?:management|supervision|control|controls|inspections?|training|monitoring|communication|quality|process(?:es)?|procedures?|checks?|standards?|packaging)\b (?:will|shall) be (?:\w+ )?(?:strengthen\w*|enhanc\w*|improv\w*|tighten\w*|reinforc\w*|intensif\w*|upgrad\w*|optimi[sz]\w*|stepped up|raised|increased)\b/i,
      /\btak(?:e|es|ing)(?: \w+){0,3} (?:seriously|serious|to heart)\b/i,
      /\b(?:work|working|try|trying)(?: even)? (?:harder|hard|diligently|our best|my best)\b|\b(?:do|doing|try|trying|make)(?: all)? (?:our|my) (?:best|utmost|hardest|efforts?|best efforts)\b|\bspare no effort|\bmake every effort|\ball (?:possible )?efforts\b/i,
      /\b(?:be|become|more|stay|remain|extra|even)(?: \w+)? (?:careful|cautious|strict|stricter|serious|responsible|professional|vigilant|diligent|attentive|prudent|rigorous|conscientious)\b/i,
      /\bnever\b[^.]{0,30}\bagain\b|\b(?:happen|occur|recur|repeat)\w*(?: \w+)? again\b|\b(?:never|not|no)(?: \w+){0,3} (?:happen|occur|recur|repeat)(?!ed\b|red\b)\w*/i,
      /(?<!not |n't |never )\b(?:strictly|fully|always|carefully|completely|seriously|firmly|absolutely) (?:follow|comply|abide|obey|adhere|respect|observe|implement|execute|enforce)\w*/i,
      /\b(?:follow|comply with|abide by|obey|adhere to|respect|observe)(?: all)?(?: of)? (?:amazon'?s?|the|your|all|relevant|the relevant)(?: \w+)? (?:policies|rules|guidelines|terms|regulations|requirements|laws|policy|agreement)\b/i,
      /\b(?:learn|study|studied|learned|read)(?: \w+){0,2} (?:amazon'?s?|the|all|relevant|seller|selling)(?: \w+)? (?:policies|rules|guidelines|regulations|terms|requirements)\b/i,
      /\b(?:provide|offer|give|bring|ensure|deliver)(?: \w+){0,3} (?:better|the best|excellent|high[- ]quality|first-class|top|satisfying|perfect|best possible)(?: \w+)? (?:service|services|quality|products|experience)\b/i,
      /\b(?:take|adopt|implement|carry out|put in place)(?: \w+){0,2} (?:necessary|effective|corresponding|relevant|appropriate|proper|strict|strong|positive|active|further|various|practical|concrete|serious|stricter|stronger|better)(?: \w+)? (?:measures|actions|steps|methods|means|precautions)\b/i,
      /\b(?:avoid|prevent)(?: \w+)? (?:this|such|similar|these|the same|any|future|such a|this kind of)(?: \w+)? (?:problems?|issues?|mistakes?|things?|situations?|cases?|errors?|incidents?|violations?|complaints?|happening)\b/i,
      /\b(?:ask|contact|consult|turn to|seek (?:help|advice|guidance) from|reach out to|check with)(?: \w+){0,2} (?:amazon|seller support|your team|amazon support)\b[^.]*\b(?:help|advice|guidance|whenever|any (?:questions?|doubts?|problems?))\b|\b(?:whenever|when|if) (?:we|i) (?:have|meet|encounter|face|are not sure|are unsure|get) (?:a |any )?(?:questions?|problems?|doubts?|difficult\w*|issues?|uncertain\w*)/i,
      /\b(?:will|shall|going to|to)\b[^.]{0,30}\b(?:monitor|check|watch|review|supervise|follow)\w*(?: \w+){0,3} (?:closely|carefully|strictly|seriously|regularly|constantly|continuously|from time to time|more often)\b/i,
      /\b(?:will|shall)\b[^.]*\b(?:in time|timely|promptly|as soon as possible|asap|quickly|in a timely manner)\b/i,
      /\b(?:continu\w*|constantly|continuously|keep)(?: to)? (?:improv|learn|optimi[sz]|progress|grow|perfect|monitor|enhanc)\w*/i,
      /\b(?:regular(?:ly)?|from time to time|periodic(?:ally)?|constantly|continuously|continually|often|frequently|timely|in time|closely|strictly|carefully|seriously)(?: \w+)? (?:check|monitor|review|inspect|train|supervise|audit|examine|update|follow up|track|observe|communicate)\w*/i,
      /\b(?:will|shall|to) (?:make sure|ensure|guarantee)(?: that)? (?:this|it|such|everything|all|our (?:products|customers|service)|customers|buyers|no (?:such|similar)|the same|nothing)\b/i,
      /\b(?:we|i) (?:promise|guarantee|assure|swear|vow|pledge)\b/i,
      {
        re: /\b(?:we|i|our (?:\w+ ){0,2}\w+|all (?:\w+ )?(?:staff|employees|products|orders|listings|members)|the (?:\w+ )?(?:team|staff|company))(?: \w+)? (?:will|shall|are going to|'ll)\b/i,
        unless:
          /^\s*(?:\S+\s+){14,}\S|\b(?:only|through|via|using)\b|\b(?:if|once|should|in case|otherwise|provided|as soon as|unless|after|when|media|press|court|lawyers?|facebook|forums?|everyone|sellers|bankrupt\w*|grateful|miss|report|hold|sue|escalate|complain)\b/i,
      },
      /\b(?:more|stricter|better|closer|tighter|stronger|greater|further)(?: \w+)? (?:management|supervision|control|controls|inspections?|checks|monitoring|training|communication|attention|efforts?|care)\b/i,
    ],
  },
];

/** Admitting the violation… */
export const ADMISSION =
  /\b(?:our|my) (?:\w+ )?(?:violated|broke|breached|infringed)\b|\b(?:we|i) (?:did|have done|had done) wrong\b|\baccept (?:the |any |all |your )?(?:punishment|penalty|consequences)\b|\b(?:which|that|this) (?:violated|broke|breached|infringed)\b|\bguilty\b|\b(?:mistake|error|fault|negligence) on (?:our|my) (?:part|side)\b|\b(?:it|this|that) (?:was|is) (?:a|an|our) (?:\w+ )?(?:mistake|error|violation|wrongdoing)\b|\b(?:we|i) (?:are|am|were|was) (?:fully |entirely |solely |completely )?responsible for (?:this|the|these|that|our|all)\b|\b(?:we|i) (?:were|was) wrong\b|\b(?:it|this|that) was wrong\b|\b(?:we|i)(?: \w+){0,2} (?:admit|admitted|acknowledge|acknowledged|confess|confessed|realized|realised)\b|(?<!\b(?:allegation|claim|accusation|complaint|notice|says|said|states|stated|alleges|alleged|accused us of|suggests) that )\b(?:we|i)(?: (?!never|not|have never)\w+)? (?:violated|broke|breached|infringed|did not comply|failed to comply|sold (?:used|counterfeit|fake|inauthentic|returned|damaged|defective)|made (?:a |an |the |this |some |such |many |several )?(?:\w+ )?(?:mistakes?|errors?|violations?))\b|\b(?:it|this|that|everything|all this|the (?:problem|violation|issue|complaint))(?: \w+)? (?:was|is) (?:entirely |completely |all |totally |fully )?(?:our|my) (?:fault|mistake|error|responsibility|negligence|wrongdoing)\b|\b(?:we|i)(?: \w+)? (?:take|accept|bear)(?: \w+)? (?:full |complete |all |the )?(?:responsibility|blame)\b|(?<!not |no |never )\bour (?:mistake|fault|negligence|wrongdoing|violation|carelessness|oversight|error)s?\b/i;

/** …and what shows something was already done about it, anywhere in the letter. */
export const REMEDY =
  /\b(?:we|i|our (?:team|staff|company)|they|he|she)(?: \w+){0,2} (?:removed|deleted|refunded|retrained|trained|hired|replaced|destroyed|contacted|stopped|closed|recalled|disposed|ended|cancell?ed|changed|switched|added|updated|rewrote|revised|corrected|fixed|installed|set up|introduced|created|appointed|assigned|dismissed|fired|terminated|reviewed|checked|inspected|audited|tested|repackaged|relabell?ed|moved|withdrew|quarantined|reported|completed|implemented|issued|sent|submitted|compensated|reimbursed|banned|blocked|pulled|took down|delisted|obtained|signed|adopted|started|began|launched|rebuilt|re-?inspected|asked|requested|required)\b|\b(?:has|have) (?:now |since |already )?been (?:removed|deleted|refunded|retrained|trained|hired|replaced|destroyed|contacted|stopped|closed|recalled|disposed|corrected|fixed|updated|changed|installed|dismissed|cancell?ed|taken down|delisted|quarantined|relabell?ed|reviewed|checked|inspected|audited|tested)\b|\bnow (?:checks?|inspects?|answers?|uses?|requires?|reviews?|tests?|ships?|photographs?|go|goes|get|gets|sit|sits|stay|stays)\b|\b(?:was|were) (?:removed|deleted|corrected|fixed|updated|changed|replaced|recalled|destroyed|delisted|taken down|retrained|relabell?ed)\b|\bsince (?:\d{1,2} )?(?:january|february|march|april|may|june|july|august|september|october|november|december)\b/i;

/** The catch-all: a first-person claim built on judgement words, with nothing in it a reviewer could check. */
FAMILIES.push({
  id: 'unsupported-claim',
  reads: PLAN,
  fallback: true,
  unless: [SPECIFIC, NAMED, IMPERSONAL, ADMISSION, LONG, /:\s*$/],
  patterns: [
    /\b(?:good|great|excellent|best|better|perfect|wonderful|outstanding|amazing|success\w*|happy|satisf\w*|serious(?:ly)?|careful(?:ly)?|honest\w*|sincer\w*|trust\w*|professional\w*|reliable|effective\w*|efficient\w*|proper(?:ly)?|comprehensive\w*|utmost|efforts?|improv\w*|enhanc\w*|optimi[sz]\w*|excellen\w*|reputation|unfair\w*|fair|important|valu\w*|grateful|wasted?|difficult\w*|smooth\w*|never|forever|aspects|everything|absolutely|deeply|greatly|highly|much|lesson|oldest|biggest|largest|over the years)\b/i,
  ],
});
