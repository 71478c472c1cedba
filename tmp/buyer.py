import sys
sys.path.insert(0,'tmp')
from yblock import replace_block, set_scalar, insert_placeholder
D='content/templates/'
ORDER_PH='''  - key: order_id
    label: { zh: 订单号, en: Order ID }
    example: 114-3941689-8772232
    kind: order-id'''
def rw(slug, fn):
    p=D+slug+'.yaml'; s=open(p).read(); s=fn(s); open(p,'w').write(s)

# 1 confirm-multi-item-order
def f(s):
    s=replace_block(s,'letter','''Dear {{buyer_name}},

Thank you for your order {{order_id}} for the {{product_name}}. Before we ship it, we would like to confirm the quantity, as it is larger than usual: the order is for a quantity of {{quantity}}. Is that correct?

Product details: {{product_details}}

Once you confirm, we will ship the order right away. If you meant a different quantity, please reply to this message and we will help you change it.

Best regards,
{{seller_name}}
{{store_name}}''')
    s=replace_block(s,'translationZh','''亲爱的 {{buyer_name}}：

感谢您购买 {{product_name}}（订单 {{order_id}}）。发货前我们想确认一下数量，因为它比通常多：这笔订单的数量是 {{quantity}}。请问是否正确？

商品详情：{{product_details}}

您确认后我们会立即发货。如果您想要的是其他数量，请回复这条消息，我们会帮您修改。

此致
{{seller_name}}
{{store_name}}''')
    return s
rw('confirm-multi-item-order',f)

# 2 delivery-time-reply
def f(s):
    s=replace_block(s,'letter','''Dear {{buyer_name}},

Thank you for your question about order {{order_id}}.

The order is due to arrive by {{delivery_date}}, the latest delivery date shown for it in Your Orders on Amazon. Delivery to your area usually takes {{min_days}}–{{max_days}} days from dispatch.

If it has not arrived by {{delivery_date}}, please reply to this message and we will look into it straight away.

Best regards,
{{seller_name}}
{{store_name}}''')
    s=replace_block(s,'translationZh','''亲爱的 {{buyer_name}}：

感谢您就订单 {{order_id}} 提出的问题。

这笔订单预计最晚在 {{delivery_date}} 前送达，这是亚马逊“我的订单”（Your Orders）里显示的最晚送达日期。寄到您所在地区，通常从发货起需要 {{min_days}}–{{max_days}} 天。

如果到 {{delivery_date}} 还没有收到，请回复这条消息，我们会立即帮您查。

此致
{{seller_name}}
{{store_name}}''')
    s=insert_placeholder(s,'buyer_name',ORDER_PH+'''
  - key: delivery_date
    label: { zh: 最晚送达日期, en: Latest delivery date }
    example: "2026-03-18"
    kind: date
    hint: { zh: 照抄订单详情里显示的最晚预计送达日期，不要自己估。, en: "Copy the latest delivery date shown in the order details; don't estimate your own." }''')
    return s
rw('delivery-time-reply',f)

# 3 exchange-after-dispatch
def f(s):
    s=replace_block(s,'letter','''Dear {{buyer_name}},

Thank you for contacting us about order {{order_id}} ({{product_name}}).

We are sorry, but the order has already been dispatched, so we can no longer change it. When the item arrives, if it does not suit you, you can return it through Your Orders on Amazon for a full refund. If you would prefer an exchange, reply to this message once it arrives and tell us what you need, and we will send a replacement free of charge.

Sincerely,
{{seller_name}}
{{store_name}}''')
    s=replace_block(s,'translationZh','''亲爱的 {{buyer_name}}：

感谢您就订单 {{order_id}}（{{product_name}}）联系我们。

很抱歉，这笔订单已经发出，我们无法再修改。商品到达后如果不合适，您可以在亚马逊“我的订单”（Your Orders）中退货，获得全额退款。如果您更想换货，请在收到后回复这条消息，告诉我们您需要的款式或尺码，我们会免费为您寄出替换的商品。

此致
{{seller_name}}
{{store_name}}''')
    s=insert_placeholder(s,'buyer_name',ORDER_PH)
    return s
rw('exchange-after-dispatch',f)

# 4 return-ask-reason
def f(s):
    s=replace_block(s,'letter','''Dear {{buyer_name}},

We are sorry that the {{product_name}} from order {{order_id}} did not work out for you.

If there was a problem with the item, could you tell us what it was? A photo of the problem would help our quality team prevent it in future orders. Your return and refund do not depend on your answer.

Best regards,
{{seller_name}}
{{store_name}}''')
    s=replace_block(s,'translationZh','''亲爱的 {{buyer_name}}：

很遗憾，订单 {{order_id}} 中的 {{product_name}} 没有让您满意。

如果商品有问题，能否告诉我们是什么问题？如果方便，附一张问题的照片，可以帮助我们的质检团队避免以后的订单再出现同样的问题。您的退货和退款不受是否回复的影响。

此致
{{seller_name}}
{{store_name}}''')
    s=insert_placeholder(s,'product_name',ORDER_PH)
    return s
rw('return-ask-reason',f)

# 5 wrong-address-apology
def f(s):
    s=replace_block(s,'letter','''Dear {{buyer_name}},

We owe you an apology: we made a mistake and sent your order {{order_id}} to the wrong address.

Would you still like to receive the {{product_name}}? If so, we will send it again to your correct address right away and refund {{partial_refund}} for the trouble. If not, we will refund the order in full.

Please reply to this message with your choice. We are sorry for the inconvenience.

Best regards,
{{seller_name}}
{{store_name}}''')
    s=replace_block(s,'translationZh','''亲爱的 {{buyer_name}}：

我们要向您道歉：我们出了错，把您的订单 {{order_id}} 寄到了错误的地址。

您还需要这件 {{product_name}} 吗？如果需要，我们会立即按正确的地址重新寄出，并退还 {{partial_refund}} 作为补偿。如果不需要，我们会为这笔订单全额退款。

请回复这条消息告诉我们您的选择。给您带来不便，非常抱歉。

此致
{{seller_name}}
{{store_name}}''')
    return s
rw('wrong-address-apology',f)

# 6 shipping-status-reply
def f(s):
    s=replace_block(s,'letter','''Dear {{buyer_name}},

Thank you for your message about order {{order_id}}, and we are sorry for the wait.

We have checked the tracking (number {{tracking_number}}): the parcel is on its way to you and has now reached {{package_location}}.

International tracking is not always updated promptly, and delivery usually takes {{min_days}}–{{max_days}} days. We will keep checking the parcel and write to you as soon as there is news. If it has not arrived by the latest delivery date shown in Your Orders, please reply to this message and we will put it right.

Best regards,
{{seller_name}}
{{store_name}}''')
    s=replace_block(s,'translationZh','''亲爱的 {{buyer_name}}：

感谢您就订单 {{order_id}} 发来消息，让您久等了，非常抱歉。

我们查过物流（运单号 {{tracking_number}}）：包裹正在寄往您的途中，目前已到达 {{package_location}}。

国际物流信息的更新不一定及时，通常需要 {{min_days}}–{{max_days}} 天送达。我们会继续跟踪包裹，一有消息就告诉您。如果到“我的订单”（Your Orders）中显示的最晚送达日期还没有收到，请回复这条消息，我们会为您妥善解决。

此致
{{seller_name}}
{{store_name}}''')
    s=insert_placeholder(s,'buyer_name',ORDER_PH)
    return s
rw('shipping-status-reply',f)

# 7 replacement-shipped-notice
def f(s):
    s=replace_block(s,'letter','''Dear {{buyer_name}},

As agreed in our messages about order {{order_id}}, we have sent you a replacement:

{{product_name}} ({{replacement_details}})

Carrier: {{carrier_name}}, tracking number {{tracking_number}}. It should reach you in {{delivery_min_days}} to {{delivery_max_days}} days.

If anything is wrong with the replacement when it arrives, please reply to this message.

Best regards,
{{seller_name}}
{{store_name}}''')
    s=replace_block(s,'translationZh','''亲爱的 {{buyer_name}}：

按照我们就订单 {{order_id}} 的沟通，我们已经为您寄出补发的商品：

{{product_name}}（{{replacement_details}}）

物流商：{{carrier_name}}，运单号 {{tracking_number}}。预计 {{delivery_min_days}} 到 {{delivery_max_days}} 天送达。

收到后如果补发的商品有任何问题，请回复这条消息。

此致
{{seller_name}}
{{store_name}}''')
    return s
rw('replacement-shipped-notice',f)
print('ok')
