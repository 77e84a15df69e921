// @generated from spec/messages/zh-Hans.yaml by tools/generator — DO NOT EDIT.
// Edit the spec and run `npm run generate` instead.
import type { SiteLocale } from '../types.js';

export const LOCALE: SiteLocale = {
  "locale": "zh-Hans",
  "name": "简体中文",
  "rows": {
    "5.CONNACK.Success": {
      "title": "连接成功",
      "message": "服务器已接受连接。",
      "hint": "无需处理。可通过 Session Present 判断之前的会话是否已恢复。"
    },
    "5.CONNACK.UnspecifiedError": {
      "title": "连接被拒绝（未说明原因）",
      "message": "服务器拒绝了连接，但未说明具体原因。",
      "hint": "请查看原因字符串或服务器日志以确定原因。"
    },
    "5.CONNACK.MalformedPacket": {
      "title": "CONNECT 报文格式错误",
      "message": "服务器无法解析 CONNECT 报文，因此拒绝了连接。",
      "hint": "请检查客户端 ID、用户名、遗嘱消息的主题名和 User Property 中是否含有无效的 UTF-8 或 U+0000 字符，两者都会使报文格式错误。如果都没有问题，多半是客户端库对 CONNECT 的编码有误，请更新客户端库。"
    },
    "5.CONNACK.ProtocolError": {
      "title": "协议错误",
      "message": "CONNECT 报文违反了协议规则，因此服务器拒绝了连接。",
      "hint": "请检查连接选项中是否有无效的值或组合，并确认客户端库完整支持 MQTT 5.0。"
    },
    "5.CONNACK.ImplementationSpecificError": {
      "title": "实现特定的错误",
      "message": "服务器因其实现特定的原因拒绝了连接。",
      "hint": "请查看原因字符串、服务器日志和服务器文档。"
    },
    "5.CONNACK.UnsupportedProtocolVersion": {
      "title": "不支持的协议版本",
      "message": "服务器不支持客户端请求的 MQTT 版本，因此拒绝了连接。",
      "hint": "请将客户端的协议版本设为服务器支持的版本，或升级服务器。"
    },
    "5.CONNACK.ClientIdentifierNotValid": {
      "title": "客户端 ID 被拒绝",
      "message": "服务器不接受此客户端 ID，因此拒绝了连接。",
      "hint": "请按服务器对长度和可用字符的要求检查客户端 ID。只有在服务器会分配客户端 ID 时，才能使用空的客户端 ID。"
    },
    "5.CONNACK.BadUserNameOrPassword": {
      "title": "用户名或密码错误",
      "message": "服务器不接受该用户名或密码，因此拒绝了连接。",
      "hint": "请检查客户端中设置的用户名和密码，并确认该账号在服务器上存在。如果密码是令牌，它可能已经过期，请获取新的令牌。"
    },
    "5.CONNACK.NotAuthorized": {
      "title": "无权连接",
      "message": "服务器不允许此客户端连接。",
      "hint": "请先检查用户名和密码：有些服务器（例如 mosquitto）会用此代码回应错误的凭证。如果凭证无误，请联系管理员允许该用户名或客户端 ID 连接。"
    },
    "5.CONNACK.ServerUnavailable": {
      "title": "服务器不可用",
      "message": "服务器当前不可用，因此拒绝了连接。",
      "hint": "请等待一段时间后重试，并在每次失败后延长等待时间。如果问题持续，请检查服务器的运行状态。"
    },
    "5.CONNACK.ServerBusy": {
      "title": "服务器繁忙",
      "message": "服务器当前过于繁忙，无法接受连接。",
      "hint": "请稍后重试，并逐次延长每次重试前的等待时间。"
    },
    "5.CONNACK.Banned": {
      "title": "客户端已被封禁",
      "message": "此客户端已被封禁，因此服务器拒绝了连接。",
      "hint": "请停止自动连接；封禁期间任何尝试都不会成功。请联系管理员，了解封禁的原因以及如何解除封禁。"
    },
    "5.CONNACK.BadAuthenticationMethod": {
      "title": "认证方法错误",
      "message": "服务器不支持客户端请求的认证方法，因此拒绝了连接。",
      "hint": "请改用服务器支持的认证方法，或改用用户名和密码连接。"
    },
    "5.CONNACK.TopicNameInvalid": {
      "title": "遗嘱消息的主题名无效",
      "message": "服务器不接受遗嘱消息的主题名，因此拒绝了连接。",
      "hint": "请按服务器对主题名的规则检查遗嘱消息的主题名，例如允许的前缀、长度，以及通常被服务器保留的以“$”开头的主题。主题名也不能为空，不能包含“+”或“#”。"
    },
    "5.CONNACK.PacketTooLarge": {
      "title": "CONNECT 报文过大",
      "message": "CONNECT 报文超过了服务器允许的大小，因此服务器拒绝了连接。",
      "hint": "请缩小遗嘱消息的载荷、User Property 或认证数据。"
    },
    "5.CONNACK.QuotaExceeded": {
      "title": "超出配额",
      "message": "此客户端或账号的某项配额已用尽，因此服务器拒绝了连接。",
      "hint": "请等待后重试，并在每次失败后延长等待时间；随着连接关闭或用量周期重置，配额会重新空出。如果问题持续，请关闭不再需要的连接，或请管理员提高配额。"
    },
    "5.CONNACK.PayloadFormatInvalid": {
      "title": "载荷格式不符",
      "message": "遗嘱消息的载荷与其 Payload Format Indicator 声明的格式不符，因此服务器拒绝了连接。",
      "hint": "标记为 UTF-8 的载荷必须是有效的 UTF-8 文本。请修正载荷，或去掉该标记。"
    },
    "5.CONNACK.RetainNotSupported": {
      "title": "不支持保留消息",
      "message": "遗嘱消息被设为保留消息，而服务器不支持保留消息，因此拒绝了连接。",
      "hint": "请清除遗嘱消息的保留标志。"
    },
    "5.CONNACK.QoSNotSupported": {
      "title": "不支持该 QoS",
      "message": "遗嘱消息的 QoS 高于服务器支持的等级，因此服务器拒绝了连接。",
      "hint": "请将遗嘱消息的 QoS 降到服务器支持的等级。"
    },
    "5.CONNACK.UseAnotherServer": {
      "title": "使用其他服务器",
      "message": "服务器拒绝了连接，并要求客户端暂时改用其他服务器（{serverReference}）。",
      "hint": "请连接消息中指定的服务器（指定了多个时，连接其中任意一个即可），或预先配置的备用服务器。这一变更是临时的，请保留原来的地址。如果没有指定服务器，请稍后重试当前服务器，并在每次失败后延长等待时间。"
    },
    "5.CONNACK.ServerMoved": {
      "title": "服务器已迁移",
      "message": "服务器已永久迁移，因此拒绝了连接，并要求客户端今后改用新服务器（{serverReference}）。",
      "hint": "请将客户端的配置改为消息中指定的服务器。如果没有指定服务器，请向服务器的管理员询问新地址；在此之前，请稍后重试当前服务器，并在每次失败后延长等待时间。"
    },
    "5.CONNACK.ConnectionRateExceeded": {
      "title": "超出连接速率",
      "message": "此客户端连接过于频繁，因此服务器拒绝了连接。",
      "hint": "请等待一段时间后再重连，并在每次失败后延长等待时间。"
    },
    "5.PUBACK.Success": {
      "title": "发布已确认",
      "message": "发布的接收方已接受这条 QoS 1 消息。",
      "hint": "无需处理。"
    },
    "5.PUBACK.NoMatchingSubscribers": {
      "title": "没有匹配的订阅者",
      "message": "服务器已接受消息，但没有订阅与其主题匹配。",
      "hint": "这不是错误。如果本应有订阅者，请检查主题名。"
    },
    "5.PUBACK.UnspecifiedError": {
      "title": "发布被拒绝（未说明原因）",
      "message": "发布的接收方拒绝了此次发布，但未说明具体原因。",
      "hint": "请查看原因字符串或接收方的日志。"
    },
    "5.PUBACK.ImplementationSpecificError": {
      "title": "实现特定的错误",
      "message": "发布的接收方因其实现特定的原因拒绝了此次发布。",
      "hint": "请查看原因字符串或接收方的文档。"
    },
    "5.PUBACK.NotAuthorized": {
      "title": "无权发布",
      "message": "发送方无权向该主题发布，因此接收方拒绝了此次发布。",
      "hint": "请联系管理员授予该主题的发布权限。"
    },
    "5.PUBACK.TopicNameInvalid": {
      "title": "主题名无效",
      "message": "接收方不接受该主题名，因此拒绝了此次发布。",
      "hint": "请按接收方的规则检查主题名，例如必需的前缀、长度、层级数量，以及通常被服务器保留的以“$”开头的主题。"
    },
    "5.PUBACK.PacketIdentifierInUse": {
      "title": "报文标识符已被占用",
      "message": "该报文标识符已被占用，因此接收方拒绝了此次发布。",
      "hint": "这通常是客户端库的缺陷或会话状态不一致所致。请使用未被占用的报文标识符发送这条消息。将 Clean Start 设为 1 建立新连接也能解决，但会丢弃会话及其中的订阅和排队的消息。"
    },
    "5.PUBACK.QuotaExceeded": {
      "title": "超出配额",
      "message": "某项配额已用尽，因此接收方拒绝了此次发布。",
      "hint": "请等待后再次发布，并在每次失败后延长等待时间。如果问题持续，请降低发布频率或数据量，或请管理员提高配额。"
    },
    "5.PUBACK.PayloadFormatInvalid": {
      "title": "载荷格式不符",
      "message": "载荷与其 Payload Format Indicator 声明的格式不符，因此接收方拒绝了此次发布。",
      "hint": "标记为 UTF-8 的载荷必须是有效的 UTF-8 文本。请修正载荷，或去掉该标记。"
    },
    "5.PUBREC.Success": {
      "title": "发布已收到",
      "message": "发布的接收方已接受这条 QoS 2 消息，交互将以 PUBREL 继续。",
      "hint": "无需处理。"
    },
    "5.PUBREC.NoMatchingSubscribers": {
      "title": "没有匹配的订阅者",
      "message": "服务器已接受消息，但没有订阅与其主题匹配。",
      "hint": "这不是错误。如果本应有订阅者，请检查主题名。"
    },
    "5.PUBREC.UnspecifiedError": {
      "title": "发布被拒绝（未说明原因）",
      "message": "发布的接收方拒绝了此次发布，但未说明具体原因。",
      "hint": "请查看原因字符串或接收方的日志。"
    },
    "5.PUBREC.ImplementationSpecificError": {
      "title": "实现特定的错误",
      "message": "发布的接收方因其实现特定的原因拒绝了此次发布。",
      "hint": "请查看原因字符串或接收方的文档。"
    },
    "5.PUBREC.NotAuthorized": {
      "title": "无权发布",
      "message": "发送方无权向该主题发布，因此接收方拒绝了此次发布。",
      "hint": "请联系管理员授予该主题的发布权限。"
    },
    "5.PUBREC.TopicNameInvalid": {
      "title": "主题名无效",
      "message": "接收方不接受该主题名，因此拒绝了此次发布。",
      "hint": "请按接收方的规则检查主题名，例如必需的前缀、长度、层级数量，以及通常被服务器保留的以“$”开头的主题。"
    },
    "5.PUBREC.PacketIdentifierInUse": {
      "title": "报文标识符已被占用",
      "message": "该报文标识符已被占用，因此接收方拒绝了此次发布。",
      "hint": "这通常是客户端库的缺陷或会话状态不一致所致。请使用未被占用的报文标识符发送这条消息。将 Clean Start 设为 1 建立新连接也能解决，但会丢弃会话及其中的订阅和排队的消息。"
    },
    "5.PUBREC.QuotaExceeded": {
      "title": "超出配额",
      "message": "某项配额已用尽，因此接收方拒绝了此次发布。",
      "hint": "请等待后再次发布，并在每次失败后延长等待时间。如果问题持续，请降低发布频率或数据量，或请管理员提高配额。"
    },
    "5.PUBREC.PayloadFormatInvalid": {
      "title": "载荷格式不符",
      "message": "载荷与其 Payload Format Indicator 声明的格式不符，因此接收方拒绝了此次发布。",
      "hint": "标记为 UTF-8 的载荷必须是有效的 UTF-8 文本。请修正载荷，或去掉该标记。"
    },
    "5.PUBREL.Success": {
      "title": "发布已释放",
      "message": "发布方已确认 PUBREC，并释放了这条 QoS 2 消息。",
      "hint": "无需处理。接收方将以 PUBCOMP 结束此次交互。"
    },
    "5.PUBREL.PacketIdentifierNotFound": {
      "title": "未知的报文标识符",
      "message": "发布方无法识别它收到的 PUBREC 中的报文标识符。",
      "hint": "如果刚刚重连并恢复了会话，这并无害处：对方已经完成了这次交互。其他时候则说明双方的会话状态不一致，QoS 2 消息可能丢失或重复；请比较双方的日志，并确认双方都保留了会话（Clean Start 为 0，Session Expiry Interval 大于 0，且服务器重启后仍保留会话）。"
    },
    "5.PUBCOMP.Success": {
      "title": "发布已完成",
      "message": "发布的接收方已完成 QoS 2 交互，报文标识符已释放。",
      "hint": "无需处理。"
    },
    "5.PUBCOMP.PacketIdentifierNotFound": {
      "title": "未知的报文标识符",
      "message": "发布的接收方无法识别它收到的 PUBREL 中的报文标识符。",
      "hint": "如果刚刚重连并恢复了会话，这并无害处：对方已经完成了这次交互。其他时候则说明双方的会话状态不一致，QoS 2 消息可能丢失或重复；请比较双方的日志，并确认双方都保留了会话（Clean Start 为 0，Session Expiry Interval 大于 0，且服务器重启后仍保留会话）。"
    },
    "5.SUBACK.GrantedQoS0": {
      "title": "订阅成功，最大 QoS 0",
      "message": "服务器已接受订阅，最大 QoS 为 0。",
      "hint": "如果请求的是 QoS 1 或 QoS 2，服务器已将其降低，消息的投递将没有保证。"
    },
    "5.SUBACK.GrantedQoS1": {
      "title": "订阅成功，最大 QoS 1",
      "message": "服务器已接受订阅，最大 QoS 为 1。",
      "hint": "如果请求的是 QoS 2，服务器已将其降低，消息可能会重复到达。"
    },
    "5.SUBACK.GrantedQoS2": {
      "title": "订阅成功，最大 QoS 2",
      "message": "服务器已接受订阅，最大 QoS 为 2。",
      "hint": "无需处理。"
    },
    "5.SUBACK.UnspecifiedError": {
      "title": "订阅被拒绝（未说明原因）",
      "message": "服务器拒绝了此订阅，但未说明具体原因。",
      "hint": "请查看原因字符串或服务器日志以确定原因。"
    },
    "5.SUBACK.ImplementationSpecificError": {
      "title": "实现特定的错误",
      "message": "服务器因其实现特定的原因拒绝了此订阅。",
      "hint": "请查看原因字符串、服务器日志和服务器文档。"
    },
    "5.SUBACK.NotAuthorized": {
      "title": "无权订阅",
      "message": "客户端无权订阅该主题过滤器，因此服务器拒绝了此订阅。",
      "hint": "请联系管理员授予该主题过滤器的订阅权限。"
    },
    "5.SUBACK.TopicFilterInvalid": {
      "title": "主题过滤器无效",
      "message": "主题过滤器无效或不被允许，因此服务器拒绝了此订阅。",
      "hint": "请检查语法以及服务器对此客户端的规则。“+”和“#”必须各自占据整个层级，“#”只能位于最后一级；服务器还可能限制前缀、长度和层级数量。"
    },
    "5.SUBACK.PacketIdentifierInUse": {
      "title": "报文标识符已被占用",
      "message": "该 SUBSCRIBE 的报文标识符已被占用，因此服务器拒绝了它。",
      "hint": "这通常是客户端库的缺陷。请使用未被占用的报文标识符发送请求。将 Clean Start 设为 1 建立新连接也能解决，但会丢弃会话及其中的订阅和排队的消息。"
    },
    "5.SUBACK.QuotaExceeded": {
      "title": "超出配额",
      "message": "某项配额（例如订阅数量）已用尽，因此服务器拒绝了此订阅。",
      "hint": "请等待后再次订阅，并在每次失败后延长等待时间。如果问题持续，请取消不再需要的订阅，或请管理员提高配额。"
    },
    "5.SUBACK.SharedSubscriptionsNotSupported": {
      "title": "不支持共享订阅",
      "message": "服务器不支持共享订阅，因此拒绝了此订阅。",
      "hint": "请去掉“$share/”前缀后再订阅，或改用支持共享订阅的服务器。去掉“$share/”后，每个订阅者都会收到全部消息，而不再分摊。"
    },
    "5.SUBACK.SubscriptionIdentifiersNotSupported": {
      "title": "不支持订阅标识符",
      "message": "服务器不支持订阅标识符，因此拒绝了此订阅。",
      "hint": "订阅时请不要带订阅标识符。"
    },
    "5.SUBACK.WildcardSubscriptionsNotSupported": {
      "title": "不支持通配符",
      "message": "服务器不支持在主题过滤器中使用通配符，因此拒绝了此订阅。",
      "hint": "请不要使用“+”或“#”，改为逐个订阅各主题名。"
    },
    "5.UNSUBACK.Success": {
      "title": "已取消订阅",
      "message": "服务器已删除该订阅。",
      "hint": "无需处理。"
    },
    "5.UNSUBACK.NoSubscriptionExisted": {
      "title": "订阅不存在",
      "message": "服务器没有找到该主题过滤器对应的订阅，因此没有删除任何订阅。",
      "hint": "这不是错误。如果本应存在订阅，请使用与订阅时完全相同的主题过滤器。"
    },
    "5.UNSUBACK.UnspecifiedError": {
      "title": "取消订阅被拒绝（未说明原因）",
      "message": "服务器拒绝了此次取消订阅，但未说明具体原因。",
      "hint": "请查看原因字符串或服务器日志。该订阅可能仍然有效。"
    },
    "5.UNSUBACK.ImplementationSpecificError": {
      "title": "实现特定的错误",
      "message": "服务器因其实现特定的原因拒绝了此次取消订阅。",
      "hint": "请查看原因字符串或服务器文档。该订阅可能仍然有效。"
    },
    "5.UNSUBACK.NotAuthorized": {
      "title": "无权取消订阅",
      "message": "客户端无权取消订阅该主题过滤器，因此服务器拒绝了此次取消订阅。",
      "hint": "请联系管理员检查此客户端对该主题过滤器的权限。"
    },
    "5.UNSUBACK.TopicFilterInvalid": {
      "title": "主题过滤器无效",
      "message": "主题过滤器无效或不允许此客户端使用，因此服务器拒绝了此次取消订阅。",
      "hint": "请检查主题过滤器的语法，以及服务器对此客户端的规则，例如允许的前缀、长度和层级数量。只是没有匹配任何订阅的主题过滤器会得到 0x11，而不是此代码。"
    },
    "5.UNSUBACK.PacketIdentifierInUse": {
      "title": "报文标识符已被占用",
      "message": "该 UNSUBSCRIBE 的报文标识符已被占用，因此服务器拒绝了它。",
      "hint": "这通常是客户端库的缺陷。请使用未被占用的报文标识符发送请求。将 Clean Start 设为 1 建立新连接也能解决，但会丢弃会话及其中的订阅和排队的消息。"
    },
    "5.DISCONNECT.NormalDisconnection": {
      "title": "正常断开连接",
      "message": "连接已正常断开，没有发生错误。",
      "hint": "无需处理。客户端发送此代码时，服务器会丢弃其遗嘱消息。"
    },
    "5.DISCONNECT.DisconnectWithWillMessage": {
      "title": "断开连接并发布遗嘱消息",
      "message": "客户端断开了连接，并要求服务器发布其遗嘱消息。",
      "hint": "无需处理。订阅者会收到遗嘱消息；如果设置了 Will Delay Interval，则在该间隔之后收到。"
    },
    "5.DISCONNECT.UnspecifiedError": {
      "title": "因错误断开连接（未说明原因）",
      "message": "连接已断开，但断开连接的一方未说明具体原因。",
      "hint": "请查看原因字符串以及双方的日志。"
    },
    "5.DISCONNECT.MalformedPacket": {
      "title": "报文格式错误",
      "message": "一方收到了无法解析的报文，因此断开了连接。",
      "hint": "对方构造的报文违反了编码规则，常见原因是字符串含有无效的 UTF-8 或 U+0000，或者长度错误。请在日志中找出该报文，并更新发送该报文一方的软件库。"
    },
    "5.DISCONNECT.ProtocolError": {
      "title": "协议错误",
      "message": "一方发现对方违反了协议规则，因此断开了连接。",
      "hint": "请在日志中找出引发问题的报文。如果此代码由服务器发送，说明客户端违反了规则，更新客户端库通常可以解决；如果由客户端发送，则是服务器违反了规则。"
    },
    "5.DISCONNECT.ImplementationSpecificError": {
      "title": "实现特定的错误",
      "message": "断开连接的一方因其实现特定的原因断开了连接。",
      "hint": "请查看原因字符串，或断开连接一方的文档。"
    },
    "5.DISCONNECT.NotAuthorized": {
      "title": "未授权",
      "message": "客户端发出了无权执行的请求，因此服务器断开了连接。",
      "hint": "请在日志中找出被拒绝的请求，并请管理员授予它所需的权限。"
    },
    "5.DISCONNECT.ServerBusy": {
      "title": "服务器繁忙",
      "message": "服务器过于繁忙，因此断开了连接。",
      "hint": "请稍后重连，并逐次延长每次重连前的等待时间。"
    },
    "5.DISCONNECT.ServerShuttingDown": {
      "title": "服务器正在关闭",
      "message": "服务器正在关闭，因此断开了连接。",
      "hint": "请等待后重连，并在每次失败后延长等待时间；如有其他可用的服务器，也可以改连其他服务器。"
    },
    "5.DISCONNECT.BadAuthenticationMethod": {
      "title": "认证方法错误",
      "message": "重新认证时使用了与连接时不同的认证方法，或服务器不支持的认证方法，因此服务器断开了连接。",
      "hint": "请使用客户端连接时所用的认证方法重新认证。"
    },
    "5.DISCONNECT.KeepAliveTimeout": {
      "title": "保活超时",
      "message": "服务器在保活时间的 1.5 倍内没有收到客户端的任何报文，因此断开了连接。",
      "hint": "请重连，然后确保客户端按时发送 PINGREQ，排查事件循环阻塞或网络停顿。如果 CONNACK 中带有 Server Keep Alive，则以该值代替客户端设置的值。"
    },
    "5.DISCONNECT.SessionTakenOver": {
      "title": "会话被接管",
      "message": "另一个使用相同客户端 ID 的连接接管了会话，因此服务器断开了此连接。",
      "hint": "不要用同一个客户端 ID 自动重连：共用一个客户端 ID 的两个连接会不断地从对方手中夺走会话。请为每个客户端使用唯一的客户端 ID。"
    },
    "5.DISCONNECT.TopicFilterInvalid": {
      "title": "主题过滤器无效",
      "message": "客户端发送了服务器不接受的主题过滤器，因此服务器断开了连接。",
      "hint": "请检查客户端订阅和取消订阅时所用主题过滤器的语法（“+”和“#”占据整个层级，“#”只能位于最后一级），以及服务器对此客户端的规则，例如允许的前缀、长度和层级数量。"
    },
    "5.DISCONNECT.TopicNameInvalid": {
      "title": "主题名无效",
      "message": "一方收到的发布带有它不接受的主题名，因此断开了连接。",
      "hint": "请按接收方的规则检查所发布的主题名，例如前缀、长度，以及通常被服务器保留的以“$”开头的主题。主题名也不能包含“+”或“#”。"
    },
    "5.DISCONNECT.ReceiveMaximumExceeded": {
      "title": "超出 Receive Maximum",
      "message": "一方收到的未确认 QoS 1 和 QoS 2 消息超过了自身的 Receive Maximum，因此断开了连接。",
      "hint": "请将未确认的 QoS 1 和 QoS 2 消息数量控制在对方的 Receive Maximum 以内。这通常说明存在缺陷：如果此代码由服务器发送，缺陷在客户端库中；如果由客户端发送，缺陷在服务器中。"
    },
    "5.DISCONNECT.TopicAliasInvalid": {
      "title": "主题别名无效",
      "message": "一方收到了为 0、过大或从未设置的主题别名，因此断开了连接。",
      "hint": "请将主题别名控制在对方的 Topic Alias Maximum 以内，并在每次建立新连接后重新设置。"
    },
    "5.DISCONNECT.PacketTooLarge": {
      "title": "报文过大",
      "message": "一方收到了超过自身 Maximum Packet Size 的报文，因此断开了连接。",
      "hint": "请让每个报文（包括载荷和属性）都不超过对方的 Maximum Packet Size。"
    },
    "5.DISCONNECT.MessageRateTooHigh": {
      "title": "消息速率过高",
      "message": "一方收到消息的速度超过了它允许的速率，因此断开了连接。",
      "hint": "如果此代码由服务器发送，请等待后重连，并在每次失败后延长等待时间，同时降低发布频率，或请管理员提高速率上限。如果由客户端发送，说明服务器投递消息的速度超过了客户端允许的速率，请检查客户端的限制。"
    },
    "5.DISCONNECT.QuotaExceeded": {
      "title": "超出配额",
      "message": "对方超出了配额，施加该配额的一方因此断开了连接。",
      "hint": "如果此代码由服务器发送，请等待后重连，并在每次失败后延长等待时间，同时减少连接、消息或数据的用量；如果问题持续，请管理员提高配额。如果由客户端发送，请检查客户端中配置的限制。"
    },
    "5.DISCONNECT.AdministrativeAction": {
      "title": "因管理操作断开连接",
      "message": "管理员或管理程序在断开连接的一方终止了此连接。",
      "hint": "等待一段时间后重连是安全的：如果客户端应继续被拒绝，下一次 CONNACK 会说明（0x8A 客户端已被封禁，或 0x87 无权连接）。每次尝试后请延长等待时间。如果这次断开出乎意料，请联系断开连接一方的管理员。"
    },
    "5.DISCONNECT.PayloadFormatInvalid": {
      "title": "载荷格式不符",
      "message": "一方收到的载荷与其 Payload Format Indicator 声明的格式不符，因此断开了连接。",
      "hint": "标记为 UTF-8 的载荷必须是有效的 UTF-8 文本。请修正载荷，或去掉该标记。"
    },
    "5.DISCONNECT.RetainNotSupported": {
      "title": "不支持保留消息",
      "message": "客户端发布了保留消息，而服务器不支持保留消息，因此断开了连接。",
      "hint": "请查看 CONNACK 中的 Retain Available，并在发布时不设置保留标志。"
    },
    "5.DISCONNECT.QoSNotSupported": {
      "title": "不支持该 QoS",
      "message": "客户端发布时使用的 QoS 高于服务器支持的等级，因此服务器断开了连接。",
      "hint": "请查看 CONNACK 中的 Maximum QoS，并以该 QoS 或更低的 QoS 发布。"
    },
    "5.DISCONNECT.UseAnotherServer": {
      "title": "使用其他服务器",
      "message": "服务器断开了连接，并要求客户端暂时改用其他服务器（{serverReference}）。",
      "hint": "请连接消息中指定的服务器（指定了多个时，连接其中任意一个即可），或预先配置的备用服务器。这一变更是临时的，请保留原来的地址。如果没有指定服务器，请稍后重试当前服务器，并在每次失败后延长等待时间。"
    },
    "5.DISCONNECT.ServerMoved": {
      "title": "服务器已迁移",
      "message": "服务器已永久迁移，因此断开了连接，并要求客户端今后改用新服务器（{serverReference}）。",
      "hint": "请将客户端的配置改为消息中指定的服务器。如果没有指定服务器，请向服务器的管理员询问新地址；在此之前，请稍后重试当前服务器，并在每次失败后延长等待时间。"
    },
    "5.DISCONNECT.SharedSubscriptionsNotSupported": {
      "title": "不支持共享订阅",
      "message": "客户端请求了共享订阅，而服务器不支持共享订阅，因此断开了连接。",
      "hint": "请查看 CONNACK 中的 Shared Subscription Available，并在订阅时不使用“$share/”。这样每个订阅者都会收到全部消息，而不再分摊。"
    },
    "5.DISCONNECT.ConnectionRateExceeded": {
      "title": "超出连接速率",
      "message": "此客户端连接过于频繁，因此服务器断开了连接。",
      "hint": "请等待一段时间后再重连，并在每次失败后延长等待时间。"
    },
    "5.DISCONNECT.MaximumConnectTime": {
      "title": "已达到最长连接时间",
      "message": "客户端已达到允许保持连接的最长时间，因此服务器断开了连接。",
      "hint": "如有需要，请重连。该限制来自服务器的配置。"
    },
    "5.DISCONNECT.SubscriptionIdentifiersNotSupported": {
      "title": "不支持订阅标识符",
      "message": "客户端使用了订阅标识符，而服务器不支持订阅标识符，因此断开了连接。",
      "hint": "请查看 CONNACK 中的 Subscription Identifiers Available，并在订阅时不使用订阅标识符。"
    },
    "5.DISCONNECT.WildcardSubscriptionsNotSupported": {
      "title": "不支持通配符",
      "message": "客户端使用通配符进行了订阅，而服务器不支持通配符，因此断开了连接。",
      "hint": "请查看 CONNACK 中的 Wildcard Subscription Available，并改为逐个订阅各主题名。"
    },
    "5.AUTH.Success": {
      "title": "认证成功",
      "message": "服务器已接受重新认证。",
      "hint": "无需处理。连接照常继续。"
    },
    "5.AUTH.ContinueAuthentication": {
      "title": "继续认证",
      "message": "发送方需要另一个 AUTH 报文才能继续认证。",
      "hint": "这不是错误。请按认证方法的要求回复下一个 AUTH 报文。"
    },
    "5.AUTH.ReAuthenticate": {
      "title": "开始重新认证",
      "message": "客户端在现有连接上发起了重新认证。",
      "hint": "无需处理。服务器会以 AUTH 回应；如果认证失败，则断开连接。"
    },
    "4.CONNACK.ConnectionAccepted": {
      "title": "连接成功",
      "message": "服务器已接受连接。",
      "hint": "无需处理。可通过 Session Present 判断之前的会话是否已恢复。"
    },
    "4.CONNACK.UnacceptableProtocolVersion": {
      "title": "不支持的协议版本",
      "message": "服务器不支持客户端请求的 MQTT 版本，因此拒绝了连接。",
      "hint": "请将客户端的协议版本设为服务器支持的版本，或升级服务器。"
    },
    "4.CONNACK.IdentifierRejected": {
      "title": "客户端 ID 被拒绝",
      "message": "服务器不接受此客户端 ID，因此拒绝了连接。",
      "hint": "请按服务器对长度和可用字符的要求检查客户端 ID。空的客户端 ID 需要将 Clean Session 设为 1，即便如此，服务器仍可能拒绝。"
    },
    "4.CONNACK.ServerUnavailable": {
      "title": "服务器不可用",
      "message": "服务器有应答，但其 MQTT 服务当前无法接受连接。",
      "hint": "请等待一段时间后重试，并在每次失败后延长等待时间。如果问题持续，请检查服务器的运行状态。"
    },
    "4.CONNACK.BadUserNameOrPassword": {
      "title": "用户名或密码错误",
      "message": "服务器不接受该用户名或密码，因此拒绝了连接。",
      "hint": "请检查客户端中设置的用户名和密码，并确认该账号在服务器上存在。如果密码是令牌，它可能已经过期，请获取新的令牌。"
    },
    "4.CONNACK.NotAuthorized": {
      "title": "无权连接",
      "message": "服务器不允许此客户端连接。",
      "hint": "请先检查用户名和密码：有些服务器（例如 mosquitto）会用此代码回应错误的凭证。如果凭证无误，请联系管理员允许该用户名或客户端 ID 连接。"
    },
    "4.SUBACK.GrantedQoS0": {
      "title": "订阅成功，最大 QoS 0",
      "message": "服务器已接受订阅，最大 QoS 为 0。",
      "hint": "如果请求的是 QoS 1 或 QoS 2，服务器已将其降低，消息的投递将没有保证。"
    },
    "4.SUBACK.GrantedQoS1": {
      "title": "订阅成功，最大 QoS 1",
      "message": "服务器已接受订阅，最大 QoS 为 1。",
      "hint": "如果请求的是 QoS 2，服务器已将其降低，消息可能会重复到达。"
    },
    "4.SUBACK.GrantedQoS2": {
      "title": "订阅成功，最大 QoS 2",
      "message": "服务器已接受订阅，最大 QoS 为 2。",
      "hint": "无需处理。"
    },
    "4.SUBACK.Failure": {
      "title": "订阅失败",
      "message": "服务器拒绝了此订阅。",
      "hint": "MQTT 3.1.1 不提供原因。请检查主题过滤器、客户端的权限和服务器日志。"
    },
    "3.CONNACK.ConnectionAccepted": {
      "title": "连接成功",
      "message": "服务器已接受连接。",
      "hint": "无需处理。"
    },
    "3.CONNACK.UnacceptableProtocolVersion": {
      "title": "不支持的协议版本",
      "message": "服务器不支持客户端请求的 MQTT 版本，因此拒绝了连接。",
      "hint": "请将客户端的协议版本设为服务器支持的版本，或升级服务器。"
    },
    "3.CONNACK.IdentifierRejected": {
      "title": "客户端 ID 被拒绝",
      "message": "服务器不接受此客户端 ID，因此拒绝了连接。",
      "hint": "请使用 1 到 23 个字符的客户端 ID，这是 MQTT 3.1 的要求；服务器会以此代码回应空的或更长的客户端 ID。"
    },
    "3.CONNACK.ServerUnavailable": {
      "title": "服务器不可用",
      "message": "服务器有应答，但其 MQTT 服务当前无法接受连接。",
      "hint": "请等待一段时间后重试，并在每次失败后延长等待时间。如果问题持续，请检查服务器的运行状态。"
    },
    "3.CONNACK.BadUserNameOrPassword": {
      "title": "用户名或密码错误",
      "message": "服务器不接受该用户名或密码，因此拒绝了连接。",
      "hint": "请检查客户端中设置的用户名和密码，并确认该账号在服务器上存在。如果密码是令牌，它可能已经过期，请获取新的令牌。"
    },
    "3.CONNACK.NotAuthorized": {
      "title": "无权连接",
      "message": "服务器不允许此客户端连接。",
      "hint": "请先检查用户名和密码：有些服务器（例如 mosquitto）会用此代码回应错误的凭证。如果凭证无误，请联系管理员允许该用户名或客户端 ID 连接。"
    },
    "3.SUBACK.GrantedQoS0": {
      "title": "订阅成功，最大 QoS 0",
      "message": "服务器已接受订阅，最大 QoS 为 0。",
      "hint": "如果请求的是 QoS 1 或 QoS 2，服务器已将其降低，消息的投递将没有保证。"
    },
    "3.SUBACK.GrantedQoS1": {
      "title": "订阅成功，最大 QoS 1",
      "message": "服务器已接受订阅，最大 QoS 为 1。",
      "hint": "如果请求的是 QoS 2，服务器已将其降低，消息可能会重复到达。"
    },
    "3.SUBACK.GrantedQoS2": {
      "title": "订阅成功，最大 QoS 2",
      "message": "服务器已接受订阅，最大 QoS 为 2。",
      "hint": "无需处理。"
    }
  },
  "actions": {
    "none": {
      "label": "无需处理",
      "description": "该代码表示成功或提供信息，无需任何处理。"
    },
    "reconnect": {
      "label": "重连",
      "description": "该情况只属于这次连接。请立即重连；如果反复出现，请逐次延长等待时间。"
    },
    "back-off": {
      "label": "稍后重试",
      "description": "不做任何修改，稍后也可能成功。请等待后重试，并随每次尝试延长等待时间。"
    },
    "redirect": {
      "label": "改用其他服务器",
      "description": "请连接 Server Reference 中指定的服务器。如果没有指定，请稍后重试当前服务器。"
    },
    "renew-credentials": {
      "label": "更新凭证",
      "description": "请先获取新的用户名、密码或令牌，然后再重连。"
    },
    "ask-permission": {
      "label": "申请权限",
      "description": "必须由管理员授予被拒绝的操作所需的权限；原样重试不会成功。"
    },
    "fix-request": {
      "label": "修正请求",
      "description": "请先修改客户端发送的内容或客户端的配置，然后再重试。"
    },
    "do-not-reconnect": {
      "label": "不要重连",
      "description": "自动重连会让情况更糟，或者无济于事；需要人工处理。"
    },
    "investigate": {
      "label": "调查原因",
      "description": "该代码没有说明原因。请先查看原因字符串和日志，再决定如何处理。"
    }
  },
  "notes": {
    "5.PUBACK.NoMatchingSubscribers": "PUBACK 的表格写明此代码“只由服务器发送”：知道没有订阅与之匹配的服务器可以用它代替 0x00（Success）。",
    "5.PUBREC.NoMatchingSubscribers": "PUBREC 的表格写明此代码“只由服务器发送”（且其名称末尾多了一个句点）：知道没有订阅与之匹配的服务器可以用它代替 0x00（Success）。",
    "5.DISCONNECT.BadAuthenticationMethod": "只有表 2-6 为 DISCONNECT 列出了此代码：断开连接原因码的表格（第 3.14.2.1 节）没有它，因此遵循 MQTT-3.14.2-1 的发送方不会使用它；第 3.15 节还把更换认证方法规定为协议错误（0x82）。但实际的服务器确实会发送它（EMQX 在收到使用其他认证方法的 AUTH 时，mosquitto 在其插件于重新认证时拒绝该认证方法时），所以接收方必须能够解析它；参见 decision disconnect-0x8c。"
  },
  "decisions": {
    "5.disconnect-0x8c": {
      "subject": "DISCONNECT 中的 0x8C Bad authentication method",
      "decision": "将 0x8C 列为 DISCONNECT 中的有效代码，由服务器发送，该行的出处为第 2.4 节（及其锚点），并注明它只出现在表 2-6 中，发送它并不符合规范。",
      "reason": "接收方必须能解析表 2-6 允许某种报文使用的每一个值，而实际的服务器确实会发送这个值：EMQX 用 DISCONNECT 0x8C 回应使用不同认证方法的 AUTH（在第一次交互中则用 CONNACK 0x8C，因为 MQTT-4.12.0-5 在那里同样适用），mosquitto 在其认证插件于重新认证时拒绝该认证方法时发送它。发送则是另一回事：MQTT-3.14.2-1 把 DISCONNECT 限定在表 3-10 之内，第 4.13.1 节和第 3.15 节把认证方法不一致规定为协议错误，mosquitto 对单纯的不一致发送的也正是协议错误。所以解码方列出这一行，而发送方被告知应优先使用 0x82。“只由服务器发送”来自实际观察，而不是规范的文字（表 2-6 没有给出发送方；HiveMQ 的客户端可以发送它）；判断认证的是服务器，所以该行仍以服务器为发送方。",
      "sources": [
        "表 2-6（第 2.4 节）为 CONNACK 和 DISCONNECT 列出了 0x8C。",
        "表 3-10，断开连接原因码的值（第 3.14.2.1 节）没有列出 0x8C，而 MQTT-3.14.2-1 规定 DISCONNECT 的发送方必须使用该表中的某个值。",
        "第 4.13.1 节：除非第 3.14.2.1 节定义了更具体的代码，否则使用 0x81 Malformed Packet 或 0x82 Protocol Error。",
        "第 3.15 节和 MQTT-4.12.0-5：每个 AUTH 都携带与 CONNECT 相同的 Authentication Method；不同的认证方法属于协议错误。",
        "表 3-1（第 3.2.2.2 节）对 0x8C 的描述是：不支持该认证方法，或与当前使用的认证方法不一致。"
      ]
    },
    "5.no-matching-subscribers-sender": {
      "subject": "0x10 No matching subscribers 只由服务器发送",
      "decision": "PUBACK 和 PUBREC 中 0x10 的行只由服务器发送，尽管这两种报文本身是双向的。",
      "reason": "sentBy 按行而不是按报文记录，正是为了让一行可以比它的报文更窄；两个表格中该行本身的文字都把它限定为服务器。因此客户端从不发送它；从客户端的 PUBACK 或 PUBREC 中收到 0x10 的服务器，是在和不符合规范的客户端通信。",
      "sources": [
        "表 3-4（PUBACK，第 3.4.2.1 节）和表 3-5（PUBREC，第 3.5.2.1 节）中 0x10 一行：只由服务器发送。",
        "PUBACK 和 PUBREC 这两种报文由客户端或服务器发送（MQTT-3.4.2-1、MQTT-3.5.2-1）。"
      ]
    },
    "5.per-packet-spellings": {
      "subject": "表 2-6 与各报文表格之间不同的名称",
      "decision": "`name` 始终采用表 2-6 的写法；PUBACK 中 0x91 的行在自己的 `name` 中保留该报文表格的写法（小写 i）。PUBREC 表格中 0x10 末尾的句点按笔误处理，不予照抄，该行的注中会提到它。其余各报文表格中的每一行都与表 2-6 的写法相同。",
      "reason": "spec 文件把表 2-6 的写法记为代码的名称，并在报文表格的措辞或大小写不同时记录其写法；多出来的句点是标点而不是名称，照抄的话会出现在展示给用户的每个标题中。标识符不受影响。",
      "sources": [
        "表 2-6：0x91 Packet Identifier in use；0x10 No matching subscribers。",
        "表 3-4（PUBACK）：0x91 Packet identifier in use（小写 i）。",
        "表 3-5（PUBREC）：0x10 No matching subscribers.（末尾多一个句点）。"
      ]
    },
    "5.prose-spellings": {
      "subject": "规范正文中与表格不同的名称",
      "decision": "以表格为准；DISCONNECT 中的 0x00 是 NormalDisconnection，0x19 是 ReAuthenticate。",
      "reason": "规范在表格中定义这些代码，正文只是引用它们。",
      "sources": [
        "第 3.14.4 节：收到原因码为 0x00（Success）的 DISCONNECT 时，服务器……（表 3-10 和表 2-6 把 DISCONNECT 中的 0x00 称为 Normal disconnection）。",
        "第 4.12.1 节：原因码为 0x19（Re-authentication）的 AUTH 报文（表格中是 Re-authenticate）。",
        "第 4.12 节（MQTT-4.12.0-1）：0x87（Not Authorized）（表格中是 Not authorized）。"
      ]
    },
    "5.connack-to-v311": {
      "subject": "5.0 的连接原因码对应哪个 MQTT 3.1.1 CONNACK 返回码",
      "decision": "0x00 → ConnectionAccepted；0x84 → UnacceptableProtocolVersion；0x85 → IdentifierRejected；0x86 → BadUserNameOrPassword；0x87、0x8A Banned 和 0x8C Bad authentication method → NotAuthorized；0x88，以及使 MQTT 服务对该客户端不可用的服务器状态（0x89 Server busy、0x97 Quota exceeded、0x9C Use another server、0x9D Server moved、0x9F Connection rate exceeded）→ ServerUnavailable。0x80、0x81、0x82、0x83、0x90、0x95、0x99、0x9A 和 0x9B 没有对应的代码。",
      "reason": "只有当某个 3.1.1 的描述涵盖相同的情况时才建立对应。对客户端身份或其权限的拒绝属于“not authorized”（5.0 本身就提供 0x87 来代替 0x8C）；由服务器自身状态引起的拒绝属于“Server unavailable”，这是 3.1.1 中唯一与服务器有关的代码。没有对应的代码涉及 CONNECT 报文本身（格式错误、协议错误、Will Topic、Will Payload、Will Retain、Will QoS、大小），或者根本不给出原因；3.1.1 没有对应的返回码，其规则规定 3.1.1 服务器在这种情况下不发送 CONNACK 而直接关闭连接。",
      "sources": [
        "MQTT 3.1.1 表 3.1（第 3.2.2.3 节）：0 Connection Accepted，1 unacceptable protocol version，2 identifier rejected，3 Server unavailable（已建立网络连接，但 MQTT 服务不可用），4 bad user name or password，5 not authorized。",
        "MQTT 3.1.1 的 MQTT-3.2.2-6：如果表 3.1 中没有适用的返回码，服务器必须在不发送 CONNACK 的情况下关闭网络连接。",
        "MQTT 3.1.1 的 MQTT-3.1.4-1：对不符合规范的 CONNECT，以不发送 CONNACK 直接关闭网络连接来回应。",
        "MQTT 5.0 的 MQTT-4.12.0-1：不支持该 Authentication Method 的服务器可以发送 0x8C（Bad authentication method）或 0x87（Not Authorized）。"
      ]
    },
    "5.suback-to-v311": {
      "subject": "5.0 的订阅原因码对应哪个 MQTT 3.1.1 SUBACK 返回码",
      "decision": "GrantedQoS0/1/2 对应 GrantedQoS0/1/2；每个 SUBACK 失败码（0x80 及以上）都对应 Failure。",
      "reason": "3.1.1 的 SUBACK 只有一个失败码，以及相同的三个授予 QoS 的值。",
      "sources": [
        "MQTT 3.1.1 第 3.9.3 节：允许的返回码为 0x00、0x01、0x02（成功，最大 QoS 0、1、2）和 0x80（失败）。",
        "MQTT 5.0 表 3-8（第 3.9.3 节）：0x00 至 0x02 为 Granted QoS 0 至 2；其他值都在 0x80 及以上。"
      ]
    },
    "5.action-packet-identifier-in-use": {
      "subject": "0x91 Packet Identifier in use 是 fix-request，不可重试",
      "decision": "0x91 在 PUBACK、PUBREC、SUBACK 和 UNSUBACK 中是 fix-request。",
      "reason": "重复同一个报文无济于事：问题出在报文标识符上，而被拒绝的 PUBLISH 从不重发（MQTT-4.4.0-2）。有用的是修改后的请求（一个未被占用的报文标识符）或改变后的会话（Clean Start 为 1，会丢弃会话），两者都是客户端必须做出的修改，这正是 fix-request 的含义。",
      "sources": [
        "第 2.4 节关于 0x91 的非规范性说明：修复状态，或将 Clean Start 设为 1 以重置会话，或判断客户端或服务器的实现是否有缺陷。",
        "MQTT-4.4.0-2：以 0x80 及以上的 PUBACK 或 PUBREC 原因码回应的 PUBLISH 不会被重传。"
      ]
    },
    "5.action-quota-exceeded": {
      "subject": "0x97 Quota exceeded 是 back-off",
      "decision": "0x97 在 CONNACK、PUBACK、PUBREC、SUBACK 和 DISCONNECT 中是 back-off。",
      "reason": "配额按时间段或按占用量计算（每个周期的消息数、连接数、存储的消息），所以一旦计数下降，同一操作不需要客户端做任何修改就可能成功。永远不会空出的配额需要管理员提高；对于 back-off 一再失败的情况，处理建议会这样说明。",
      "sources": [
        "表 2-6：0x97 Quota exceeded，超出了实现或管理施加的限制。"
      ]
    },
    "5.action-administrative-action": {
      "subject": "0x98 Administrative action 是 back-off",
      "decision": "DISCONNECT 0x98 是 back-off。",
      "reason": "该代码说明管理员或管理程序采取了行动，而不是说客户端不能再回来。等待一段时间后重连是安全的：长期的封锁会由下一次 CONNACK 以 0x8A Banned 或 0x87 Not authorized 回应，这两者自己的处理方式会停止重连。立即重连会与仍在操作的管理员（例如正在排空某个节点）相冲突，因此是 back-off 而不是 reconnect。",
      "sources": [
        "表 3-10：0x98 由于管理操作，连接被关闭。",
        "表 3-1：0x8A Banned，客户端无权连接；0x87 Not authorized。"
      ]
    },
    "5.action-redirect-without-reference": {
      "subject": "没有 Server Reference 的 0x9C 和 0x9D",
      "decision": "这些行是 redirect。没有携带 Server Reference 的 0x9C 或 0x9D 按 back-off 处理（在逐次延长的等待之后重试同一台服务器）；两种情况下 `retryable` 都为 true。",
      "reason": "重定向需要目标，而第 4.11 节并不要求提供目标。没有目标时，客户端只能稍后重试同一台服务器，这就是 back-off。带有引用的 0x9D（永久迁移）意味着客户端应保存新地址。",
      "sources": [
        "第 4.11 节：服务器可以在发送 0x9C 或 0x9D 时带上 Server Reference 属性；Server Reference 是以空格分隔的引用列表，其格式未作规定。",
        "第 3.2.2.3.16 节和第 3.14.2.2.5 节：CONNACK 和 DISCONNECT 中的 Server Reference。"
      ]
    },
    "5.action-disconnect-unspecified": {
      "subject": "DISCONNECT 0x80 Unspecified error 是 investigate",
      "decision": "0x80 和 0x83 在所有报文中都是 investigate，DISCONNECT 也不例外。",
      "reason": "该代码本身没有说明重连是有益还是有害。在它之后重连的客户端应当逐次延长等待，并在几次尝试后停止（MQTT.js 的策略就是如此）；只有原因字符串和服务器日志能说明发生了什么。",
      "sources": [
        "表 3-10：0x80 Unspecified error，连接已关闭，但发送方不愿透露原因，或其他原因码都不适用。"
      ]
    },
    "5.action-packet-identifier-not-found": {
      "subject": "0x92 Packet Identifier not found 是 investigate",
      "decision": "0x92 在 PUBREL 和 PUBCOMP 中是 investigate。",
      "reason": "在恢复期间它不需要任何处理；其他时候则是双方的会话状态不一致，这不是任何自动步骤能修复的，需要人工检查。无论哪种情况都不会重发任何内容，所以它不可重试。",
      "sources": [
        "表 3-6 和表 3-7：0x92 报文标识符未知。在恢复期间这不是错误，但在其他时候表示客户端与服务器的会话状态不一致。"
      ]
    },
    "5.action-do-not-reconnect": {
      "subject": "0x8E Session taken over 和 0x8A Banned 是 do-not-reconnect",
      "decision": "DISCONNECT 0x8E 和 CONNACK 0x8A 是 do-not-reconnect。",
      "reason": "收到 0x8E 后重连会从另一个连接手中夺回会话，而对方随后又会重连：共用一个客户端 ID 的两个实例会无休止地相互争夺。被封禁的客户端重连会再次被拒绝，还可能延长封禁。无论哪种情况都需要人工处理（修正客户端 ID、解除封禁）。",
      "sources": [
        "表 3-10：0x8E 另一个使用相同客户端 ID 的连接已经连接，导致此连接被关闭。",
        "表 3-1：0x8A Banned，客户端无权连接。"
      ]
    },
    "5.action-protocol-violations": {
      "subject": "表示违反规则的 DISCONNECT 代码是 fix-request，无论由哪一方发送",
      "decision": "0x81、0x82、0x8F、0x90、0x93、0x94、0x95、0x99 以及各个“不支持”代码（0x9A、0x9B、0x9E、0xA1、0xA2）在 DISCONNECT 中是 fix-request。",
      "reason": "违反规则的一方必须改变它发送的内容；重连后再次发送相同的报文，结果也一样。客户端收到该代码时，是客户端（或其客户端库）违反了规则；客户端发送该代码时，需要修正的是服务器，处理建议会说明是哪一种情况。",
      "sources": [
        "表 3-10：0x81、0x82、0x90、0x93、0x94、0x95、0x99 由客户端或服务器发送。"
      ]
    },
    "4.error-flag": {
      "subject": "哪些 3.1.1 返回码表示错误",
      "decision": "CONNACK 1 至 5 和 SUBACK 0x80 的 error 为 true，其余为 false。",
      "reason": "3.1.1 没有“0x80 及以上”的通用规则；每个表格各自说明哪些值表示拒绝或失败。",
      "sources": [
        "第 3.2.2.3 节：非零的连接返回码表示拒绝连接，服务器随后必须关闭网络连接（MQTT-3.2.2-5）。",
        "第 3.9.3 节：0x80 表示失败；0x00 至 0x02 表示成功并给出授予的最大 QoS。"
      ]
    },
    "4.suback-failure-to-v5": {
      "subject": "SUBACK 0x80 Failure 对应哪个 5.0 代码",
      "decision": "Failure 对应 UnspecifiedError。",
      "reason": "值相同，而且 3.1.1 的 Failure 不带原因，这正是 5.0 的 Unspecified error 所表达的。",
      "sources": [
        "MQTT 3.1.1 第 3.9.3 节：0x80 表示失败，不给出原因。",
        "MQTT 5.0 表 3-8：0x80 Unspecified error，服务器不愿透露原因，或其他原因码都不适用。"
      ]
    },
    "4.connack-to-v5": {
      "subject": "每个 3.1.1 CONNACK 返回码对应哪个 5.0 代码",
      "decision": "依次对应：0 → Success，1 → UnsupportedProtocolVersion，2 → ClientIdentifierNotValid，3 → ServerUnavailable，4 → BadUserNameOrPassword，5 → NotAuthorized。",
      "reason": "每一对描述的是相同的情况，尽管措辞不总是相同：3.1.1 的代码 4 说用户名或密码中的数据格式错误，而 5.0 的 0x86 说服务器不接受该用户名或密码。服务器对它拒绝的凭证发送 3.1.1 的代码 4，这正是 0x86 的含义，所以保留这一对；其余四对在两个规范中描述的是同一种状况。",
      "sources": [
        "MQTT 3.1.1 表 3.1（第 3.2.2.3 节）。",
        "MQTT 5.0 表 3-1（第 3.2.2.2 节）：0x84 Unsupported Protocol Version、0x85 Client Identifier not valid、0x86 Bad User Name or Password、0x87 Not authorized、0x88 Server unavailable。"
      ]
    },
    "4.action-v311": {
      "subject": "每个 3.1.1 返回码的处理方式",
      "decision": "每个 CONNACK 返回码采用其对应的 5.0 代码（toV5）的处理方式：1 和 2 为 fix-request，3 为 back-off，4 为 renew-credentials，5 为 ask-permission。SUBACK 0x80 Failure 为 investigate。",
      "reason": "对应的两个代码描述的是相同的情况，所以下一步也相同。3.1.1 的代码 3 还代表映射到它的、由服务器状态引起的 5.0 拒绝（繁忙、配额、速率），这些都是 back-off。SUBACK 0x80 是 3.1.1 中订阅唯一的失败码，且不说明原因，所以只有服务器日志能说明问题；例如 mosquitto 在 ACL 拒绝订阅时就发送它。",
      "sources": [
        "MQTT 3.1.1 表 3.1（第 3.2.2.3 节）和第 3.9.3 节。",
        "spec/mqtt-5.0.yaml 的 decision connack-to-v311：每个 3.1.1 代码对应的 5.0 代码。"
      ]
    },
    "3.suback-no-failure": {
      "subject": "MQTT 3.1 的 SUBACK 没有失败码",
      "decision": "3.1 的表格只为 SUBACK 列出 0x00、0x01 和 0x02。在 3.1 连接上收到的 SUBACK 中的 0x80 是未知代码，而不是 Failure。",
      "reason": "3.1 没有给服务器在 SUBACK 中拒绝单个订阅的手段；在这里加上 0x80 就等于声称 3.1 文档并未定义的含义。想要 3.1.1 行为的解码器可以在 3.1.1 的表中查找该值。",
      "sources": [
        "MQTT 3.1 第 3.9 节 SUBACK：载荷包含授予的 QoS 等级列表，与 SUBSCRIBE 中的主题名一一对应，顺序相同。",
        "MQTT 3.1.1 第 3.9.3 节新增了 0x80 Failure；3.1 没有定义这个值。"
      ]
    },
    "3.suback-names": {
      "subject": "3.1 SUBACK 各个值的名称",
      "decision": "命名为“Granted QoS 0”“Granted QoS 1”和“Granted QoS 2”，使用与 3.1.1 和 5.0 相同的标识符。",
      "reason": "3.1 文档没有为 SUBACK 的每个值命名，所以这些行用文档自己的说法（授予的 QoS 等级）说明该字节的含义。",
      "sources": [
        "MQTT 3.1 第 3.9 节：载荷包含授予的 QoS 等级列表（SUBSCRIBE 中的每个主题名对应一个）。"
      ]
    },
    "3.error-flag": {
      "subject": "哪些 3.1 返回码表示错误",
      "decision": "CONNACK 1 至 5 的 error 为 true，CONNACK 0 和所有 SUBACK 值为 false。",
      "reason": "每个非零的连接返回码都表示拒绝连接；每个 SUBACK 值都表示授予某个 QoS。",
      "sources": [
        "MQTT 3.1 第 3.2 节：连接返回码 0 为 Connection Accepted；1 至 5 为 Connection Refused；6 至 255 保留供将来使用。"
      ]
    },
    "3.connack-to-v5": {
      "subject": "每个 3.1 CONNACK 返回码对应哪个 5.0 代码",
      "decision": "0 → Success，1 → UnsupportedProtocolVersion，2 → ClientIdentifierNotValid，3 → ServerUnavailable，4 → BadUserNameOrPassword，5 → NotAuthorized，与 3.1.1 相同。",
      "reason": "3.1.1 保留了 3.1 的值和含义，而 5.0 对每个值都有含义相同的代码。",
      "sources": [
        "MQTT 3.1 第 3.2 节的连接返回码表。",
        "MQTT 5.0 表 3-1（第 3.2.2.2 节）。"
      ]
    },
    "3.action-v31": {
      "subject": "每个 3.1 返回码的处理方式",
      "decision": "与值相同的 3.1.1 行采用相同的处理方式：0 为 none，1 和 2 为 fix-request，3 为 back-off，4 为 renew-credentials，5 为 ask-permission；SUBACK 0、1 和 2 为 none。",
      "reason": "3.1.1 保留了 3.1 的值和含义（decision connack-to-v5），所以相同的情况需要相同的下一步。代码 2 是 fix-request 而不可重试：3.1 会拒绝为空或超过 23 个字符的客户端 ID，只有修改客户端 ID 才能解决。",
      "sources": [
        "MQTT 3.1 第 3.2 节的连接返回码表：1 unacceptable protocol version，2 identifier rejected，3 server unavailable，4 bad user name or password，5 not authorized。",
        "MQTT 3.1 第 3.1 节：客户端 ID 必须为 1 到 23 个字符，否则服务器以返回码 2 回应。"
      ]
    }
  },
  "rules": {
    "3": {
      "actionRule": "与 MQTT 5.0 表（spec/mqtt-5.0.yaml 的 actionRule）使用相同的处理方式，用于 MQTT 3.1 的返回码。none：连接被接受，或订阅被授予某个 QoS。fix-request：客户端必须修改协议版本或客户端 ID。back-off：服务器不可用；请在逐次延长的等待之后重试。renew-credentials：用户名或密码被拒绝；请先获取新的凭证。ask-permission：客户端不允许连接，必须由管理员放行（服务器在密码错误时也会发送此代码，所以请先检查凭证）。investigate：SUBACK 的失败没有给出原因。`retryable` 由 action 推导：仅对 back-off 为 true（这些代码中唯一可重试的处理方式）。"
    },
    "4": {
      "actionRule": "与 MQTT 5.0 表（spec/mqtt-5.0.yaml 的 actionRule）使用相同的处理方式，用于 MQTT 3.1.1 的返回码。none：连接被接受，或订阅被授予某个 QoS。fix-request：客户端必须修改协议版本或客户端 ID。back-off：服务器不可用；请在逐次延长的等待之后重试。renew-credentials：用户名或密码被拒绝；请先获取新的凭证。ask-permission：客户端不允许连接，必须由管理员放行（服务器在密码错误时也会发送此代码，所以请先检查凭证）。investigate：SUBACK 的失败没有给出原因。`retryable` 由 action 推导：仅对 back-off 为 true（这些代码中唯一可重试的处理方式）。"
    },
    "5": {
      "actionRule": "每一行都写明收到该代码的一方下一步应做什么，依据是什么能改变结果。none：成功或提示信息，无需处理。reconnect：该情况随这次连接一同结束（保活超时、最长连接时间），新的连接会从头开始；请立即重连，如果再次发生则逐次延长等待时间。back-off：一旦服务器的状态改变（不可用、繁忙、正在关闭、超出配额或速率），同一操作不做修改稍后也可能成功；请在逐次延长的等待之后重试。redirect：报文要求客户端改用其他服务器（第 4.11 节）；请连接它携带的 Server Reference，没有携带时按 back-off 处理。renew-credentials：服务器不接受凭证本身；请先获取新的用户名、密码或令牌，然后再重连。ask-permission：服务器接受客户端的身份，但不允许它请求的操作；必须由管理员授予权限，原样重试不会成功。fix-request：客户端必须修改它发送的内容或它的配置（报文内容、协议版本、客户端 ID、遗嘱消息、订阅选项、报文标识符、大小）。do-not-reconnect：自动重连会让情况更糟，或无济于事（另一个连接接管了会话、客户端已被封禁）。investigate：该代码没有给出原因（未说明原因、实现特定），或指向只有人工才能理清的会话状态不一致；请查看原因字符串和日志。`retryable`（isRetryable）不写在此文件中：它仅对 reconnect、back-off 和 redirect 为 true。"
    }
  },
  "observed": {
    "onCodePage": "会发送此代码的实际服务器",
    "closes": "不发送报文，直接关闭套接字",
    "accepts": "接受",
    "scenarios": {
      "wrong-password": "密码错误",
      "unknown-user": "未知用户",
      "anonymous-refused": "拒绝匿名客户端",
      "publish-denied": "拒绝 PUBLISH",
      "subscribe-denied": "拒绝 SUBSCRIBE",
      "unsubscribe-denied": "拒绝 UNSUBSCRIBE",
      "packet-too-large": "报文过大",
      "session-takeover": "会话被接管",
      "will-qos-not-supported": "不支持遗嘱消息的 QoS",
      "will-retain-not-supported": "不支持保留的遗嘱消息",
      "unknown-authentication-method": "未知的认证方法",
      "client-id-rejected": "客户端 ID 被拒绝",
      "keep-alive-timeout": "保活超时",
      "server-shutting-down": "服务器正在关闭"
    },
    "entries": {
      "mosquitto/wrong-password": {
        "setup": "password_file 中已登记的用户名，配以错误的密码发送 CONNECT。",
        "note": "返回 Not authorized，而不是 Bad user name or password（0x86 / 4）。"
      },
      "mosquitto/unknown-user": {
        "setup": "使用 password_file，以文件中没有的用户名发送 CONNECT。"
      },
      "mosquitto/anonymous-refused": {
        "setup": "将 allow_anonymous 设为 false，不带用户名发送 CONNECT。"
      },
      "mosquitto/publish-denied": {
        "setup": "使用不授予该主题写权限的 acl_file，以 QoS 1 发布。",
        "note": "3.1.1 的 PUBACK 没有代码，消息被悄悄丢弃。"
      },
      "mosquitto/subscribe-denied/acl-file": {
        "setup": "使用不授予该主题过滤器读权限的 acl_file，以 QoS 1 订阅。",
        "note": "acl_file 从不拒绝 SUBSCRIBE，只是不投递消息。"
      },
      "mosquitto/subscribe-denied/dynamic-security": {
        "setup": "使用 dynamic-security 插件，其角色对该主题过滤器拒绝 subscribePattern，以 QoS 1 订阅。"
      },
      "mosquitto/unsubscribe-denied/dynamic-security": {
        "setup": "使用 dynamic-security 插件，其角色对该主题过滤器拒绝 unsubscribePattern，对已订阅的主题过滤器发送 UNSUBSCRIBE。",
        "note": "MQTT.js 把被拒绝的 UNSUBSCRIBE 报告为成功；3.1.1 的 UNSUBACK 没有代码。"
      },
      "mosquitto/packet-too-large": {
        "setup": "将 max_packet_size 设为 1000，发布 1500 字节的消息。"
      },
      "mosquitto/session-takeover": {
        "setup": "第二个客户端使用相同的客户端 ID 连接。",
        "note": "第一个客户端收不到 DISCONNECT 0x8E。"
      },
      "mosquitto/will-qos-not-supported": {
        "setup": "将 max_qos 设为 1，发送遗嘱 QoS 为 2 的 CONNECT。"
      },
      "mosquitto/will-retain-not-supported": {
        "setup": "将 retain_available 设为 false，发送带保留遗嘱消息的 CONNECT。"
      },
      "mosquitto/unknown-authentication-method": {
        "setup": "不加载认证插件，发送 Authentication Method 为 SCRAM-SHA-1 的 CONNECT。",
        "note": "MQTT 3.1.1 没有 Authentication Method。"
      },
      "mosquitto/client-id-rejected/empty-persistent": {
        "setup": "以空的客户端 ID 和 Clean Session（Clean Start）0 发送 CONNECT。",
        "note": "MQTT 5.0 允许这样做；mosquitto 会分配一个客户端 ID。"
      },
      "mosquitto/client-id-rejected/clientid-prefixes": {
        "setup": "将 clientid_prefixes 设为 allowed-，以客户端 ID other-1 发送 CONNECT。",
        "note": "返回 Not authorized，而不是 Client identifier not valid（0x85 / 2）。"
      },
      "mosquitto/keep-alive-timeout": {
        "setup": "Keep Alive 设为 1 秒，之后客户端不再发送任何报文。"
      },
      "mosquitto/server-shutting-down": {
        "setup": "在客户端连接期间停止服务器（SIGTERM）。",
        "note": "客户端收不到 DISCONNECT 0x8B。"
      },
      "aedes/wrong-password": {
        "setup": "authenticate 回调一个 returnCode 为 4 的错误。",
        "note": "authenticate 只接受 2 到 5 的 returnCode；aedes 2 把它们映射为 0x85、0x88、0x86 和 0x87。"
      },
      "aedes/unknown-user": {
        "setup": "authenticate 以 null 和 false 回调。"
      },
      "aedes/anonymous-refused": {
        "setup": "authenticate 回调一个不带 returnCode 的错误。"
      },
      "aedes/publish-denied": {
        "setup": "authorizePublish 回调一个错误，以 QoS 1 发布。",
        "note": "aedes 2 把错误的 message 作为 Reason String 发送。"
      },
      "aedes/subscribe-denied/null-subscription": {
        "setup": "authorizeSubscribe 以 null 和 null 回调，以 QoS 1 订阅。"
      },
      "aedes/subscribe-denied/error": {
        "setup": "authorizeSubscribe 回调一个错误，以 QoS 1 订阅。"
      },
      "aedes/packet-too-large": {
        "setup": "maximumPacketSize 设为 1000（aedes 2），发布 1500 字节的消息。",
        "note": "aedes 1.2.0 没有报文大小限制。"
      },
      "aedes/session-takeover": {
        "setup": "第二个客户端使用相同的客户端 ID 连接。"
      },
      "aedes/will-qos-not-supported": {
        "setup": "发送遗嘱 QoS 为 2 的 CONNECT。",
        "note": "aedes 没有限制遗嘱 QoS 的设置。"
      },
      "aedes/will-retain-not-supported": {
        "setup": "发送带保留遗嘱消息的 CONNECT。",
        "note": "aedes 没有关闭保留消息的设置。"
      },
      "aedes/unknown-authentication-method": {
        "setup": "发送 Authentication Method 为 SCRAM-SHA-1 的 CONNECT。",
        "note": "MQTT 3.1.1 没有 Authentication Method。"
      },
      "aedes/client-id-rejected/empty-persistent": {
        "setup": "以空的客户端 ID 和 Clean Session（Clean Start）0 发送 CONNECT。",
        "note": "MQTT 5.0 允许这样做（aedes 会分配客户端 ID）；aedes 1.2.0 在 3.1.1 中也接受它，而规范要求返回码 2［MQTT-3.1.3-8］。"
      },
      "aedes/keep-alive-timeout": {
        "setup": "Keep Alive 设为 1 秒，之后客户端不再发送任何报文。"
      },
      "aedes/server-shutting-down": {
        "setup": "在客户端连接期间调用 broker.close 方法。"
      }
    }
  }
};
