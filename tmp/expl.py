import re
D='content/templates/'
def section_replace(p, heading, body):
    """Replace the body of `## heading` (up to the next '## ' or end) with body."""
    s=open(p).read()
    a=s.index('## '+heading+'\n')
    b=s.find('\n## ', a+3)
    b = len(s) if b<0 else b+1
    s=s[:a]+'## '+heading+'\n\n'+body.strip('\n')+'\n'+('\n' if b<len(s) else '')+s[b:]
    open(p,'w').write(s)
def append(p, text):
    s=open(p).read().rstrip('\n')+'\n\n'+text.strip('\n')+'\n'
    open(p,'w').write(s)
E={}; Z={}
E['confirm-multi-item-order']=('What each paragraph says','''- **"Thank you for your order … Before we ship it, we would like to confirm the quantity … Is that correct?"** Names the order and the product, says why you are asking, and asks one question. The quantity stands alone ("a quantity of …"), so the sentence reads right for any number.
- **"Product details: …"** The specifications the buyer should check.
- **"Once you confirm, we will ship the order right away …"** What happens next, and how to change the quantity.

The message carries the order ID, as Amazon expects of a message you start yourself. It no longer opens with "Thank you so much for your support": that is a word-for-word rendering of 感谢您的支持 and reads oddly in English.''')
Z['confirm-multi-item-order']=('每段在说什么','''- **“Thank you for your order … Before we ship it, we would like to confirm the quantity … Is that correct?”** 写明订单和商品，说明为什么要确认，只问一个问题。数量单独出现（“a quantity of …”），填任何数字句子都通顺。
- **“Product details: …”** 请买家核对的规格。
- **“Once you confirm, we will ship the order right away …”** 接下来会怎么做，以及想改数量怎么办。

这封消息写了订单号：主动发给买家的消息，亚马逊要求带上订单号。开头不再用 “Thank you so much for your support”——那是“感谢您的支持”的直译，英文读起来很别扭。''')
E['delivery-time-reply']=('What each paragraph says','''- **"Thank you for your question about order …"** Names the order, as Amazon expects in every message.
- **"The order is due to arrive by …, the latest delivery date shown for it in Your Orders …"** The answer, taken from the order itself, plus the usual transit time.
- **"If it has not arrived by …, please reply …"** What the buyer can do if it is late.

The earlier version opened with "Thank you so much for your support" (a word-for-word rendering of 感谢您的支持) and gave only a vague "about 7–12 days"; the date now comes from the order.''')
Z['delivery-time-reply']=('每段在说什么','''- **“Thank you for your question about order …”** 写明订单号：亚马逊要求每封消息都带上。
- **“The order is due to arrive by …, the latest delivery date shown for it in Your Orders …”** 用订单上的日期回答，再加上通常的运输时间。
- **“If it has not arrived by …, please reply …”** 晚到时买家可以怎么做。

旧版本以 “Thank you so much for your support”（“感谢您的支持”的直译）开头，只给一个笼统的“大约 7–12 天”；现在日期直接取自订单。''')
E['exchange-after-dispatch']=('What each paragraph says','''- **"Thank you for contacting us about order … (…)"** Names the order and the product.
- **"We are sorry, but the order has already been dispatched … you can return it through Your Orders on Amazon for a full refund … we will send a replacement free of charge."** Explains why the order cannot change now, and gives both ways out: a return for a full refund, or an exchange once it arrives.

The sentence is written about "the order", not "your …", so it reads correctly whatever the product is: the earlier "your {{product_name}} has already been dispatched" became "your running shoes has" — a grammar error, which Amazon's messaging rules do not allow.''')
Z['exchange-after-dispatch']=('每段在说什么','''- **“Thank you for contacting us about order … (…)”** 写明订单号和商品。
- **“We are sorry, but the order has already been dispatched … you can return it through Your Orders on Amazon for a full refund … we will send a replacement free of charge.”** 说明订单为什么无法再改，并给出两个办法：退货全额退款，或收到后换货。

句子的主语是“the order”而不是“your …”，所以无论填什么商品都合乎语法：旧版本的 “your {{product_name}} has already been dispatched” 填进 running shoes 就成了 “your running shoes has”——语法错误，而亚马逊的消息规则不允许有语法错误。''')
E['return-ask-reason']=('What each paragraph says','''- **"We are sorry that the … from order … did not work out for you."** Names the order and opens with regret, not with thanks: "Thank you so much for your support" after a return reads as tone-deaf.
- **"If there was a problem with the item, could you tell us what it was? … Your return and refund do not depend on your answer."** The one question the message is for, the photo as an option, and a plain statement that nothing hangs on the answer.''')
Z['return-ask-reason']=('每段在说什么','''- **“We are sorry that the … from order … did not work out for you.”** 写明订单号，开头表达遗憾而不是道谢：买家刚退了货，再说 “Thank you so much for your support” 显得不合时宜。
- **“If there was a problem with the item, could you tell us what it was? … Your return and refund do not depend on your answer.”** 这封消息要问的唯一问题，照片是可选的，并明说退货和退款不受回答影响。''')
E['wrong-address-apology']=('What each paragraph says','''- **"We owe you an apology: we made a mistake and sent your order … to the wrong address."** Names the order and admits the mistake in the first line.
- **"Would you still like to receive the …? If so, we will send it again … and refund … for the trouble. If not, we will refund the order in full."** The two choices.
- **"Please reply to this message with your choice …"** What the buyer needs to do.

The earlier opening "Thank you so much for your support" (a word-for-word rendering of 感谢您的支持) is gone: it does not belong in front of an apology.''')
Z['wrong-address-apology']=('每段在说什么','''- **“We owe you an apology: we made a mistake and sent your order … to the wrong address.”** 写明订单号，第一句就承认错误。
- **“Would you still like to receive the …? If so, we will send it again … and refund … for the trouble. If not, we will refund the order in full.”** 两个选择。
- **“Please reply to this message with your choice …”** 请买家回复选择。

旧开头 “Thank you so much for your support”（“感谢您的支持”的直译）已删除：道歉之前不该先道谢。''')
E['shipping-status-reply']=('What each paragraph says','''- **"Thank you for your message about order …, and we are sorry for the wait."** Names the order.
- **"We have checked the tracking …: the parcel is on its way … and has now reached …"** Shows you have already looked and where the parcel is.
- **"International tracking is not always updated promptly … If it has not arrived by the latest delivery date shown in Your Orders, please reply …"** Why tracking lags, the usual transit time, that you will keep watching it, and what happens if it is late.''')
Z['shipping-status-reply']=('每段在说什么','''- **“Thank you for your message about order …, and we are sorry for the wait.”** 写明订单号。
- **“We have checked the tracking …: the parcel is on its way … and has now reached …”** 说明你已经查过、包裹现在在哪里。
- **“International tracking is not always updated promptly … If it has not arrived by the latest delivery date shown in Your Orders, please reply …”** 物流信息为什么滞后、通常的时效、你会继续跟踪，以及晚到时怎么办。''')
E['replacement-shipped-notice']=('What each paragraph says','''- **"As agreed in our messages about order …, we have sent you a replacement: …"** Ties the message to the replacement the buyer agreed to, and says exactly what was sent.
- **"Carrier: …, tracking number … It should reach you in … days."** How to follow the parcel and when to expect it.
- **"If anything is wrong with the replacement when it arrives, please reply …"** One line inviting a reply.

**Send it only as part of a replacement you have agreed with the buyer.** A message that only confirms a shipment is one Amazon does not allow (it sends shipping confirmations itself); this one is permitted because it resolves a problem with the order. The earlier "Please see the attached file for more details" is gone: the carrier and tracking number are in the message.''')
Z['replacement-shipped-notice']=('每段在说什么','''- **“As agreed in our messages about order …, we have sent you a replacement: …”** 说明这是和买家商定的补发，并写清寄出的是什么。
- **“Carrier: …, tracking number … It should reach you in … days.”** 怎么查物流、大约多久到。
- **“If anything is wrong with the replacement when it arrives, please reply …”** 一句话请买家有问题就回复。

**只在与买家商定补发之后作为解决问题的一部分发送。** 只是确认发货的消息亚马逊不允许（发货确认由亚马逊自己发）；这封之所以允许，是因为它在解决订单的问题。旧版本里含糊的 “Please see the attached file for more details” 已删除：物流商和运单号就写在消息里。''')

RFBM_E_BULLETS='''- **The original** asks "why would you like a refund?" (the reason is already in the request) and offers a replacement or a partial refund *instead of* the return, before authorising anything.
- **The compliant version** opens with "We have authorised the return for order …", says where the instructions are and when the refund comes, and keeps the photo and the replacement optional.'''
RFBM_Z_BULLETS='''- **原信**先问“为什么要退款”（退货请求里已经写了原因），在批准之前就提出用换新或部分退款*代替*退货。
- **合规版本**开头就说“已经批准了订单 … 的退货”，告诉买家退货说明在哪里、什么时候退款，照片和换新都只是可选。'''
E['return-request-reply-fbm']=('What each paragraph says', RFBM_E_BULLETS)
Z['return-request-reply-fbm']=('每段在说什么', RFBM_Z_BULLETS)
RSIZE_E='''- **The original** opens with "Thank you so much for your support of …" (a word-for-word 感谢您的支持), then asks whether the buyer could give the item away as a gift or keep it for a partial refund, with no order ID.
- **The compliant version** names the order, says the return is authorised (or how to start one), when the refund comes, and offers another size only as an option.'''
RSIZE_Z='''- **原信**以 “Thank you so much for your support of …”（“感谢您的支持”的直译）开头，接着问买家能不能把商品送人，或收下部分退款不退货，而且没有订单号。
- **合规版本**写明订单号，说明退货已经批准（或怎样发起），什么时候退款，换尺码只作为可选。'''
E['return-size-not-fit']=('What each paragraph says', RSIZE_E)
Z['return-size-not-fit']=('每段在说什么', RSIZE_Z)
NRO_E='''- **The original** opens with "We saw your review", then offers a replacement, a claim code or a refund "to make up for it". Do not send it.
- **The compliant version** is a reply, not an outreach: "Thank you for your message about order … You wrote that …" It deals with what the buyer wrote to you, explains how to return the item for a full refund, and offers a replacement; it never mentions a review.'''
NRO_Z='''- **原信**以“看到了您的评论”开头，再以“作为弥补”提供补发、优惠码或退款。不要发送。
- **合规版本**是一封回复，而不是主动联系：“Thank you for your message about order … You wrote that …”。它回应买家自己写来的问题，说明怎样退货获得全额退款，并提供补发；完全不提评论。'''
E['negative-review-followup-offer']=('What each paragraph says', NRO_E)
Z['negative-review-followup-offer']=('每段在说什么', NRO_Z)
for slug,(h,b) in E.items(): section_replace(D+slug+'.en.mdx', h, b)
for slug,(h,b) in Z.items(): section_replace(D+slug+'.zh-CN.mdx', h, b)

# must-change sections
section_replace(D+'return-request-reply-fbm.en.mdx','What you must change','''**Authorise first, then write.** In Manage Returns, authorise the return (or refund) within 48 hours of the request: a request not authorised, refunded or closed in that time counts as a late response in your Return Dissatisfaction Rate. Then send the compliant version. Do not send the original: questioning the buyer and offering something else before authorising is what the metric punishes, and it invites negative return feedback and A-to-z claims. A seller-fulfilled return policy may not be stricter than Amazon's.

<Fact id="fbm-returns-48h" />''')
section_replace(D+'return-request-reply-fbm.zh-CN.mdx','你必须改的地方','''**先批准，再写信。** 在“管理退货”里 48 小时内批准退货（或退款）：请求在这段时间内没有批准、退款或关闭，就算作回复过晚，计入退货不满意率。然后发合规版本。不要发原信：批准之前先追问、先提别的方案，正是这项指标要惩罚的做法，也容易招来负面的退货反馈和 A-to-Z 索赔。自发货的退货政策不能比亚马逊的更严格。

<Fact id="fbm-returns-48h" />''')
section_replace(D+'return-size-not-fit.en.mdx','What you must change','''**Send the compliant version, not the original.** Authorise the return (or refund) in Manage Returns within 48 hours of the request, then write. Suggesting the buyer give the item away, or keep it for a partial refund, talks them out of a return they are entitled to; buyers answer that with negative feedback and claims. If you sell the item in other sizes, the exchange offer is the one alternative worth making, and only as an option. For FBA orders Amazon handles the return; write only if the buyer has contacted you.

<Fact id="fbm-returns-48h" />''')
section_replace(D+'return-size-not-fit.zh-CN.mdx','你必须改的地方','''**发合规版本，不要发原信。** 先在“管理退货”里 48 小时内批准退货（或退款），再写信。建议买家把商品送人、或收下部分退款不退货，是在劝买家放弃本来就有的退货权利，买家常常用差评和索赔回应。如果商品有其他尺码，换尺码是唯一值得提的替代方案，而且只作为可选。FBA 订单的退货由亚马逊处理，只在买家联系你时回复。

<Fact id="fbm-returns-48h" />''')
section_replace(D+'negative-review-followup-offer.en.mdx','What you must change','''**Do not send the original**, and do not write to a buyer you found through their review. Amazon's Customer Product Reviews policy lists "a seller offers to provide a refund or reimbursement after the buyer writes a review" as prohibited, whether or not the message mentions the review.

<Fact id="review-refund-prohibited" />

What you can do:

- **Brand owners:** use **Contact Customer** next to the low-star review on the Customer Reviews page of Brand Registry. Amazon contacts the buyer with its own template, which you cannot edit.
- **Everyone:** when the buyer has written to you (or opened a return), answer with the compliant version: it deals with what they wrote, offers the normal remedies for the order, and leaves the review out. Fill in their problem in their own words. Refunds and replacements go through Manage Orders in Seller Central.''')
section_replace(D+'negative-review-followup-offer.zh-CN.mdx','你必须改的地方','''**不要发原信**，也不要主动联系你从评论里找到的买家。亚马逊的买家评论政策把“买家写了评论之后，卖家向其提供退款或补偿”列为禁止行为，不管消息里提没提评论。

<Fact id="review-refund-prohibited" />

你可以做的：

- **品牌所有者：** 在品牌注册“买家评论”（Customer Reviews）页面、低星评论旁使用 **Contact Customer**。亚马逊用自己的模板联系买家，模板不能修改。
- **所有卖家：** 买家先写信给你（或发起退货）时，用合规版本回复：回应买家写的问题，提供这笔订单正常的补救办法，不提评论。买家的问题用买家自己的说法填写。退款和补发在卖家平台的订单管理里操作。''')
print('ok')
