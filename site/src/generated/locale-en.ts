// @generated from spec/messages/en.yaml by tools/generator — DO NOT EDIT.
// Edit the spec and run `npm run generate` instead.
import type { SiteLocale } from '../types.js';

export const LOCALE: SiteLocale = {
  "locale": "en",
  "name": "English",
  "rows": {
    "5.CONNACK.Success": {
      "title": "Connected",
      "message": "The server accepted the connection.",
      "hint": "No action needed. Session Present tells you whether a previous session was resumed."
    },
    "5.CONNACK.UnspecifiedError": {
      "title": "Connection refused (no reason given)",
      "message": "The server refused the connection without giving a specific reason.",
      "hint": "Check the reason string or the server logs for the cause."
    },
    "5.CONNACK.MalformedPacket": {
      "title": "Malformed CONNECT packet",
      "message": "The server could not parse the CONNECT packet and refused the connection.",
      "hint": "Look for invalid UTF-8 or the character U+0000 in the client identifier, user name, will topic and user properties: either makes the packet malformed. If they are all clean, the client library is probably encoding CONNECT wrongly; update it."
    },
    "5.CONNACK.ProtocolError": {
      "title": "Protocol error",
      "message": "The server refused the connection because the CONNECT packet broke a protocol rule.",
      "hint": "Check the connect options for invalid values or combinations, and that the client library fully supports MQTT 5.0."
    },
    "5.CONNACK.ImplementationSpecificError": {
      "title": "Implementation-specific error",
      "message": "The server refused the connection for a reason specific to its implementation.",
      "hint": "Check the reason string, the server logs or the server's documentation."
    },
    "5.CONNACK.UnsupportedProtocolVersion": {
      "title": "Protocol version not supported",
      "message": "The server refused the connection because it cannot use the MQTT version the client asked for.",
      "hint": "Set the client's protocol version to one the server supports, or upgrade the server."
    },
    "5.CONNACK.ClientIdentifierNotValid": {
      "title": "Client identifier rejected",
      "message": "The server refused the connection because it does not accept this client identifier.",
      "hint": "Check the server's rules for length and allowed characters. An empty identifier works only if the server assigns one."
    },
    "5.CONNACK.BadUserNameOrPassword": {
      "title": "Bad user name or password",
      "message": "The server refused the connection because it did not accept the user name or password.",
      "hint": "Check the user name and password set in the client, and that the account exists on the server. If the password is a token, it may have expired: get a new one."
    },
    "5.CONNACK.NotAuthorized": {
      "title": "Not authorized to connect",
      "message": "The server did not allow this client to connect.",
      "hint": "First check the user name and password: some servers, mosquitto among them, answer wrong credentials with this code. If they are right, ask an administrator to let this user name or client identifier connect."
    },
    "5.CONNACK.ServerUnavailable": {
      "title": "Server unavailable",
      "message": "The server is unavailable at the moment and refused the connection.",
      "hint": "Retry after a delay, and make the delay longer after each failed attempt. If it keeps happening, check the server's health."
    },
    "5.CONNACK.ServerBusy": {
      "title": "Server busy",
      "message": "The server is too busy to accept the connection right now.",
      "hint": "Retry later, waiting longer between each attempt."
    },
    "5.CONNACK.Banned": {
      "title": "Client banned",
      "message": "The server refused the connection because this client is banned.",
      "hint": "Stop connecting automatically; no attempt can succeed while the ban lasts. Ask an administrator why the client was banned and how to lift the ban."
    },
    "5.CONNACK.BadAuthenticationMethod": {
      "title": "Bad authentication method",
      "message": "The server refused the connection because it does not support the authentication method the client requested.",
      "hint": "Use an authentication method the server supports, or connect with a user name and password instead."
    },
    "5.CONNACK.TopicNameInvalid": {
      "title": "Invalid will topic name",
      "message": "The server refused the connection because the topic name of the will message is not valid.",
      "hint": "Check the will topic name against the server's rules for topic names, such as allowed prefixes, length and topics starting with $, which servers usually reserve. It must also not be empty or contain + or #."
    },
    "5.CONNACK.PacketTooLarge": {
      "title": "CONNECT packet too large",
      "message": "The server refused the connection because the CONNECT packet was larger than it allows.",
      "hint": "Make the will message payload, user properties or authentication data smaller."
    },
    "5.CONNACK.QuotaExceeded": {
      "title": "Quota exceeded",
      "message": "The server refused the connection because a quota for this client or account was exceeded.",
      "hint": "Retry after a delay that grows with each failed attempt; quotas free up as connections close or usage periods reset. If it lasts, close connections you no longer need, or ask an administrator for a higher quota."
    },
    "5.CONNACK.PayloadFormatInvalid": {
      "title": "Payload format mismatch",
      "message": "The server refused the connection because the will message payload is not in the format its Payload Format Indicator declares.",
      "hint": "A payload marked as UTF-8 must be valid UTF-8 text. Fix the payload or remove the marking."
    },
    "5.CONNACK.RetainNotSupported": {
      "title": "Retained messages not supported",
      "message": "The server refused the connection because the will message is retained and it does not support retained messages.",
      "hint": "Clear the retain flag on the will message."
    },
    "5.CONNACK.QoSNotSupported": {
      "title": "QoS not supported",
      "message": "The server refused the connection because the will message uses a QoS higher than it supports.",
      "hint": "Lower the QoS of the will message to a level the server supports."
    },
    "5.CONNACK.UseAnotherServer": {
      "title": "Use another server",
      "message": "The server refused the connection and asked the client to use {serverReference} for now.",
      "hint": "Connect to the server the message names (any one of them if it names several), or to an alternative you have configured. The change is temporary, so keep the original address. If no server is named, retry here after a delay that grows with each failed attempt."
    },
    "5.CONNACK.ServerMoved": {
      "title": "Server moved",
      "message": "The server refused the connection: it has moved permanently and asked the client to use {serverReference} from now on.",
      "hint": "Change the client's configuration to the server the message names. If no server is named, ask the server's administrator for the new address; until then, retry here after a delay that grows with each failed attempt."
    },
    "5.CONNACK.ConnectionRateExceeded": {
      "title": "Connection rate exceeded",
      "message": "The server refused the connection because this client is connecting too often.",
      "hint": "Wait before reconnecting, and make the delay longer after each failed attempt."
    },
    "5.PUBACK.Success": {
      "title": "Publish acknowledged",
      "message": "The receiver of the publish accepted the QoS 1 message.",
      "hint": "No action needed."
    },
    "5.PUBACK.NoMatchingSubscribers": {
      "title": "No matching subscribers",
      "message": "The server accepted the message, but no subscription matches its topic.",
      "hint": "This is not an error. If subscribers were expected, check the topic name."
    },
    "5.PUBACK.UnspecifiedError": {
      "title": "Publish refused (no reason given)",
      "message": "The receiver of the publish refused it without giving a specific reason.",
      "hint": "Check the reason string or the logs of the receiving side."
    },
    "5.PUBACK.ImplementationSpecificError": {
      "title": "Implementation-specific error",
      "message": "The receiver of the publish refused it for a reason specific to its implementation.",
      "hint": "Check the reason string or the documentation of the receiving side."
    },
    "5.PUBACK.NotAuthorized": {
      "title": "Not authorized to publish",
      "message": "The receiver refused this publish because the sender may not publish to this topic.",
      "hint": "Ask an administrator to grant publish permission for this topic."
    },
    "5.PUBACK.TopicNameInvalid": {
      "title": "Invalid topic name",
      "message": "The receiver refused this publish because it does not accept the topic name.",
      "hint": "Check the topic name against the receiver's rules, such as required prefixes, length, number of levels and topics starting with $, which servers usually reserve."
    },
    "5.PUBACK.PacketIdentifierInUse": {
      "title": "Packet identifier in use",
      "message": "The receiver refused this publish because its packet identifier is already in use.",
      "hint": "Usually a client library bug or a mismatch in session state. Send the message with a packet identifier that is not in use. A new connection with Clean Start set to 1 also clears it, but discards the session with its subscriptions and queued messages."
    },
    "5.PUBACK.QuotaExceeded": {
      "title": "Quota exceeded",
      "message": "The receiver refused this publish because a quota was exceeded.",
      "hint": "Publish again after a delay that grows with each failed attempt. If it lasts, publish less often or less data, or ask an administrator for a higher quota."
    },
    "5.PUBACK.PayloadFormatInvalid": {
      "title": "Payload format mismatch",
      "message": "The receiver refused this publish because the payload is not in the format its Payload Format Indicator declares.",
      "hint": "A payload marked as UTF-8 must be valid UTF-8 text. Fix the payload or remove the marking."
    },
    "5.PUBREC.Success": {
      "title": "Publish received",
      "message": "The receiver of the publish accepted the QoS 2 message. The exchange continues with PUBREL.",
      "hint": "No action needed."
    },
    "5.PUBREC.NoMatchingSubscribers": {
      "title": "No matching subscribers",
      "message": "The server accepted the message, but no subscription matches its topic.",
      "hint": "This is not an error. If subscribers were expected, check the topic name."
    },
    "5.PUBREC.UnspecifiedError": {
      "title": "Publish refused (no reason given)",
      "message": "The receiver of the publish refused it without giving a specific reason.",
      "hint": "Check the reason string or the logs of the receiving side."
    },
    "5.PUBREC.ImplementationSpecificError": {
      "title": "Implementation-specific error",
      "message": "The receiver of the publish refused it for a reason specific to its implementation.",
      "hint": "Check the reason string or the documentation of the receiving side."
    },
    "5.PUBREC.NotAuthorized": {
      "title": "Not authorized to publish",
      "message": "The receiver refused this publish because the sender may not publish to this topic.",
      "hint": "Ask an administrator to grant publish permission for this topic."
    },
    "5.PUBREC.TopicNameInvalid": {
      "title": "Invalid topic name",
      "message": "The receiver refused this publish because it does not accept the topic name.",
      "hint": "Check the topic name against the receiver's rules, such as required prefixes, length, number of levels and topics starting with $, which servers usually reserve."
    },
    "5.PUBREC.PacketIdentifierInUse": {
      "title": "Packet identifier in use",
      "message": "The receiver refused this publish because its packet identifier is already in use.",
      "hint": "Usually a client library bug or a mismatch in session state. Send the message with a packet identifier that is not in use. A new connection with Clean Start set to 1 also clears it, but discards the session with its subscriptions and queued messages."
    },
    "5.PUBREC.QuotaExceeded": {
      "title": "Quota exceeded",
      "message": "The receiver refused this publish because a quota was exceeded.",
      "hint": "Publish again after a delay that grows with each failed attempt. If it lasts, publish less often or less data, or ask an administrator for a higher quota."
    },
    "5.PUBREC.PayloadFormatInvalid": {
      "title": "Payload format mismatch",
      "message": "The receiver refused this publish because the payload is not in the format its Payload Format Indicator declares.",
      "hint": "A payload marked as UTF-8 must be valid UTF-8 text. Fix the payload or remove the marking."
    },
    "5.PUBREL.Success": {
      "title": "Publish released",
      "message": "The publisher confirmed the PUBREC and released the QoS 2 message.",
      "hint": "No action needed. The receiver finishes the exchange with PUBCOMP."
    },
    "5.PUBREL.PacketIdentifierNotFound": {
      "title": "Unknown packet identifier",
      "message": "The publisher did not recognize the packet identifier in the PUBREC it received.",
      "hint": "This is harmless right after a reconnect that resumed the session: the other side had already finished this exchange. At other times the two sides disagree about the session state, and QoS 2 messages may be lost or duplicated; compare the logs of both sides, and check that both keep the session (Clean Start 0, a Session Expiry Interval above 0, and a server that keeps sessions across restarts)."
    },
    "5.PUBCOMP.Success": {
      "title": "Publish complete",
      "message": "The receiver of the publish completed the QoS 2 exchange, and the packet identifier is free again.",
      "hint": "No action needed."
    },
    "5.PUBCOMP.PacketIdentifierNotFound": {
      "title": "Unknown packet identifier",
      "message": "The receiver of the publish did not recognize the packet identifier in the PUBREL it received.",
      "hint": "This is harmless right after a reconnect that resumed the session: the other side had already finished this exchange. At other times the two sides disagree about the session state, and QoS 2 messages may be lost or duplicated; compare the logs of both sides, and check that both keep the session (Clean Start 0, a Session Expiry Interval above 0, and a server that keeps sessions across restarts)."
    },
    "5.SUBACK.GrantedQoS0": {
      "title": "Subscribed with maximum QoS 0",
      "message": "The server accepted the subscription with a maximum QoS of 0.",
      "hint": "If you asked for QoS 1 or 2, the server lowered it, and messages arrive without delivery guarantees."
    },
    "5.SUBACK.GrantedQoS1": {
      "title": "Subscribed with maximum QoS 1",
      "message": "The server accepted the subscription with a maximum QoS of 1.",
      "hint": "If you asked for QoS 2, the server lowered it, and messages may arrive more than once."
    },
    "5.SUBACK.GrantedQoS2": {
      "title": "Subscribed with maximum QoS 2",
      "message": "The server accepted the subscription with a maximum QoS of 2.",
      "hint": "No action needed."
    },
    "5.SUBACK.UnspecifiedError": {
      "title": "Subscription refused (no reason given)",
      "message": "The server refused this subscription without giving a specific reason.",
      "hint": "Check the reason string or the server logs for the cause."
    },
    "5.SUBACK.ImplementationSpecificError": {
      "title": "Implementation-specific error",
      "message": "The server refused this subscription for a reason specific to its implementation.",
      "hint": "Check the reason string, the server logs or the server's documentation."
    },
    "5.SUBACK.NotAuthorized": {
      "title": "Not authorized to subscribe",
      "message": "The server refused this subscription because the client may not subscribe to this topic filter.",
      "hint": "Ask an administrator to grant subscribe permission for this topic filter."
    },
    "5.SUBACK.TopicFilterInvalid": {
      "title": "Invalid topic filter",
      "message": "The server refused this subscription because the topic filter is not valid or not allowed.",
      "hint": "Check the syntax and the server's rules for this client. + and # must each fill a whole level, and # may only be the last level; servers may also limit prefixes, length and the number of levels."
    },
    "5.SUBACK.PacketIdentifierInUse": {
      "title": "Packet identifier in use",
      "message": "The server refused this SUBSCRIBE because its packet identifier is already in use.",
      "hint": "Usually a client library bug. Send the request with a packet identifier that is not in use. A new connection with Clean Start set to 1 also clears it, but discards the session with its subscriptions and queued messages."
    },
    "5.SUBACK.QuotaExceeded": {
      "title": "Quota exceeded",
      "message": "The server refused this subscription because a quota, such as the number of subscriptions, was exceeded.",
      "hint": "Subscribe again after a delay that grows with each failed attempt. If it lasts, remove subscriptions you no longer need, or ask an administrator for a higher quota."
    },
    "5.SUBACK.SharedSubscriptionsNotSupported": {
      "title": "Shared subscriptions not supported",
      "message": "The server refused this subscription because it does not support shared subscriptions.",
      "hint": "Subscribe without the $share/ prefix, or use a server that supports shared subscriptions. Without $share/, every subscriber gets every message instead of sharing them."
    },
    "5.SUBACK.SubscriptionIdentifiersNotSupported": {
      "title": "Subscription identifiers not supported",
      "message": "The server refused this subscription because it does not support subscription identifiers.",
      "hint": "Subscribe without a subscription identifier."
    },
    "5.SUBACK.WildcardSubscriptionsNotSupported": {
      "title": "Wildcards not supported",
      "message": "The server refused this subscription because it does not support wildcards in topic filters.",
      "hint": "Subscribe to each topic name separately instead of using + or #."
    },
    "5.UNSUBACK.Success": {
      "title": "Unsubscribed",
      "message": "The server removed the subscription.",
      "hint": "No action needed."
    },
    "5.UNSUBACK.NoSubscriptionExisted": {
      "title": "No such subscription",
      "message": "The server found no subscription for this topic filter, so nothing was removed.",
      "hint": "This is not an error. If you expected one, use exactly the topic filter you subscribed with."
    },
    "5.UNSUBACK.UnspecifiedError": {
      "title": "Unsubscribe refused (no reason given)",
      "message": "The server refused this unsubscribe without giving a specific reason.",
      "hint": "Check the reason string or the server logs. The subscription may still be active."
    },
    "5.UNSUBACK.ImplementationSpecificError": {
      "title": "Implementation-specific error",
      "message": "The server refused this unsubscribe for a reason specific to its implementation.",
      "hint": "Check the reason string or the server's documentation. The subscription may still be active."
    },
    "5.UNSUBACK.NotAuthorized": {
      "title": "Not authorized to unsubscribe",
      "message": "The server refused this unsubscribe because the client is not allowed to unsubscribe from this topic filter.",
      "hint": "Ask an administrator to check the client's permissions for this topic filter."
    },
    "5.UNSUBACK.TopicFilterInvalid": {
      "title": "Invalid topic filter",
      "message": "The server refused this unsubscribe because the topic filter is not valid or not allowed for this client.",
      "hint": "Check the filter's syntax and the server's rules for this client, such as allowed prefixes, length and number of levels. A filter that only matches no subscription gets 0x11 instead."
    },
    "5.UNSUBACK.PacketIdentifierInUse": {
      "title": "Packet identifier in use",
      "message": "The server refused this UNSUBSCRIBE because its packet identifier is already in use.",
      "hint": "Usually a client library bug. Send the request with a packet identifier that is not in use. A new connection with Clean Start set to 1 also clears it, but discards the session with its subscriptions and queued messages."
    },
    "5.DISCONNECT.NormalDisconnection": {
      "title": "Normal disconnection",
      "message": "The connection was closed normally, without an error.",
      "hint": "No action needed. When the client sends this code, the server discards its will message."
    },
    "5.DISCONNECT.DisconnectWithWillMessage": {
      "title": "Disconnected with will message",
      "message": "The client closed the connection and asked the server to publish its will message.",
      "hint": "No action needed. Subscribers receive the will message, after the will delay if one is set."
    },
    "5.DISCONNECT.UnspecifiedError": {
      "title": "Disconnected with an error (no reason given)",
      "message": "The connection was closed, but the side that closed it gave no specific reason.",
      "hint": "Check the reason string and the logs on both sides."
    },
    "5.DISCONNECT.MalformedPacket": {
      "title": "Malformed packet",
      "message": "The connection was closed by the side that received a packet it could not parse.",
      "hint": "The other side built a packet that breaks the encoding rules, often a string with invalid UTF-8 or U+0000, or a wrong length. Find the packet in the logs, and update the library of the side that sent it."
    },
    "5.DISCONNECT.ProtocolError": {
      "title": "Protocol error",
      "message": "The connection was closed by the side that saw the other side break a protocol rule.",
      "hint": "Find the packet that caused it in the logs. If the server sent this code, the client broke the rule, and updating the client library often fixes it; if the client sent it, the server did."
    },
    "5.DISCONNECT.ImplementationSpecificError": {
      "title": "Implementation-specific error",
      "message": "The connection was closed for a reason specific to the implementation of the side that closed it.",
      "hint": "Check the reason string or the documentation of the side that closed the connection."
    },
    "5.DISCONNECT.NotAuthorized": {
      "title": "Not authorized",
      "message": "The server closed the connection because the client made a request it is not authorized to make.",
      "hint": "Find the refused request in the logs, and ask an administrator to grant the permission it needs."
    },
    "5.DISCONNECT.ServerBusy": {
      "title": "Server busy",
      "message": "The server closed the connection because it is too busy.",
      "hint": "Reconnect later, waiting longer between each attempt."
    },
    "5.DISCONNECT.ServerShuttingDown": {
      "title": "Server shutting down",
      "message": "The server closed the connection because it is shutting down.",
      "hint": "Reconnect after a delay that grows with each failed attempt, or connect to another server if one is available."
    },
    "5.DISCONNECT.BadAuthenticationMethod": {
      "title": "Bad authentication method",
      "message": "The server closed the connection because re-authentication used a different or unsupported authentication method.",
      "hint": "Re-authenticate with the same authentication method the client used to connect."
    },
    "5.DISCONNECT.KeepAliveTimeout": {
      "title": "Keep alive timeout",
      "message": "The server closed the connection because nothing arrived from the client for 1.5 times the keep alive interval.",
      "hint": "Reconnect, then make sure the client sends PINGREQ in time: look for a blocked event loop or network stalls. If CONNACK carried Server Keep Alive, that value applies instead of the client's."
    },
    "5.DISCONNECT.SessionTakenOver": {
      "title": "Session taken over",
      "message": "The server closed the connection because another connection with the same client identifier took over the session.",
      "hint": "Do not reconnect automatically with the same client identifier, because two connections sharing it keep taking the session from each other. Give every client its own client identifier."
    },
    "5.DISCONNECT.TopicFilterInvalid": {
      "title": "Invalid topic filter",
      "message": "The server closed the connection because the client sent a topic filter that the server does not accept.",
      "hint": "Check the syntax of the topic filters the client subscribes and unsubscribes with (+ and # fill a whole level, # only the last one), and the server's rules for this client, such as allowed prefixes, length and number of levels."
    },
    "5.DISCONNECT.TopicNameInvalid": {
      "title": "Invalid topic name",
      "message": "The connection was closed by the side that received a publish with a topic name it does not accept.",
      "hint": "Check the topic names being published against the receiver's rules, such as prefixes, length and topics starting with $, which servers usually reserve. They must also not contain + or #."
    },
    "5.DISCONNECT.ReceiveMaximumExceeded": {
      "title": "Receive Maximum exceeded",
      "message": "The connection was closed by the side that received more unacknowledged QoS 1 and 2 messages than its Receive Maximum.",
      "hint": "Keep unacknowledged QoS 1 and QoS 2 messages within the other side's Receive Maximum. This usually points to a bug: in the client library if the server sent this code, in the server if the client did."
    },
    "5.DISCONNECT.TopicAliasInvalid": {
      "title": "Invalid topic alias",
      "message": "The connection was closed by the side that received a topic alias that was zero, too large or never set.",
      "hint": "Keep topic aliases within the other side's Topic Alias Maximum, and set them up again on every new connection."
    },
    "5.DISCONNECT.PacketTooLarge": {
      "title": "Packet too large",
      "message": "The connection was closed by the side that received a packet larger than its Maximum Packet Size.",
      "hint": "Keep each packet, including payload and properties, within the other side's Maximum Packet Size."
    },
    "5.DISCONNECT.MessageRateTooHigh": {
      "title": "Message rate too high",
      "message": "The connection was closed by the side that received messages faster than it allows.",
      "hint": "If the server sent this, reconnect after a delay that grows with each failed attempt, and publish less often or ask an administrator to raise the rate limit. If the client sent it, the server delivered faster than the client allows; check the client's limit."
    },
    "5.DISCONNECT.QuotaExceeded": {
      "title": "Quota exceeded",
      "message": "The connection was closed by the side that sets a quota, because the other side went over it.",
      "hint": "If the server sent this, reconnect after a delay that grows with each failed attempt, and use less: fewer connections, messages or data. If it lasts, ask an administrator for a higher quota. If the client sent it, check the limits configured in the client."
    },
    "5.DISCONNECT.AdministrativeAction": {
      "title": "Closed by administrative action",
      "message": "An administrator or management process on the closing side ended the connection.",
      "hint": "Reconnecting after a delay is safe: if the client is meant to stay out, the next CONNACK says so (0x8A Banned or 0x87 Not authorized). Make the delay longer after each attempt. If the disconnect was unexpected, ask the administrator of the side that closed the connection."
    },
    "5.DISCONNECT.PayloadFormatInvalid": {
      "title": "Payload format mismatch",
      "message": "The connection was closed by the side that received a payload not in the format its Payload Format Indicator declares.",
      "hint": "A payload marked as UTF-8 must be valid UTF-8 text. Fix the payload or remove the marking."
    },
    "5.DISCONNECT.RetainNotSupported": {
      "title": "Retained messages not supported",
      "message": "The server closed the connection because the client published a retained message, which it does not support.",
      "hint": "Check Retain Available in CONNACK, and publish without the retain flag."
    },
    "5.DISCONNECT.QoSNotSupported": {
      "title": "QoS not supported",
      "message": "The server closed the connection because the client published with a QoS higher than it supports.",
      "hint": "Check Maximum QoS in CONNACK, and publish at that QoS or lower."
    },
    "5.DISCONNECT.UseAnotherServer": {
      "title": "Use another server",
      "message": "The server closed the connection and asked the client to use {serverReference} for now.",
      "hint": "Connect to the server the message names (any one of them if it names several), or to an alternative you have configured. The change is temporary, so keep the original address. If no server is named, retry here after a delay that grows with each failed attempt."
    },
    "5.DISCONNECT.ServerMoved": {
      "title": "Server moved",
      "message": "The server closed the connection: it has moved permanently and asked the client to use {serverReference} from now on.",
      "hint": "Change the client's configuration to the server the message names. If no server is named, ask the server's administrator for the new address; until then, retry here after a delay that grows with each failed attempt."
    },
    "5.DISCONNECT.SharedSubscriptionsNotSupported": {
      "title": "Shared subscriptions not supported",
      "message": "The server closed the connection because the client requested a shared subscription, which it does not support.",
      "hint": "Check Shared Subscription Available in CONNACK, and subscribe without $share/. Then every subscriber gets every message instead of sharing them."
    },
    "5.DISCONNECT.ConnectionRateExceeded": {
      "title": "Connection rate exceeded",
      "message": "The server closed the connection because this client is connecting too often.",
      "hint": "Wait before reconnecting, and make the delay longer after each failed attempt."
    },
    "5.DISCONNECT.MaximumConnectTime": {
      "title": "Maximum connect time reached",
      "message": "The server closed the connection because the client reached the longest time it may stay connected.",
      "hint": "Reconnect if needed. The limit comes from the server's configuration."
    },
    "5.DISCONNECT.SubscriptionIdentifiersNotSupported": {
      "title": "Subscription identifiers not supported",
      "message": "The server closed the connection because the client used a subscription identifier, which it does not support.",
      "hint": "Check Subscription Identifiers Available in CONNACK, and subscribe without one."
    },
    "5.DISCONNECT.WildcardSubscriptionsNotSupported": {
      "title": "Wildcards not supported",
      "message": "The server closed the connection because the client subscribed with a wildcard, which it does not support.",
      "hint": "Check Wildcard Subscription Available in CONNACK, and subscribe to each topic name separately."
    },
    "5.AUTH.Success": {
      "title": "Authentication succeeded",
      "message": "The server accepted the re-authentication.",
      "hint": "No action needed. The connection continues as before."
    },
    "5.AUTH.ContinueAuthentication": {
      "title": "Authentication continues",
      "message": "The sender needs another AUTH packet to continue authentication.",
      "hint": "This is not an error. Answer with the next AUTH packet your authentication method calls for."
    },
    "5.AUTH.ReAuthenticate": {
      "title": "Re-authentication started",
      "message": "The client started re-authentication on the existing connection.",
      "hint": "No action needed. The server answers with AUTH, or closes the connection if it fails."
    },
    "4.CONNACK.ConnectionAccepted": {
      "title": "Connected",
      "message": "The server accepted the connection.",
      "hint": "No action needed. Session Present tells you whether a previous session was resumed."
    },
    "4.CONNACK.UnacceptableProtocolVersion": {
      "title": "Protocol version not supported",
      "message": "The server refused the connection because it cannot use the MQTT version the client asked for.",
      "hint": "Set the client's protocol version to one the server supports, or upgrade the server."
    },
    "4.CONNACK.IdentifierRejected": {
      "title": "Client identifier rejected",
      "message": "The server refused the connection because it does not accept this client identifier.",
      "hint": "Check the server's rules for length and allowed characters. An empty client identifier needs Clean Session set to 1, and even then the server may refuse it."
    },
    "4.CONNACK.ServerUnavailable": {
      "title": "Server unavailable",
      "message": "The server answered, but its MQTT service cannot take connections right now.",
      "hint": "Retry after a delay, and make the delay longer after each failed attempt. If it keeps happening, check the server's health."
    },
    "4.CONNACK.BadUserNameOrPassword": {
      "title": "Bad user name or password",
      "message": "The server refused the connection because it did not accept the user name or password.",
      "hint": "Check the user name and password set in the client, and that the account exists on the server. If the password is a token, it may have expired: get a new one."
    },
    "4.CONNACK.NotAuthorized": {
      "title": "Not authorized to connect",
      "message": "The server did not allow this client to connect.",
      "hint": "First check the user name and password: some servers, mosquitto among them, answer wrong credentials with this code. If they are right, ask an administrator to let this user name or client identifier connect."
    },
    "4.SUBACK.GrantedQoS0": {
      "title": "Subscribed with maximum QoS 0",
      "message": "The server accepted the subscription with a maximum QoS of 0.",
      "hint": "If you asked for QoS 1 or 2, the server lowered it, and messages arrive without delivery guarantees."
    },
    "4.SUBACK.GrantedQoS1": {
      "title": "Subscribed with maximum QoS 1",
      "message": "The server accepted the subscription with a maximum QoS of 1.",
      "hint": "If you asked for QoS 2, the server lowered it, and messages may arrive more than once."
    },
    "4.SUBACK.GrantedQoS2": {
      "title": "Subscribed with maximum QoS 2",
      "message": "The server accepted the subscription with a maximum QoS of 2.",
      "hint": "No action needed."
    },
    "4.SUBACK.Failure": {
      "title": "Subscription failed",
      "message": "The server refused this subscription.",
      "hint": "MQTT 3.1.1 gives no reason. Check the topic filter, the client's permissions and the server logs."
    },
    "3.CONNACK.ConnectionAccepted": {
      "title": "Connected",
      "message": "The server accepted the connection.",
      "hint": "No action needed."
    },
    "3.CONNACK.UnacceptableProtocolVersion": {
      "title": "Protocol version not supported",
      "message": "The server refused the connection because it cannot use the MQTT version the client asked for.",
      "hint": "Set the client's protocol version to one the server supports, or upgrade the server."
    },
    "3.CONNACK.IdentifierRejected": {
      "title": "Client identifier rejected",
      "message": "The server refused the connection because it does not accept this client identifier.",
      "hint": "Use a client identifier of 1 to 23 characters, as MQTT 3.1 requires; servers answer an empty or a longer one with this code."
    },
    "3.CONNACK.ServerUnavailable": {
      "title": "Server unavailable",
      "message": "The server answered, but its MQTT service cannot take connections right now.",
      "hint": "Retry after a delay, and make the delay longer after each failed attempt. If it keeps happening, check the server's health."
    },
    "3.CONNACK.BadUserNameOrPassword": {
      "title": "Bad user name or password",
      "message": "The server refused the connection because it did not accept the user name or password.",
      "hint": "Check the user name and password set in the client, and that the account exists on the server. If the password is a token, it may have expired: get a new one."
    },
    "3.CONNACK.NotAuthorized": {
      "title": "Not authorized to connect",
      "message": "The server did not allow this client to connect.",
      "hint": "First check the user name and password: some servers, mosquitto among them, answer wrong credentials with this code. If they are right, ask an administrator to let this user name or client identifier connect."
    },
    "3.SUBACK.GrantedQoS0": {
      "title": "Subscribed with maximum QoS 0",
      "message": "The server accepted the subscription with a maximum QoS of 0.",
      "hint": "If you asked for QoS 1 or 2, the server lowered it, and messages arrive without delivery guarantees."
    },
    "3.SUBACK.GrantedQoS1": {
      "title": "Subscribed with maximum QoS 1",
      "message": "The server accepted the subscription with a maximum QoS of 1.",
      "hint": "If you asked for QoS 2, the server lowered it, and messages may arrive more than once."
    },
    "3.SUBACK.GrantedQoS2": {
      "title": "Subscribed with maximum QoS 2",
      "message": "The server accepted the subscription with a maximum QoS of 2.",
      "hint": "No action needed."
    }
  },
  "actions": {
    "none": {
      "label": "No action needed",
      "description": "The code reports success or gives information; nothing needs to be done."
    },
    "reconnect": {
      "label": "Reconnect",
      "description": "The condition ended with this connection. Reconnect now, and wait longer each time if it happens again."
    },
    "back-off": {
      "label": "Retry later",
      "description": "The same operation may succeed later without changes. Retry after a delay that grows with each attempt."
    },
    "redirect": {
      "label": "Use another server",
      "description": "Connect to the server named in the Server Reference. Without one, retry this server later."
    },
    "renew-credentials": {
      "label": "Renew credentials",
      "description": "Get a new user name, password or token before connecting again."
    },
    "ask-permission": {
      "label": "Ask for permission",
      "description": "An administrator must grant what was refused; retrying unchanged does not help."
    },
    "fix-request": {
      "label": "Fix the request",
      "description": "Change what the client sent or how it is configured before trying again."
    },
    "do-not-reconnect": {
      "label": "Do not reconnect",
      "description": "Reconnecting automatically makes things worse or cannot help; a person has to act."
    },
    "investigate": {
      "label": "Investigate",
      "description": "The code gives no reason. Read the reason string and the logs before deciding what to do."
    }
  },
  "notes": {},
  "decisions": {},
  "rules": {},
  "observed": {
    "onCodePage": "Real brokers that send this code",
    "closes": "closes the socket, no packet",
    "accepts": "accepts",
    "scenarios": {
      "wrong-password": "Wrong password",
      "unknown-user": "Unknown user",
      "anonymous-refused": "Anonymous client refused",
      "publish-denied": "PUBLISH denied",
      "subscribe-denied": "SUBSCRIBE denied",
      "unsubscribe-denied": "UNSUBSCRIBE denied",
      "packet-too-large": "Packet too large",
      "session-takeover": "Session taken over",
      "will-qos-not-supported": "Will QoS not supported",
      "will-retain-not-supported": "Retained will not supported",
      "unknown-authentication-method": "Unknown authentication method",
      "client-id-rejected": "Client identifier rejected",
      "keep-alive-timeout": "Keep alive timeout",
      "server-shutting-down": "Broker shutting down"
    },
    "entries": {}
  }
};
