import sys
sys.path.insert(0,'tmp')
from yblock import replace_block, insert_placeholder
D='content/templates/'
ORDER_PH='''  - key: order_id
    label: { zh: 订单号, en: Order ID }
    example: 114-3941689-8772232
    kind: order-id'''
def rw(slug, fn):
    p=D+slug+'.yaml'; s=open(p).read(); s=fn(s); open(p,'w').write(s)
def add_before(s, marker, text):
    assert marker in s, marker
    return s.replace(marker, text.rstrip('\n')+'\n'+marker, 1)

RFBM_RISK='''risk:
  zh: 原信在批准退货之前先追问原因（退货请求里已经写了原因），又劝买家换新或接受部分退款。自发货订单的退货请求如果在 48 小时内没有批准、退款或关闭，就算作回复过晚，计入退货不满意率 (RDR)；不批准却劝买家接受别的方案，还可能被算作无效拒绝或招来负面的退货反馈，进而引发 A-to-Z 索赔。合规做法：先在“管理退货”里批准退货，再在消息里告诉买家已经批准；照片和换货只作为可选，不作为退款的条件。来源：Seller Central 帮助页 201887610 “Return Dissatisfaction Rate”，核实于 2026-12。
  en: "The original questions the buyer before authorising the return (the reason is already in the request) and pushes a replacement or a partial refund instead. A seller-fulfilled return request that is not authorised, refunded or closed within 48 hours counts as a late response in your Return Dissatisfaction Rate; holding back the authorisation while offering something else can also count as an invalid rejection or bring negative return feedback, and then an A-to-z claim. The compliant way: authorise the return in Manage Returns first, then tell the buyer it is authorised; a photo or an exchange stays optional and never a condition of the refund. Source: Seller Central help 201887610 \\"Return Dissatisfaction Rate\\", checked December 2026."
compliant:
  letter: |
    Dear {{buyer_name}},

    We have authorised the return for order {{order_id}}. The return instructions are in Your Orders on Amazon, and we will refund you as soon as the item reaches us.

    If the item arrived damaged or faulty, a photo of the problem would help our quality team, but it is not needed for your refund. If you would rather have a replacement than a refund, just reply to this message.

    Best regards,
    {{seller_name}}
    {{store_name}}
  translationZh: |
    亲爱的 {{buyer_name}}：

    我们已经批准了订单 {{order_id}} 的退货。退货说明在亚马逊“我的订单”（Your Orders）里，商品寄回到我们这里后，我们会尽快为您退款。

    如果商品到货时有损坏或故障，附一张问题的照片可以帮助我们的质检团队，但这不是退款的条件。如果您更想换一件新的而不是退款，直接回复这条消息即可。

    此致
    {{seller_name}}
    {{store_name}}
'''
def f(s):
    s=add_before(s,'placeholders:\n',RFBM_RISK)
    s=s.replace('lastReviewed: 2026-12-02','lastReviewed: 2026-12-07')
    return s
rw('return-request-reply-fbm',f)

RSIZE_RISK='''risk:
  zh: 原信劝买家别退货——把商品送人，或者收下部分退款——而且没有写订单号，开头的 “Thank you so much for your support” 是“感谢您的支持”的直译。买家已经因为尺码不合适想退货，这样劝说容易招来差评和负面的退货反馈；自发货订单的退货请求如果 48 小时内没有批准、退款或关闭，还会计入退货不满意率 (RDR)。合规做法：先批准退货，告诉买家怎么退；换尺码只作为可选。来源：Seller Central 帮助页 201887610 “Return Dissatisfaction Rate”，核实于 2026-12。
  en: "The original talks the buyer out of the return — give the item away as a gift, or keep it for a partial refund — carries no order ID, and opens with \\"Thank you so much for your support\\", a word-for-word rendering of 感谢您的支持. A buyer who already wants to return an item that did not fit is likely to answer such a message with negative feedback, and a seller-fulfilled return request that is not authorised, refunded or closed within 48 hours counts against your Return Dissatisfaction Rate. The compliant way: authorise the return first and say how to send it back; an exchange for another size stays optional. Source: Seller Central help 201887610 \\"Return Dissatisfaction Rate\\", checked December 2026."
compliant:
  letter: |
    Dear {{buyer_name}},

    We are sorry the {{product_name}} from order {{order_id}} did not fit. If you have requested a return, we have authorised it; if not, you can start one in Your Orders on Amazon. The return instructions are there, and we will refund you as soon as the item reaches us.

    If you would like another size instead, reply with the size you need and we will check whether it is in stock.

    Best regards,
    {{seller_name}}
    {{store_name}}
  translationZh: |
    亲爱的 {{buyer_name}}：

    很抱歉，订单 {{order_id}} 中的 {{product_name}} 尺码不合适。如果您已经提交了退货请求，我们已经批准；如果还没有，可以在亚马逊“我的订单”（Your Orders）中发起退货。退货说明都在那里，商品寄回到我们这里后，我们会尽快为您退款。

    如果您想换另一个尺码，请回复您需要的尺码，我们会查一下是否有货。

    此致
    {{seller_name}}
    {{store_name}}
'''
def f(s):
    s=add_before(s,'placeholders:\n',RSIZE_RISK)
    s=insert_placeholder(s,'buyer_name',ORDER_PH)
    s=s.replace('lastReviewed: 2026-12-02','lastReviewed: 2026-12-07')
    return s
rw('return-size-not-fit',f)

# negative-review-followup-offer: compliant = reply only when the buyer wrote first
def f(s):
    s=replace_block(s,'letter','''Dear {{buyer_name}},

Thank you for your message about order {{order_id}} ({{product_name}}). You wrote that {{buyer_problem}}, and we are sorry about that.

You can return the item for a full refund: in Your Orders on Amazon, choose this order and select the return option. If you would prefer a replacement instead, reply to this message and we will send one free of charge.

Best regards,
{{seller_name}}
{{store_name}}''', indent=2)
    s=replace_block(s,'translationZh','''亲爱的 {{buyer_name}}：

感谢您就订单 {{order_id}}（{{product_name}}）发来消息。您提到 {{buyer_problem}}，我们很抱歉。

您可以退货并获得全额退款：在亚马逊“我的订单”（Your Orders）中选择这笔订单，选择退货即可。如果您更想换一件新的，请回复这条消息，我们会免费为您补发。

此致
{{seller_name}}
{{store_name}}''', indent=2)
    s=insert_placeholder(s,'product_name','''  - key: buyer_problem
    label: { zh: 买家在消息里说的问题, en: The problem the buyer wrote about }
    example: the lid leaks when the bottle is turned upside down
    kind: text
    hint: { zh: 用买家自己消息里的说法，小写开头，不要提评论。, en: "In the buyer's own words from their message, starting in lower case; never mention a review." }''')
    lines=s.split('\n')
    i=[n for n,l in enumerate(lines) if l.startswith('risk:')][0]
    j=i+1
    while lines[j].startswith('  '): j+=1
    lines[i:j]='''risk:
  zh: "原信违反亚马逊现行规则（核实于 2026-12）。亚马逊的买家评论政策把“买家写了评论之后，卖家向其提供退款或补偿”列为禁止行为；沟通准则也不允许在买家消息中提供优惠码或营销内容。原信开头就说“看到了您的评论”，再以“弥补”为由提供补发、优惠码或退款，这就是与评论挂钩的补偿，可能导致评论被删除、消息功能被限制，甚至销售权限被暂停。这里的合规版本只是一封回复：只在买家先通过买家与卖家消息联系你（或发起退货）时使用，解决订单本身的问题，不提评论，也不提供与评论有关的任何东西。如果你只是从评论里看到了这个买家，不要主动发消息：品牌所有者可以在品牌注册“买家评论”（Customer Reviews）页面使用 Contact Customer，它用亚马逊自己不可修改的模板联系买家；其他卖家就不联系。来源：Seller Central 帮助页 E8SYAZUBGVFBHCH（Customer product reviews policies）、亚马逊员工在卖家论坛发布的 Communication Guidelines 说明。"
  en: "The original breaks Amazon's current rules (checked December 2026). Amazon's Customer Product Reviews policy lists \\"a seller offers to provide a refund or reimbursement after the buyer writes a review\\" as prohibited, and the Communication Guidelines forbid coupon codes and marketing in buyer messages. The original opens with \\"We saw your review\\" and then offers a replacement, a claim code or a refund \\"to make up for it\\": compensation tied to the review, which can get the review removed, your messaging restricted or your selling privileges suspended. The compliant version here is a reply only: use it when the buyer has written to you first through Buyer-Seller Messaging (or opened a return), deal with the order's problem, and leave the review out — nothing in it is offered because of a review. If you only found the buyer through their review, don't message them: brand owners can use Contact Customer on Brand Registry's Customer Reviews page, which contacts the buyer with Amazon's own template that cannot be edited; other sellers don't contact them. Sources: Seller Central help E8SYAZUBGVFBHCH (Customer product reviews policies); Amazon staff post on the Communication Guidelines, Seller Forums."'''.split('\n')
    s='\n'.join(lines)
    s=s.replace('lastReviewed: 2026-12-02','lastReviewed: 2026-12-07')
    return s
rw('negative-review-followup-offer',f)

# update-request compliant: add order ID
def f(s):
    old='''    I am writing to check whether the replacement {{product_name}} has arrived and whether it works as expected.'''
    assert old in s
    s=s.replace(old,'''    I am writing about order {{order_id}} to check whether the replacement {{product_name}} has arrived and whether it works as expected.''')
    s=s.replace('lastReviewed: 2026-12-02','lastReviewed: 2026-12-07')
    return s
rw('negative-review-followup-update-request',f)
print('ok')
