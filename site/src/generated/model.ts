// @generated from spec/mqtt-5.0.yaml, spec/mqtt-3.1.1.yaml, spec/mqtt-3.1.yaml, spec/messages/en.yaml, spec/messages/ja.yaml, spec/messages/zh-Hans.yaml, spec/observed/aedes.yaml, spec/observed/mosquitto.yaml by tools/generator — DO NOT EDIT.
// Edit the spec and run `npm run generate` instead.
import type { SiteModel } from '../types.js';

export const SITE_MODEL: SiteModel = {
  "actions": [
    "none",
    "reconnect",
    "back-off",
    "redirect",
    "renew-credentials",
    "ask-permission",
    "fix-request",
    "do-not-reconnect",
    "investigate"
  ],
  "tables": [
    {
      "version": 5,
      "label": "5.0",
      "slug": "v5",
      "protocol": "MQTT 5.0",
      "documentTitle": "MQTT Version 5.0, OASIS Standard, 07 March 2019",
      "documentUrl": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html",
      "actionRule": "Every row names what the receiver of the code should do next, chosen by what changes the outcome. none: a success or information; nothing to do. reconnect: the condition ended with this connection (a keep alive timeout, a maximum connect time), so a new connection starts clean; reconnect at once, and back off if it happens again. back-off: the same operation may succeed later, unchanged, once the server's state changes (unavailable, busy, shutting down, over a quota or a rate); retry after growing delays. redirect: the packet asks the client to use another server (section 4.11); connect to the Server Reference it carries, or back off when it carries none. renew-credentials: the server rejects the credentials themselves; get a new user name, password or token before connecting again. ask-permission: the server accepts who the client is but not what it asked for; an administrator must grant it, and retrying unchanged does not help. fix-request: the client must change what it sent or how it is configured (packet contents, protocol version, client identifier, Will, subscription options, packet identifiers, sizes). do-not-reconnect: an automatic reconnect makes things worse or cannot help (another connection took the session over, the client is banned). investigate: the code gives no reason (unspecified, implementation specific) or points at a session-state mismatch only a person can sort out; read the reason string and the logs. `retryable` (isRetryable) is not written in this file: it is true exactly for reconnect, back-off and redirect.",
      "packets": [
        {
          "packet": "CONNACK",
          "section": "3.2.2.2",
          "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079"
        },
        {
          "packet": "PUBACK",
          "section": "3.4.2.1",
          "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901124"
        },
        {
          "packet": "PUBREC",
          "section": "3.5.2.1",
          "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901134"
        },
        {
          "packet": "PUBREL",
          "section": "3.6.2.1",
          "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901144"
        },
        {
          "packet": "PUBCOMP",
          "section": "3.7.2.1",
          "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901154"
        },
        {
          "packet": "SUBACK",
          "section": "3.9.3",
          "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178"
        },
        {
          "packet": "UNSUBACK",
          "section": "3.11.3",
          "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901194"
        },
        {
          "packet": "DISCONNECT",
          "section": "3.14.2.1",
          "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208"
        },
        {
          "packet": "AUTH",
          "section": "3.15.2.1",
          "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901220"
        }
      ],
      "decisions": [
        {
          "id": "disconnect-0x8c",
          "subject": "0x8C Bad authentication method in DISCONNECT",
          "sources": [
            "Table 2-6 (section 2.4) lists 0x8C for CONNACK and DISCONNECT.",
            "Table 3-10, Disconnect Reason Code values (section 3.14.2.1), does not list 0x8C, and MQTT-3.14.2-1 says the sender of a DISCONNECT MUST use one of the values of that table.",
            "Section 4.13.1: use 0x81 Malformed Packet or 0x82 Protocol Error unless 3.14.2.1 defines a more specific code.",
            "Section 3.15 and MQTT-4.12.0-5: every AUTH carries the same Authentication Method as the CONNECT; a different one is a Protocol Error.",
            "Table 3-1 (section 3.2.2.2) describes 0x8C as: the authentication method is not supported or does not match the authentication method currently in use."
          ],
          "decision": "List 0x8C as valid in DISCONNECT, sent by the Server, with section 2.4 (and its anchor) as the source of that row and a note that it is in Table 2-6 only and not conformant to send.",
          "reason": "A receiver has to decode every value Table 2-6 allows for a packet, and real servers send this one: EMQX answers an AUTH with a different method by DISCONNECT 0x8C (and by CONNACK 0x8C during the first exchange, since MQTT-4.12.0-5 applies there too), and mosquitto sends it when its authentication plugin rejects the method during re-authentication. Sending it is another matter: MQTT-3.14.2-1 limits a DISCONNECT to Table 3-10, and 4.13.1 and 3.15 make a method mismatch a Protocol Error, which is what mosquitto sends for a plain mismatch. So decoders list the row and senders are told to prefer 0x82. \"Server only\" is observed practice, not the standard's text (Table 2-6 gives no sender; HiveMQ's client can send it); the Server is the side that judges authentication, so the row keeps the Server as its sender."
        },
        {
          "id": "no-matching-subscribers-sender",
          "subject": "0x10 No matching subscribers is sent only by the Server",
          "sources": [
            "Table 3-4 (PUBACK, section 3.4.2.1) and Table 3-5 (PUBREC, section 3.5.2.1), row 0x10: This is sent only by the Server.",
            "PUBACK and PUBREC as packets are sent by the Client or the Server (MQTT-3.4.2-1, MQTT-3.5.2-1)."
          ],
          "decision": "The PUBACK and PUBREC rows of 0x10 are sent by [server] only, although the packets themselves go both ways.",
          "reason": "sentBy is recorded per row, not per packet, precisely so that a row can be narrower than its packet; the row's own text in both tables restricts it to the Server. A Client therefore never sends it; a Server that receives 0x10 in a PUBACK or PUBREC from a Client is talking to a Client that does not conform."
        },
        {
          "id": "per-packet-spellings",
          "subject": "Names that differ between Table 2-6 and a per-packet table",
          "sources": [
            "Table 2-6: 0x91 Packet Identifier in use; 0x10 No matching subscribers.",
            "Table 3-4 (PUBACK): 0x91 Packet identifier in use (lower-case i).",
            "Table 3-5 (PUBREC): 0x10 No matching subscribers. (with a trailing full stop)."
          ],
          "decision": "`name` is always the Table 2-6 spelling; the PUBACK row of 0x91 carries the per-packet spelling (lower-case i) in its own `name`. The trailing full stop of 0x10 in the PUBREC table is treated as a typo and not copied; the row's note mentions it. Every other row of every per-packet table spells the code as Table 2-6 does.",
          "reason": "The spec records the Table 2-6 spelling as the code's name and the packet table's spelling where it differs in wording or case; a stray full stop is punctuation, not a name, and would end up in every title shown to users. Identifiers are not affected."
        },
        {
          "id": "prose-spellings",
          "subject": "Names used in the prose that differ from the tables",
          "sources": [
            "Section 3.14.4: On receipt of DISCONNECT with a Reason Code of 0x00 (Success) the Server ... (Table 3-10 and Table 2-6 call 0x00 in DISCONNECT Normal disconnection).",
            "Section 4.12.1: AUTH packet with a Reason Code of 0x19 (Re-authentication) (the tables say Re-authenticate).",
            "Section 4.12 (MQTT-4.12.0-1): 0x87 (Not Authorized) (the tables say Not authorized)."
          ],
          "decision": "Follow the tables; 0x00 in DISCONNECT is NormalDisconnection, 0x19 is ReAuthenticate.",
          "reason": "The tables are where the standard defines the codes; the prose only refers to them."
        },
        {
          "id": "connack-to-v311",
          "subject": "Which MQTT 3.1.1 CONNACK return code a 5.0 Connect Reason Code corresponds to",
          "sources": [
            "MQTT 3.1.1 Table 3.1 (section 3.2.2.3): 0 Connection Accepted, 1 unacceptable protocol version, 2 identifier rejected, 3 Server unavailable (the Network Connection has been made but the MQTT service is unavailable), 4 bad user name or password, 5 not authorized.",
            "MQTT 3.1.1 MQTT-3.2.2-6: if none of the return codes in Table 3.1 are deemed applicable, the Server MUST close the Network Connection without sending a CONNACK.",
            "MQTT 3.1.1 MQTT-3.1.4-1: a CONNECT that does not conform is answered by closing the Network Connection without sending a CONNACK.",
            "MQTT 5.0 MQTT-4.12.0-1: a Server that does not support the Authentication Method MAY send 0x8C (Bad authentication method) or 0x87 (Not Authorized)."
          ],
          "decision": "0x00 → ConnectionAccepted; 0x84 → UnacceptableProtocolVersion; 0x85 → IdentifierRejected; 0x86 → BadUserNameOrPassword; 0x87, 0x8A Banned and 0x8C Bad authentication method → NotAuthorized; 0x88, and the server-side conditions that leave the MQTT service unavailable to this client (0x89 Server busy, 0x97 Quota exceeded, 0x9C Use another server, 0x9D Server moved, 0x9F Connection rate exceeded) → ServerUnavailable. No mapping for 0x80, 0x81, 0x82, 0x83, 0x90, 0x95, 0x99, 0x9A and 0x9B.",
          "reason": "A code is mapped only where a 3.1.1 description covers the same situation. Refusals of who the client is or what it may do are \"not authorized\" (5.0 itself offers 0x87 in place of 0x8C); refusals caused by the server's own state are \"Server unavailable\", the only 3.1.1 code about the server. The unmapped codes are about the CONNECT packet itself (malformed, protocol error, Will Topic, Will Payload, Will Retain, Will QoS, size) or give no reason at all; 3.1.1 has no return code for them, and its rules say a 3.1.1 server closes the connection without a CONNACK in that case."
        },
        {
          "id": "suback-to-v311",
          "subject": "Which MQTT 3.1.1 SUBACK return code a 5.0 Subscribe Reason Code corresponds to",
          "sources": [
            "MQTT 3.1.1 section 3.9.3: allowed return codes 0x00, 0x01, 0x02 (Success - Maximum QoS 0, 1, 2) and 0x80 (Failure).",
            "MQTT 5.0 Table 3-8 (section 3.9.3): 0x00-0x02 Granted QoS 0-2; every other value is 0x80 or above."
          ],
          "decision": "GrantedQoS0/1/2 map to GrantedQoS0/1/2; every SUBACK failure (0x80 and above) maps to Failure.",
          "reason": "3.1.1 has one failure code for SUBACK and the same three granted-QoS values."
        },
        {
          "id": "action-packet-identifier-in-use",
          "subject": "0x91 Packet Identifier in use is fix-request, not retryable",
          "sources": [
            "Section 2.4 non-normative comment on 0x91: fix the state, or reset the Session with Clean Start set to 1, or decide whether the Client or Server implementations are defective.",
            "MQTT-4.4.0-2: a PUBLISH answered with a PUBACK or PUBREC Reason Code of 0x80 or above is not retransmitted."
          ],
          "decision": "0x91 is fix-request in PUBACK, PUBREC, SUBACK and UNSUBACK.",
          "reason": "Repeating the same packet cannot help: the identifier is the problem, and a PUBLISH that was refused is never resent (MQTT-4.4.0-2). What helps is a changed request (a packet identifier that is free) or a changed session (Clean Start 1, which discards the session), and both are changes the client has to make, which is what fix-request means."
        },
        {
          "id": "action-quota-exceeded",
          "subject": "0x97 Quota exceeded is back-off",
          "sources": [
            "Table 2-6: 0x97 Quota exceeded, an implementation or administrative imposed limit has been exceeded."
          ],
          "decision": "0x97 is back-off in CONNACK, PUBACK, PUBREC, SUBACK and DISCONNECT.",
          "reason": "Quotas are counted over time or over what is in use (messages per period, connections, stored messages), so the same operation may succeed once the count drops, without any change by the client. A quota that never frees up needs an administrator to raise it; the hint says so for the case where back-off keeps failing."
        },
        {
          "id": "action-administrative-action",
          "subject": "0x98 Administrative action is back-off",
          "sources": [
            "Table 3-10: 0x98 The Connection is closed due to an administrative action.",
            "Table 3-1: 0x8A Banned, the Client is not authorized to connect; 0x87 Not authorized."
          ],
          "decision": "DISCONNECT 0x98 is back-off.",
          "reason": "The code says an administrator or an administrative process acted, not that the client may not come back. Reconnecting after a delay is safe: a lasting block is answered by the next CONNACK with 0x8A Banned or 0x87 Not authorized, whose own actions stop reconnecting. Reconnecting at once would fight an administrator who is still at work (for example draining a node), hence back-off rather than reconnect."
        },
        {
          "id": "action-redirect-without-reference",
          "subject": "0x9C and 0x9D without a Server Reference",
          "sources": [
            "Section 4.11: the Server MAY send 0x9C or 0x9D with a Server Reference property; the Server Reference is a space separated list of references whose format is not specified.",
            "Section 3.2.2.3.16 and 3.14.2.2.5: Server Reference in CONNACK and DISCONNECT."
          ],
          "decision": "The rows are redirect. A 0x9C or 0x9D that carries no Server Reference is handled as back-off (retry the same server after growing delays); `retryable` is true either way.",
          "reason": "Redirecting needs a target, and 4.11 does not require one. Without it the client can only try the same server again later, which is back-off. 0x9D (moved permanently) with a reference means the client should store the new address."
        },
        {
          "id": "action-disconnect-unspecified",
          "subject": "DISCONNECT 0x80 Unspecified error is investigate",
          "sources": [
            "Table 3-10: 0x80 Unspecified error, the Connection is closed but the sender either does not wish to reveal the reason, or none of the other Reason Codes apply."
          ],
          "decision": "0x80 and 0x83 are investigate in every packet, DISCONNECT included.",
          "reason": "Nothing in the code says whether reconnecting helps or hurts. Clients that reconnect after it should back off and stop after a few attempts (the MQTT.js policy does); only the reason string and the server's logs tell what happened."
        },
        {
          "id": "action-packet-identifier-not-found",
          "subject": "0x92 Packet Identifier not found is investigate",
          "sources": [
            "Tables 3-6 and 3-7: 0x92 The Packet Identifier is not known. This is not an error during recovery, but at other times indicates a mismatch between the Session State on the Client and Server."
          ],
          "decision": "0x92 is investigate in PUBREL and PUBCOMP.",
          "reason": "During recovery it needs nothing; at other times the two sides' session state differs, which no automatic step repairs and a person has to look at. Nothing is resent either way, so it is not retryable."
        },
        {
          "id": "action-do-not-reconnect",
          "subject": "0x8E Session taken over and 0x8A Banned are do-not-reconnect",
          "sources": [
            "Table 3-10: 0x8E Another Connection using the same ClientID has connected causing this Connection to be closed.",
            "Table 3-1: 0x8A Banned, the Client is not authorized to connect."
          ],
          "decision": "DISCONNECT 0x8E and CONNACK 0x8A are do-not-reconnect.",
          "reason": "After 0x8E a reconnect takes the session back from the other connection, which then reconnects in turn: two instances with one client identifier fight forever. A banned client that reconnects is refused again and may lengthen the ban. Either way a person has to act (fix the client identifiers, lift the ban)."
        },
        {
          "id": "action-protocol-violations",
          "subject": "DISCONNECT codes for broken rules are fix-request, whichever side sent them",
          "sources": [
            "Table 3-10: 0x81, 0x82, 0x90, 0x93, 0x94, 0x95, 0x99 are sent by the Client or the Server."
          ],
          "decision": "0x81, 0x82, 0x8F, 0x90, 0x93, 0x94, 0x95, 0x99 and the \"not supported\" codes (0x9A, 0x9B, 0x9E, 0xA1, 0xA2) are fix-request in DISCONNECT.",
          "reason": "The side that broke a rule has to change what it sends; reconnecting and sending the same packets again ends the same way. When the client receives the code, the client (or its library) broke the rule; when it sent the code, the fix is on the server, and the hints say which case is which."
        }
      ]
    },
    {
      "version": 4,
      "label": "3.1.1",
      "slug": "v3.1.1",
      "protocol": "MQTT 3.1.1",
      "documentTitle": "MQTT Version 3.1.1, OASIS Standard, 29 October 2014",
      "documentUrl": "https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html",
      "actionRule": "The same actions as in the MQTT 5.0 table (spec/mqtt-5.0.yaml, actionRule), applied to the 3.1.1 return codes. none: an accepted connection or a granted QoS. fix-request: the client must change its protocol version or its client identifier. back-off: the server is unavailable; retry after growing delays. renew-credentials: the user name or password is refused; get new credentials first. ask-permission: the client may not connect; an administrator must allow it (brokers also send this code for a wrong password, so check the credentials first). investigate: a SUBACK failure gives no reason. `retryable` is derived: true exactly for back-off (the only retryable action these codes use).",
      "packets": [
        {
          "packet": "CONNACK",
          "section": "3.2.2.3",
          "url": "https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc385349256"
        },
        {
          "packet": "SUBACK",
          "section": "3.9.3",
          "url": "https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc384800444"
        }
      ],
      "decisions": [
        {
          "id": "error-flag",
          "subject": "Which 3.1.1 return codes are errors",
          "sources": [
            "Section 3.2.2.3: a non-zero Connect return code refuses the connection, and the Server MUST then close the Network Connection (MQTT-3.2.2-5).",
            "Section 3.9.3: 0x80 means Failure; 0x00-0x02 mean Success with the maximum QoS granted."
          ],
          "decision": "error is true for CONNACK 1-5 and SUBACK 0x80, false otherwise.",
          "reason": "3.1.1 has no general \"0x80 and above\" rule; each table says which values mean refusal or failure."
        },
        {
          "id": "suback-failure-to-v5",
          "subject": "Which 5.0 code SUBACK 0x80 Failure corresponds to",
          "sources": [
            "MQTT 3.1.1 section 3.9.3: 0x80 - Failure, with no reason given.",
            "MQTT 5.0 Table 3-8: 0x80 Unspecified error - the Server either does not wish to reveal the reason or none of the other Reason Codes apply."
          ],
          "decision": "Failure maps to UnspecifiedError.",
          "reason": "Same value, and a 3.1.1 Failure carries no reason, which is what 5.0's Unspecified error says."
        },
        {
          "id": "connack-to-v5",
          "subject": "Which 5.0 code each 3.1.1 CONNACK return code corresponds to",
          "sources": [
            "MQTT 3.1.1 Table 3.1 (section 3.2.2.3).",
            "MQTT 5.0 Table 3-1 (section 3.2.2.2): 0x84 Unsupported Protocol Version, 0x85 Client Identifier not valid, 0x86 Bad User Name or Password, 0x87 Not authorized, 0x88 Server unavailable."
          ],
          "decision": "0 → Success, 1 → UnsupportedProtocolVersion, 2 → ClientIdentifierNotValid, 3 → ServerUnavailable, 4 → BadUserNameOrPassword, 5 → NotAuthorized.",
          "reason": "Each pair covers the same situation, though not always in the same words: 3.1.1 code 4 says the data in the user name or password is malformed, while 5.0 0x86 says the server does not accept the user name or password. Servers send 3.1.1 code 4 for credentials they reject, which is what 0x86 means, so the pair is kept; the other four pairs describe the same condition in both standards."
        },
        {
          "id": "action-v311",
          "subject": "The action of each 3.1.1 return code",
          "sources": [
            "MQTT 3.1.1 Table 3.1 (section 3.2.2.3) and section 3.9.3.",
            "spec/mqtt-5.0.yaml, decision connack-to-v311: the 5.0 codes each 3.1.1 code corresponds to."
          ],
          "decision": "Each CONNACK return code takes the action of the 5.0 code it maps to (toV5): 1 and 2 fix-request, 3 back-off, 4 renew-credentials, 5 ask-permission. SUBACK 0x80 Failure is investigate.",
          "reason": "The mapped pairs describe the same situation, so the next step is the same. 3.1.1 code 3 also stands for the 5.0 server-side refusals that map to it (busy, quota, rate), all of which are back-off. SUBACK 0x80 is the only failure 3.1.1 has for a subscription and says nothing about why, so only the server's logs can tell; mosquitto, for one, sends it when an ACL denies the subscription."
        }
      ]
    },
    {
      "version": 3,
      "label": "3.1",
      "slug": "v3.1",
      "protocol": "MQTT 3.1",
      "documentTitle": "MQTT V3.1 Protocol Specification, International Business Machines Corporation (IBM) and Eurotech, 2010",
      "documentUrl": "https://public.dhe.ibm.com/software/dw/webservices/ws-mqtt/mqtt-v3r1.html",
      "actionRule": "The same actions as in the MQTT 5.0 table (spec/mqtt-5.0.yaml, actionRule), applied to the 3.1 return codes. none: an accepted connection or a granted QoS. fix-request: the client must change its protocol version or its client identifier. back-off: the server is unavailable; retry after growing delays. renew-credentials: the user name or password is refused; get new credentials first. ask-permission: the client may not connect; an administrator must allow it (brokers also send this code for a wrong password, so check the credentials first). investigate: a SUBACK failure gives no reason. `retryable` is derived: true exactly for back-off (the only retryable action these codes use).",
      "packets": [
        {
          "packet": "CONNACK",
          "section": "3.2",
          "url": "https://public.dhe.ibm.com/software/dw/webservices/ws-mqtt/mqtt-v3r1.html#connack"
        },
        {
          "packet": "SUBACK",
          "section": "3.9",
          "url": "https://public.dhe.ibm.com/software/dw/webservices/ws-mqtt/mqtt-v3r1.html#suback"
        }
      ],
      "decisions": [
        {
          "id": "suback-no-failure",
          "subject": "MQTT 3.1 SUBACK has no failure code",
          "sources": [
            "MQTT 3.1 section 3.9 SUBACK: the payload contains a vector of granted QoS levels, one per topic name in the SUBSCRIBE, in the same order.",
            "MQTT 3.1.1 section 3.9.3 added 0x80 Failure; 3.1 defines no such value."
          ],
          "decision": "The 3.1 table lists only 0x00, 0x01 and 0x02 for SUBACK. A 0x80 in a SUBACK received on a 3.1 connection is an unknown code, not a Failure.",
          "reason": "3.1 gives a server no way to refuse a single subscription in SUBACK; adding 0x80 here would claim a meaning the 3.1 document does not define. Decoders that want 3.1.1 behaviour can look the value up in the 3.1.1 table."
        },
        {
          "id": "suback-names",
          "subject": "Names of the 3.1 SUBACK values",
          "sources": [
            "MQTT 3.1 section 3.9: The payload contains a vector of granted QoS levels (one per topic name in the SUBSCRIBE)."
          ],
          "decision": "Name them \"Granted QoS 0\", \"Granted QoS 1\" and \"Granted QoS 2\", with the identifiers 3.1.1 and 5.0 use.",
          "reason": "The 3.1 document has no per-value names for SUBACK, so the rows name what the byte means in the document's own terms (a granted QoS level)."
        },
        {
          "id": "error-flag",
          "subject": "Which 3.1 return codes are errors",
          "sources": [
            "MQTT 3.1 section 3.2: Connect Return Code 0 is Connection Accepted; 1-5 are Connection Refused; 6-255 are reserved for future use."
          ],
          "decision": "error is true for CONNACK 1-5 and false for CONNACK 0 and every SUBACK value.",
          "reason": "Every non-zero Connect Return Code refuses the connection; every SUBACK value grants a QoS."
        },
        {
          "id": "connack-to-v5",
          "subject": "Which 5.0 code each 3.1 CONNACK return code corresponds to",
          "sources": [
            "MQTT 3.1 section 3.2 Connect Return Code table.",
            "MQTT 5.0 Table 3-1 (section 3.2.2.2)."
          ],
          "decision": "0 → Success, 1 → UnsupportedProtocolVersion, 2 → ClientIdentifierNotValid, 3 → ServerUnavailable, 4 → BadUserNameOrPassword, 5 → NotAuthorized, the same as for 3.1.1.",
          "reason": "3.1.1 kept the 3.1 values and meanings, and 5.0 has a code with the same meaning for each."
        },
        {
          "id": "action-v31",
          "subject": "The action of each 3.1 return code",
          "sources": [
            "MQTT 3.1 section 3.2 Connect Return Code table: 1 unacceptable protocol version, 2 identifier rejected, 3 server unavailable, 4 bad user name or password, 5 not authorized.",
            "MQTT 3.1 section 3.1: the Client Identifier must be 1 to 23 characters long; otherwise the server answers with return code 2."
          ],
          "decision": "The same actions as the 3.1.1 rows with the same values: 0 none, 1 and 2 fix-request, 3 back-off, 4 renew-credentials, 5 ask-permission; SUBACK 0, 1 and 2 none.",
          "reason": "3.1.1 kept the 3.1 values and meanings (decision connack-to-v5), so the same situation calls for the same next step. Code 2 is fix-request rather than retryable: 3.1 rejects an identifier that is empty or longer than 23 characters, which only a changed identifier fixes."
        }
      ]
    }
  ],
  "rows": [
    {
      "key": "5.CONNACK.Success",
      "version": 5,
      "packet": "CONNACK",
      "value": 0,
      "hex": "0x00",
      "id": "Success",
      "name": "Success",
      "sentBy": [
        "server"
      ],
      "error": false,
      "retryable": false,
      "section": "3.2.2.2",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079",
      "action": "none",
      "toV311": {
        "version": 4,
        "packet": "CONNACK",
        "value": 0,
        "id": "ConnectionAccepted"
      },
      "decisions": [
        "prose-spellings",
        "connack-to-v311"
      ]
    },
    {
      "key": "5.CONNACK.UnspecifiedError",
      "version": 5,
      "packet": "CONNACK",
      "value": 128,
      "hex": "0x80",
      "id": "UnspecifiedError",
      "name": "Unspecified error",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.2.2.2",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079",
      "action": "investigate",
      "decisions": [
        "connack-to-v311"
      ]
    },
    {
      "key": "5.CONNACK.MalformedPacket",
      "version": 5,
      "packet": "CONNACK",
      "value": 129,
      "hex": "0x81",
      "id": "MalformedPacket",
      "name": "Malformed Packet",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.2.2.2",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079",
      "action": "fix-request",
      "decisions": [
        "connack-to-v311"
      ]
    },
    {
      "key": "5.CONNACK.ProtocolError",
      "version": 5,
      "packet": "CONNACK",
      "value": 130,
      "hex": "0x82",
      "id": "ProtocolError",
      "name": "Protocol Error",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.2.2.2",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079",
      "action": "fix-request",
      "decisions": [
        "connack-to-v311"
      ]
    },
    {
      "key": "5.CONNACK.ImplementationSpecificError",
      "version": 5,
      "packet": "CONNACK",
      "value": 131,
      "hex": "0x83",
      "id": "ImplementationSpecificError",
      "name": "Implementation specific error",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.2.2.2",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079",
      "action": "investigate",
      "decisions": [
        "connack-to-v311"
      ]
    },
    {
      "key": "5.CONNACK.UnsupportedProtocolVersion",
      "version": 5,
      "packet": "CONNACK",
      "value": 132,
      "hex": "0x84",
      "id": "UnsupportedProtocolVersion",
      "name": "Unsupported Protocol Version",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.2.2.2",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079",
      "action": "fix-request",
      "toV311": {
        "version": 4,
        "packet": "CONNACK",
        "value": 1,
        "id": "UnacceptableProtocolVersion"
      },
      "decisions": [
        "connack-to-v311"
      ]
    },
    {
      "key": "5.CONNACK.ClientIdentifierNotValid",
      "version": 5,
      "packet": "CONNACK",
      "value": 133,
      "hex": "0x85",
      "id": "ClientIdentifierNotValid",
      "name": "Client Identifier not valid",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.2.2.2",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079",
      "action": "fix-request",
      "toV311": {
        "version": 4,
        "packet": "CONNACK",
        "value": 2,
        "id": "IdentifierRejected"
      },
      "decisions": [
        "connack-to-v311"
      ]
    },
    {
      "key": "5.CONNACK.BadUserNameOrPassword",
      "version": 5,
      "packet": "CONNACK",
      "value": 134,
      "hex": "0x86",
      "id": "BadUserNameOrPassword",
      "name": "Bad User Name or Password",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.2.2.2",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079",
      "action": "renew-credentials",
      "toV311": {
        "version": 4,
        "packet": "CONNACK",
        "value": 4,
        "id": "BadUserNameOrPassword"
      },
      "decisions": [
        "connack-to-v311"
      ]
    },
    {
      "key": "5.CONNACK.NotAuthorized",
      "version": 5,
      "packet": "CONNACK",
      "value": 135,
      "hex": "0x87",
      "id": "NotAuthorized",
      "name": "Not authorized",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.2.2.2",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079",
      "action": "ask-permission",
      "toV311": {
        "version": 4,
        "packet": "CONNACK",
        "value": 5,
        "id": "NotAuthorized"
      },
      "decisions": [
        "connack-to-v311"
      ]
    },
    {
      "key": "5.CONNACK.ServerUnavailable",
      "version": 5,
      "packet": "CONNACK",
      "value": 136,
      "hex": "0x88",
      "id": "ServerUnavailable",
      "name": "Server unavailable",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": true,
      "section": "3.2.2.2",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079",
      "action": "back-off",
      "toV311": {
        "version": 4,
        "packet": "CONNACK",
        "value": 3,
        "id": "ServerUnavailable"
      },
      "decisions": [
        "connack-to-v311"
      ]
    },
    {
      "key": "5.CONNACK.ServerBusy",
      "version": 5,
      "packet": "CONNACK",
      "value": 137,
      "hex": "0x89",
      "id": "ServerBusy",
      "name": "Server busy",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": true,
      "section": "3.2.2.2",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079",
      "action": "back-off",
      "toV311": {
        "version": 4,
        "packet": "CONNACK",
        "value": 3,
        "id": "ServerUnavailable"
      },
      "decisions": [
        "connack-to-v311"
      ]
    },
    {
      "key": "5.CONNACK.Banned",
      "version": 5,
      "packet": "CONNACK",
      "value": 138,
      "hex": "0x8A",
      "id": "Banned",
      "name": "Banned",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.2.2.2",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079",
      "action": "do-not-reconnect",
      "toV311": {
        "version": 4,
        "packet": "CONNACK",
        "value": 5,
        "id": "NotAuthorized"
      },
      "decisions": [
        "connack-to-v311",
        "action-do-not-reconnect"
      ]
    },
    {
      "key": "5.CONNACK.BadAuthenticationMethod",
      "version": 5,
      "packet": "CONNACK",
      "value": 140,
      "hex": "0x8C",
      "id": "BadAuthenticationMethod",
      "name": "Bad authentication method",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.2.2.2",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079",
      "action": "fix-request",
      "toV311": {
        "version": 4,
        "packet": "CONNACK",
        "value": 5,
        "id": "NotAuthorized"
      },
      "decisions": [
        "connack-to-v311"
      ]
    },
    {
      "key": "5.CONNACK.TopicNameInvalid",
      "version": 5,
      "packet": "CONNACK",
      "value": 144,
      "hex": "0x90",
      "id": "TopicNameInvalid",
      "name": "Topic Name invalid",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.2.2.2",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079",
      "action": "fix-request",
      "decisions": [
        "connack-to-v311"
      ]
    },
    {
      "key": "5.CONNACK.PacketTooLarge",
      "version": 5,
      "packet": "CONNACK",
      "value": 149,
      "hex": "0x95",
      "id": "PacketTooLarge",
      "name": "Packet too large",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.2.2.2",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079",
      "action": "fix-request",
      "decisions": [
        "connack-to-v311"
      ]
    },
    {
      "key": "5.CONNACK.QuotaExceeded",
      "version": 5,
      "packet": "CONNACK",
      "value": 151,
      "hex": "0x97",
      "id": "QuotaExceeded",
      "name": "Quota exceeded",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": true,
      "section": "3.2.2.2",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079",
      "action": "back-off",
      "toV311": {
        "version": 4,
        "packet": "CONNACK",
        "value": 3,
        "id": "ServerUnavailable"
      },
      "decisions": [
        "connack-to-v311",
        "action-quota-exceeded"
      ]
    },
    {
      "key": "5.CONNACK.PayloadFormatInvalid",
      "version": 5,
      "packet": "CONNACK",
      "value": 153,
      "hex": "0x99",
      "id": "PayloadFormatInvalid",
      "name": "Payload format invalid",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.2.2.2",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079",
      "action": "fix-request",
      "decisions": [
        "connack-to-v311"
      ]
    },
    {
      "key": "5.CONNACK.RetainNotSupported",
      "version": 5,
      "packet": "CONNACK",
      "value": 154,
      "hex": "0x9A",
      "id": "RetainNotSupported",
      "name": "Retain not supported",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.2.2.2",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079",
      "action": "fix-request",
      "decisions": [
        "connack-to-v311"
      ]
    },
    {
      "key": "5.CONNACK.QoSNotSupported",
      "version": 5,
      "packet": "CONNACK",
      "value": 155,
      "hex": "0x9B",
      "id": "QoSNotSupported",
      "name": "QoS not supported",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.2.2.2",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079",
      "action": "fix-request",
      "decisions": [
        "connack-to-v311"
      ]
    },
    {
      "key": "5.CONNACK.UseAnotherServer",
      "version": 5,
      "packet": "CONNACK",
      "value": 156,
      "hex": "0x9C",
      "id": "UseAnotherServer",
      "name": "Use another server",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": true,
      "section": "3.2.2.2",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079",
      "action": "redirect",
      "toV311": {
        "version": 4,
        "packet": "CONNACK",
        "value": 3,
        "id": "ServerUnavailable"
      },
      "decisions": [
        "connack-to-v311",
        "action-redirect-without-reference"
      ]
    },
    {
      "key": "5.CONNACK.ServerMoved",
      "version": 5,
      "packet": "CONNACK",
      "value": 157,
      "hex": "0x9D",
      "id": "ServerMoved",
      "name": "Server moved",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": true,
      "section": "3.2.2.2",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079",
      "action": "redirect",
      "toV311": {
        "version": 4,
        "packet": "CONNACK",
        "value": 3,
        "id": "ServerUnavailable"
      },
      "decisions": [
        "connack-to-v311",
        "action-redirect-without-reference"
      ]
    },
    {
      "key": "5.CONNACK.ConnectionRateExceeded",
      "version": 5,
      "packet": "CONNACK",
      "value": 159,
      "hex": "0x9F",
      "id": "ConnectionRateExceeded",
      "name": "Connection rate exceeded",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": true,
      "section": "3.2.2.2",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901079",
      "action": "back-off",
      "toV311": {
        "version": 4,
        "packet": "CONNACK",
        "value": 3,
        "id": "ServerUnavailable"
      },
      "decisions": [
        "connack-to-v311"
      ]
    },
    {
      "key": "5.PUBACK.Success",
      "version": 5,
      "packet": "PUBACK",
      "value": 0,
      "hex": "0x00",
      "id": "Success",
      "name": "Success",
      "sentBy": [
        "client",
        "server"
      ],
      "error": false,
      "retryable": false,
      "section": "3.4.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901124",
      "action": "none",
      "decisions": [
        "prose-spellings"
      ]
    },
    {
      "key": "5.PUBACK.NoMatchingSubscribers",
      "version": 5,
      "packet": "PUBACK",
      "value": 16,
      "hex": "0x10",
      "id": "NoMatchingSubscribers",
      "name": "No matching subscribers",
      "sentBy": [
        "server"
      ],
      "error": false,
      "retryable": false,
      "section": "3.4.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901124",
      "note": "The PUBACK table says this code \"is sent only by the Server\": a Server that knows no subscription matches MAY use it instead of 0x00 (Success).",
      "action": "none",
      "decisions": [
        "no-matching-subscribers-sender",
        "per-packet-spellings"
      ]
    },
    {
      "key": "5.PUBACK.UnspecifiedError",
      "version": 5,
      "packet": "PUBACK",
      "value": 128,
      "hex": "0x80",
      "id": "UnspecifiedError",
      "name": "Unspecified error",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.4.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901124",
      "action": "investigate",
      "decisions": []
    },
    {
      "key": "5.PUBACK.ImplementationSpecificError",
      "version": 5,
      "packet": "PUBACK",
      "value": 131,
      "hex": "0x83",
      "id": "ImplementationSpecificError",
      "name": "Implementation specific error",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.4.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901124",
      "action": "investigate",
      "decisions": []
    },
    {
      "key": "5.PUBACK.NotAuthorized",
      "version": 5,
      "packet": "PUBACK",
      "value": 135,
      "hex": "0x87",
      "id": "NotAuthorized",
      "name": "Not authorized",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.4.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901124",
      "action": "ask-permission",
      "decisions": []
    },
    {
      "key": "5.PUBACK.TopicNameInvalid",
      "version": 5,
      "packet": "PUBACK",
      "value": 144,
      "hex": "0x90",
      "id": "TopicNameInvalid",
      "name": "Topic Name invalid",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.4.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901124",
      "action": "fix-request",
      "decisions": []
    },
    {
      "key": "5.PUBACK.PacketIdentifierInUse",
      "version": 5,
      "packet": "PUBACK",
      "value": 145,
      "hex": "0x91",
      "id": "PacketIdentifierInUse",
      "name": "Packet identifier in use",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.4.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901124",
      "action": "fix-request",
      "decisions": [
        "per-packet-spellings",
        "action-packet-identifier-in-use"
      ]
    },
    {
      "key": "5.PUBACK.QuotaExceeded",
      "version": 5,
      "packet": "PUBACK",
      "value": 151,
      "hex": "0x97",
      "id": "QuotaExceeded",
      "name": "Quota exceeded",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": true,
      "section": "3.4.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901124",
      "action": "back-off",
      "decisions": [
        "action-quota-exceeded"
      ]
    },
    {
      "key": "5.PUBACK.PayloadFormatInvalid",
      "version": 5,
      "packet": "PUBACK",
      "value": 153,
      "hex": "0x99",
      "id": "PayloadFormatInvalid",
      "name": "Payload format invalid",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.4.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901124",
      "action": "fix-request",
      "decisions": []
    },
    {
      "key": "5.PUBREC.Success",
      "version": 5,
      "packet": "PUBREC",
      "value": 0,
      "hex": "0x00",
      "id": "Success",
      "name": "Success",
      "sentBy": [
        "client",
        "server"
      ],
      "error": false,
      "retryable": false,
      "section": "3.5.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901134",
      "action": "none",
      "decisions": [
        "prose-spellings"
      ]
    },
    {
      "key": "5.PUBREC.NoMatchingSubscribers",
      "version": 5,
      "packet": "PUBREC",
      "value": 16,
      "hex": "0x10",
      "id": "NoMatchingSubscribers",
      "name": "No matching subscribers",
      "sentBy": [
        "server"
      ],
      "error": false,
      "retryable": false,
      "section": "3.5.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901134",
      "note": "The PUBREC table says this code \"is sent only by the Server\" (and spells its name with a trailing full stop): a Server that knows no subscription matches MAY use it instead of 0x00 (Success).",
      "action": "none",
      "decisions": [
        "no-matching-subscribers-sender",
        "per-packet-spellings"
      ]
    },
    {
      "key": "5.PUBREC.UnspecifiedError",
      "version": 5,
      "packet": "PUBREC",
      "value": 128,
      "hex": "0x80",
      "id": "UnspecifiedError",
      "name": "Unspecified error",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.5.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901134",
      "action": "investigate",
      "decisions": []
    },
    {
      "key": "5.PUBREC.ImplementationSpecificError",
      "version": 5,
      "packet": "PUBREC",
      "value": 131,
      "hex": "0x83",
      "id": "ImplementationSpecificError",
      "name": "Implementation specific error",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.5.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901134",
      "action": "investigate",
      "decisions": []
    },
    {
      "key": "5.PUBREC.NotAuthorized",
      "version": 5,
      "packet": "PUBREC",
      "value": 135,
      "hex": "0x87",
      "id": "NotAuthorized",
      "name": "Not authorized",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.5.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901134",
      "action": "ask-permission",
      "decisions": []
    },
    {
      "key": "5.PUBREC.TopicNameInvalid",
      "version": 5,
      "packet": "PUBREC",
      "value": 144,
      "hex": "0x90",
      "id": "TopicNameInvalid",
      "name": "Topic Name invalid",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.5.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901134",
      "action": "fix-request",
      "decisions": []
    },
    {
      "key": "5.PUBREC.PacketIdentifierInUse",
      "version": 5,
      "packet": "PUBREC",
      "value": 145,
      "hex": "0x91",
      "id": "PacketIdentifierInUse",
      "name": "Packet Identifier in use",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.5.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901134",
      "action": "fix-request",
      "decisions": [
        "per-packet-spellings",
        "action-packet-identifier-in-use"
      ]
    },
    {
      "key": "5.PUBREC.QuotaExceeded",
      "version": 5,
      "packet": "PUBREC",
      "value": 151,
      "hex": "0x97",
      "id": "QuotaExceeded",
      "name": "Quota exceeded",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": true,
      "section": "3.5.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901134",
      "action": "back-off",
      "decisions": [
        "action-quota-exceeded"
      ]
    },
    {
      "key": "5.PUBREC.PayloadFormatInvalid",
      "version": 5,
      "packet": "PUBREC",
      "value": 153,
      "hex": "0x99",
      "id": "PayloadFormatInvalid",
      "name": "Payload format invalid",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.5.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901134",
      "action": "fix-request",
      "decisions": []
    },
    {
      "key": "5.PUBREL.Success",
      "version": 5,
      "packet": "PUBREL",
      "value": 0,
      "hex": "0x00",
      "id": "Success",
      "name": "Success",
      "sentBy": [
        "client",
        "server"
      ],
      "error": false,
      "retryable": false,
      "section": "3.6.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901144",
      "action": "none",
      "decisions": [
        "prose-spellings"
      ]
    },
    {
      "key": "5.PUBREL.PacketIdentifierNotFound",
      "version": 5,
      "packet": "PUBREL",
      "value": 146,
      "hex": "0x92",
      "id": "PacketIdentifierNotFound",
      "name": "Packet Identifier not found",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.6.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901144",
      "action": "investigate",
      "decisions": [
        "action-packet-identifier-not-found"
      ]
    },
    {
      "key": "5.PUBCOMP.Success",
      "version": 5,
      "packet": "PUBCOMP",
      "value": 0,
      "hex": "0x00",
      "id": "Success",
      "name": "Success",
      "sentBy": [
        "client",
        "server"
      ],
      "error": false,
      "retryable": false,
      "section": "3.7.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901154",
      "action": "none",
      "decisions": [
        "prose-spellings"
      ]
    },
    {
      "key": "5.PUBCOMP.PacketIdentifierNotFound",
      "version": 5,
      "packet": "PUBCOMP",
      "value": 146,
      "hex": "0x92",
      "id": "PacketIdentifierNotFound",
      "name": "Packet Identifier not found",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.7.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901154",
      "action": "investigate",
      "decisions": [
        "action-packet-identifier-not-found"
      ]
    },
    {
      "key": "5.SUBACK.GrantedQoS0",
      "version": 5,
      "packet": "SUBACK",
      "value": 0,
      "hex": "0x00",
      "id": "GrantedQoS0",
      "name": "Granted QoS 0",
      "sentBy": [
        "server"
      ],
      "error": false,
      "retryable": false,
      "section": "3.9.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178",
      "action": "none",
      "toV311": {
        "version": 4,
        "packet": "SUBACK",
        "value": 0,
        "id": "GrantedQoS0"
      },
      "decisions": [
        "prose-spellings",
        "suback-to-v311"
      ]
    },
    {
      "key": "5.SUBACK.GrantedQoS1",
      "version": 5,
      "packet": "SUBACK",
      "value": 1,
      "hex": "0x01",
      "id": "GrantedQoS1",
      "name": "Granted QoS 1",
      "sentBy": [
        "server"
      ],
      "error": false,
      "retryable": false,
      "section": "3.9.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178",
      "action": "none",
      "toV311": {
        "version": 4,
        "packet": "SUBACK",
        "value": 1,
        "id": "GrantedQoS1"
      },
      "decisions": [
        "suback-to-v311"
      ]
    },
    {
      "key": "5.SUBACK.GrantedQoS2",
      "version": 5,
      "packet": "SUBACK",
      "value": 2,
      "hex": "0x02",
      "id": "GrantedQoS2",
      "name": "Granted QoS 2",
      "sentBy": [
        "server"
      ],
      "error": false,
      "retryable": false,
      "section": "3.9.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178",
      "action": "none",
      "toV311": {
        "version": 4,
        "packet": "SUBACK",
        "value": 2,
        "id": "GrantedQoS2"
      },
      "decisions": [
        "suback-to-v311"
      ]
    },
    {
      "key": "5.SUBACK.UnspecifiedError",
      "version": 5,
      "packet": "SUBACK",
      "value": 128,
      "hex": "0x80",
      "id": "UnspecifiedError",
      "name": "Unspecified error",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.9.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178",
      "action": "investigate",
      "toV311": {
        "version": 4,
        "packet": "SUBACK",
        "value": 128,
        "id": "Failure"
      },
      "decisions": [
        "suback-to-v311"
      ]
    },
    {
      "key": "5.SUBACK.ImplementationSpecificError",
      "version": 5,
      "packet": "SUBACK",
      "value": 131,
      "hex": "0x83",
      "id": "ImplementationSpecificError",
      "name": "Implementation specific error",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.9.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178",
      "action": "investigate",
      "toV311": {
        "version": 4,
        "packet": "SUBACK",
        "value": 128,
        "id": "Failure"
      },
      "decisions": [
        "suback-to-v311"
      ]
    },
    {
      "key": "5.SUBACK.NotAuthorized",
      "version": 5,
      "packet": "SUBACK",
      "value": 135,
      "hex": "0x87",
      "id": "NotAuthorized",
      "name": "Not authorized",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.9.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178",
      "action": "ask-permission",
      "toV311": {
        "version": 4,
        "packet": "SUBACK",
        "value": 128,
        "id": "Failure"
      },
      "decisions": [
        "suback-to-v311"
      ]
    },
    {
      "key": "5.SUBACK.TopicFilterInvalid",
      "version": 5,
      "packet": "SUBACK",
      "value": 143,
      "hex": "0x8F",
      "id": "TopicFilterInvalid",
      "name": "Topic Filter invalid",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.9.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178",
      "action": "fix-request",
      "toV311": {
        "version": 4,
        "packet": "SUBACK",
        "value": 128,
        "id": "Failure"
      },
      "decisions": [
        "suback-to-v311"
      ]
    },
    {
      "key": "5.SUBACK.PacketIdentifierInUse",
      "version": 5,
      "packet": "SUBACK",
      "value": 145,
      "hex": "0x91",
      "id": "PacketIdentifierInUse",
      "name": "Packet Identifier in use",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.9.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178",
      "action": "fix-request",
      "toV311": {
        "version": 4,
        "packet": "SUBACK",
        "value": 128,
        "id": "Failure"
      },
      "decisions": [
        "per-packet-spellings",
        "suback-to-v311",
        "action-packet-identifier-in-use"
      ]
    },
    {
      "key": "5.SUBACK.QuotaExceeded",
      "version": 5,
      "packet": "SUBACK",
      "value": 151,
      "hex": "0x97",
      "id": "QuotaExceeded",
      "name": "Quota exceeded",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": true,
      "section": "3.9.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178",
      "action": "back-off",
      "toV311": {
        "version": 4,
        "packet": "SUBACK",
        "value": 128,
        "id": "Failure"
      },
      "decisions": [
        "suback-to-v311",
        "action-quota-exceeded"
      ]
    },
    {
      "key": "5.SUBACK.SharedSubscriptionsNotSupported",
      "version": 5,
      "packet": "SUBACK",
      "value": 158,
      "hex": "0x9E",
      "id": "SharedSubscriptionsNotSupported",
      "name": "Shared Subscriptions not supported",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.9.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178",
      "action": "fix-request",
      "toV311": {
        "version": 4,
        "packet": "SUBACK",
        "value": 128,
        "id": "Failure"
      },
      "decisions": [
        "suback-to-v311"
      ]
    },
    {
      "key": "5.SUBACK.SubscriptionIdentifiersNotSupported",
      "version": 5,
      "packet": "SUBACK",
      "value": 161,
      "hex": "0xA1",
      "id": "SubscriptionIdentifiersNotSupported",
      "name": "Subscription Identifiers not supported",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.9.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178",
      "action": "fix-request",
      "toV311": {
        "version": 4,
        "packet": "SUBACK",
        "value": 128,
        "id": "Failure"
      },
      "decisions": [
        "suback-to-v311"
      ]
    },
    {
      "key": "5.SUBACK.WildcardSubscriptionsNotSupported",
      "version": 5,
      "packet": "SUBACK",
      "value": 162,
      "hex": "0xA2",
      "id": "WildcardSubscriptionsNotSupported",
      "name": "Wildcard Subscriptions not supported",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.9.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901178",
      "action": "fix-request",
      "toV311": {
        "version": 4,
        "packet": "SUBACK",
        "value": 128,
        "id": "Failure"
      },
      "decisions": [
        "suback-to-v311"
      ]
    },
    {
      "key": "5.UNSUBACK.Success",
      "version": 5,
      "packet": "UNSUBACK",
      "value": 0,
      "hex": "0x00",
      "id": "Success",
      "name": "Success",
      "sentBy": [
        "server"
      ],
      "error": false,
      "retryable": false,
      "section": "3.11.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901194",
      "action": "none",
      "decisions": [
        "prose-spellings"
      ]
    },
    {
      "key": "5.UNSUBACK.NoSubscriptionExisted",
      "version": 5,
      "packet": "UNSUBACK",
      "value": 17,
      "hex": "0x11",
      "id": "NoSubscriptionExisted",
      "name": "No subscription existed",
      "sentBy": [
        "server"
      ],
      "error": false,
      "retryable": false,
      "section": "3.11.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901194",
      "action": "none",
      "decisions": []
    },
    {
      "key": "5.UNSUBACK.UnspecifiedError",
      "version": 5,
      "packet": "UNSUBACK",
      "value": 128,
      "hex": "0x80",
      "id": "UnspecifiedError",
      "name": "Unspecified error",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.11.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901194",
      "action": "investigate",
      "decisions": []
    },
    {
      "key": "5.UNSUBACK.ImplementationSpecificError",
      "version": 5,
      "packet": "UNSUBACK",
      "value": 131,
      "hex": "0x83",
      "id": "ImplementationSpecificError",
      "name": "Implementation specific error",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.11.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901194",
      "action": "investigate",
      "decisions": []
    },
    {
      "key": "5.UNSUBACK.NotAuthorized",
      "version": 5,
      "packet": "UNSUBACK",
      "value": 135,
      "hex": "0x87",
      "id": "NotAuthorized",
      "name": "Not authorized",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.11.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901194",
      "action": "ask-permission",
      "decisions": []
    },
    {
      "key": "5.UNSUBACK.TopicFilterInvalid",
      "version": 5,
      "packet": "UNSUBACK",
      "value": 143,
      "hex": "0x8F",
      "id": "TopicFilterInvalid",
      "name": "Topic Filter invalid",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.11.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901194",
      "action": "fix-request",
      "decisions": []
    },
    {
      "key": "5.UNSUBACK.PacketIdentifierInUse",
      "version": 5,
      "packet": "UNSUBACK",
      "value": 145,
      "hex": "0x91",
      "id": "PacketIdentifierInUse",
      "name": "Packet Identifier in use",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.11.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901194",
      "action": "fix-request",
      "decisions": [
        "per-packet-spellings",
        "action-packet-identifier-in-use"
      ]
    },
    {
      "key": "5.DISCONNECT.NormalDisconnection",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 0,
      "hex": "0x00",
      "id": "NormalDisconnection",
      "name": "Normal disconnection",
      "sentBy": [
        "client",
        "server"
      ],
      "error": false,
      "retryable": false,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "none",
      "decisions": [
        "prose-spellings",
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.DisconnectWithWillMessage",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 4,
      "hex": "0x04",
      "id": "DisconnectWithWillMessage",
      "name": "Disconnect with Will Message",
      "sentBy": [
        "client"
      ],
      "error": false,
      "retryable": false,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "none",
      "decisions": [
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.UnspecifiedError",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 128,
      "hex": "0x80",
      "id": "UnspecifiedError",
      "name": "Unspecified error",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "investigate",
      "decisions": [
        "action-disconnect-unspecified",
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.MalformedPacket",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 129,
      "hex": "0x81",
      "id": "MalformedPacket",
      "name": "Malformed Packet",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "fix-request",
      "decisions": [
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.ProtocolError",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 130,
      "hex": "0x82",
      "id": "ProtocolError",
      "name": "Protocol Error",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "fix-request",
      "decisions": [
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.ImplementationSpecificError",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 131,
      "hex": "0x83",
      "id": "ImplementationSpecificError",
      "name": "Implementation specific error",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "investigate",
      "decisions": [
        "action-disconnect-unspecified",
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.NotAuthorized",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 135,
      "hex": "0x87",
      "id": "NotAuthorized",
      "name": "Not authorized",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "ask-permission",
      "decisions": [
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.ServerBusy",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 137,
      "hex": "0x89",
      "id": "ServerBusy",
      "name": "Server busy",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": true,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "back-off",
      "decisions": [
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.ServerShuttingDown",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 139,
      "hex": "0x8B",
      "id": "ServerShuttingDown",
      "name": "Server shutting down",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": true,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "back-off",
      "decisions": [
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.BadAuthenticationMethod",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 140,
      "hex": "0x8C",
      "id": "BadAuthenticationMethod",
      "name": "Bad authentication method",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "2.4",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901031",
      "note": "Listed for DISCONNECT only in Table 2-6: the Disconnect Reason Code table (3.14.2.1) does not have it, so a sender that follows MQTT-3.14.2-1 does not use it, and 3.15 makes a changed Authentication Method a Protocol Error (0x82). Brokers do send it (EMQX for an AUTH with another method, mosquitto when its plugin rejects the method on re-authentication), so receivers must decode it; see decision disconnect-0x8c.",
      "action": "fix-request",
      "decisions": [
        "disconnect-0x8c",
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.KeepAliveTimeout",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 141,
      "hex": "0x8D",
      "id": "KeepAliveTimeout",
      "name": "Keep Alive timeout",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": true,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "reconnect",
      "decisions": [
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.SessionTakenOver",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 142,
      "hex": "0x8E",
      "id": "SessionTakenOver",
      "name": "Session taken over",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "do-not-reconnect",
      "decisions": [
        "action-do-not-reconnect",
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.TopicFilterInvalid",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 143,
      "hex": "0x8F",
      "id": "TopicFilterInvalid",
      "name": "Topic Filter invalid",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "fix-request",
      "decisions": [
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.TopicNameInvalid",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 144,
      "hex": "0x90",
      "id": "TopicNameInvalid",
      "name": "Topic Name invalid",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "fix-request",
      "decisions": [
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.ReceiveMaximumExceeded",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 147,
      "hex": "0x93",
      "id": "ReceiveMaximumExceeded",
      "name": "Receive Maximum exceeded",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "fix-request",
      "decisions": [
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.TopicAliasInvalid",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 148,
      "hex": "0x94",
      "id": "TopicAliasInvalid",
      "name": "Topic Alias invalid",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "fix-request",
      "decisions": [
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.PacketTooLarge",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 149,
      "hex": "0x95",
      "id": "PacketTooLarge",
      "name": "Packet too large",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "fix-request",
      "decisions": [
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.MessageRateTooHigh",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 150,
      "hex": "0x96",
      "id": "MessageRateTooHigh",
      "name": "Message rate too high",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": true,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "back-off",
      "decisions": [
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.QuotaExceeded",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 151,
      "hex": "0x97",
      "id": "QuotaExceeded",
      "name": "Quota exceeded",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": true,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "back-off",
      "decisions": [
        "action-quota-exceeded",
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.AdministrativeAction",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 152,
      "hex": "0x98",
      "id": "AdministrativeAction",
      "name": "Administrative action",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": true,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "back-off",
      "decisions": [
        "action-administrative-action",
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.PayloadFormatInvalid",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 153,
      "hex": "0x99",
      "id": "PayloadFormatInvalid",
      "name": "Payload format invalid",
      "sentBy": [
        "client",
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "fix-request",
      "decisions": [
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.RetainNotSupported",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 154,
      "hex": "0x9A",
      "id": "RetainNotSupported",
      "name": "Retain not supported",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "fix-request",
      "decisions": [
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.QoSNotSupported",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 155,
      "hex": "0x9B",
      "id": "QoSNotSupported",
      "name": "QoS not supported",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "fix-request",
      "decisions": [
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.UseAnotherServer",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 156,
      "hex": "0x9C",
      "id": "UseAnotherServer",
      "name": "Use another server",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": true,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "redirect",
      "decisions": [
        "action-redirect-without-reference",
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.ServerMoved",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 157,
      "hex": "0x9D",
      "id": "ServerMoved",
      "name": "Server moved",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": true,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "redirect",
      "decisions": [
        "action-redirect-without-reference",
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.SharedSubscriptionsNotSupported",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 158,
      "hex": "0x9E",
      "id": "SharedSubscriptionsNotSupported",
      "name": "Shared Subscriptions not supported",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "fix-request",
      "decisions": [
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.ConnectionRateExceeded",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 159,
      "hex": "0x9F",
      "id": "ConnectionRateExceeded",
      "name": "Connection rate exceeded",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": true,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "back-off",
      "decisions": [
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.MaximumConnectTime",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 160,
      "hex": "0xA0",
      "id": "MaximumConnectTime",
      "name": "Maximum connect time",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": true,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "reconnect",
      "decisions": [
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.SubscriptionIdentifiersNotSupported",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 161,
      "hex": "0xA1",
      "id": "SubscriptionIdentifiersNotSupported",
      "name": "Subscription Identifiers not supported",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "fix-request",
      "decisions": [
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.DISCONNECT.WildcardSubscriptionsNotSupported",
      "version": 5,
      "packet": "DISCONNECT",
      "value": 162,
      "hex": "0xA2",
      "id": "WildcardSubscriptionsNotSupported",
      "name": "Wildcard Subscriptions not supported",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.14.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901208",
      "action": "fix-request",
      "decisions": [
        "action-protocol-violations"
      ]
    },
    {
      "key": "5.AUTH.Success",
      "version": 5,
      "packet": "AUTH",
      "value": 0,
      "hex": "0x00",
      "id": "Success",
      "name": "Success",
      "sentBy": [
        "server"
      ],
      "error": false,
      "retryable": false,
      "section": "3.15.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901220",
      "action": "none",
      "decisions": [
        "prose-spellings"
      ]
    },
    {
      "key": "5.AUTH.ContinueAuthentication",
      "version": 5,
      "packet": "AUTH",
      "value": 24,
      "hex": "0x18",
      "id": "ContinueAuthentication",
      "name": "Continue authentication",
      "sentBy": [
        "client",
        "server"
      ],
      "error": false,
      "retryable": false,
      "section": "3.15.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901220",
      "action": "none",
      "decisions": []
    },
    {
      "key": "5.AUTH.ReAuthenticate",
      "version": 5,
      "packet": "AUTH",
      "value": 25,
      "hex": "0x19",
      "id": "ReAuthenticate",
      "name": "Re-authenticate",
      "sentBy": [
        "client"
      ],
      "error": false,
      "retryable": false,
      "section": "3.15.2.1",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v5.0/os/mqtt-v5.0-os.html#_Toc3901220",
      "action": "none",
      "decisions": [
        "prose-spellings"
      ]
    },
    {
      "key": "4.CONNACK.ConnectionAccepted",
      "version": 4,
      "packet": "CONNACK",
      "value": 0,
      "hex": "0x00",
      "id": "ConnectionAccepted",
      "name": "Connection Accepted",
      "sentBy": [
        "server"
      ],
      "error": false,
      "retryable": false,
      "section": "3.2.2.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc385349256",
      "action": "none",
      "toV5": {
        "version": 5,
        "packet": "CONNACK",
        "value": 0,
        "id": "Success"
      },
      "decisions": [
        "connack-to-v5"
      ]
    },
    {
      "key": "4.CONNACK.UnacceptableProtocolVersion",
      "version": 4,
      "packet": "CONNACK",
      "value": 1,
      "hex": "0x01",
      "id": "UnacceptableProtocolVersion",
      "name": "Connection Refused, unacceptable protocol version",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.2.2.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc385349256",
      "action": "fix-request",
      "toV5": {
        "version": 5,
        "packet": "CONNACK",
        "value": 132,
        "id": "UnsupportedProtocolVersion"
      },
      "decisions": [
        "connack-to-v5"
      ]
    },
    {
      "key": "4.CONNACK.IdentifierRejected",
      "version": 4,
      "packet": "CONNACK",
      "value": 2,
      "hex": "0x02",
      "id": "IdentifierRejected",
      "name": "Connection Refused, identifier rejected",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.2.2.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc385349256",
      "action": "fix-request",
      "toV5": {
        "version": 5,
        "packet": "CONNACK",
        "value": 133,
        "id": "ClientIdentifierNotValid"
      },
      "decisions": [
        "connack-to-v5"
      ]
    },
    {
      "key": "4.CONNACK.ServerUnavailable",
      "version": 4,
      "packet": "CONNACK",
      "value": 3,
      "hex": "0x03",
      "id": "ServerUnavailable",
      "name": "Connection Refused, Server unavailable",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": true,
      "section": "3.2.2.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc385349256",
      "action": "back-off",
      "toV5": {
        "version": 5,
        "packet": "CONNACK",
        "value": 136,
        "id": "ServerUnavailable"
      },
      "decisions": [
        "connack-to-v5"
      ]
    },
    {
      "key": "4.CONNACK.BadUserNameOrPassword",
      "version": 4,
      "packet": "CONNACK",
      "value": 4,
      "hex": "0x04",
      "id": "BadUserNameOrPassword",
      "name": "Connection Refused, bad user name or password",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.2.2.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc385349256",
      "action": "renew-credentials",
      "toV5": {
        "version": 5,
        "packet": "CONNACK",
        "value": 134,
        "id": "BadUserNameOrPassword"
      },
      "decisions": [
        "connack-to-v5"
      ]
    },
    {
      "key": "4.CONNACK.NotAuthorized",
      "version": 4,
      "packet": "CONNACK",
      "value": 5,
      "hex": "0x05",
      "id": "NotAuthorized",
      "name": "Connection Refused, not authorized",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.2.2.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc385349256",
      "action": "ask-permission",
      "toV5": {
        "version": 5,
        "packet": "CONNACK",
        "value": 135,
        "id": "NotAuthorized"
      },
      "decisions": [
        "connack-to-v5"
      ]
    },
    {
      "key": "4.SUBACK.GrantedQoS0",
      "version": 4,
      "packet": "SUBACK",
      "value": 0,
      "hex": "0x00",
      "id": "GrantedQoS0",
      "name": "Success - Maximum QoS 0",
      "sentBy": [
        "server"
      ],
      "error": false,
      "retryable": false,
      "section": "3.9.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc384800444",
      "action": "none",
      "toV5": {
        "version": 5,
        "packet": "SUBACK",
        "value": 0,
        "id": "GrantedQoS0"
      },
      "decisions": []
    },
    {
      "key": "4.SUBACK.GrantedQoS1",
      "version": 4,
      "packet": "SUBACK",
      "value": 1,
      "hex": "0x01",
      "id": "GrantedQoS1",
      "name": "Success - Maximum QoS 1",
      "sentBy": [
        "server"
      ],
      "error": false,
      "retryable": false,
      "section": "3.9.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc384800444",
      "action": "none",
      "toV5": {
        "version": 5,
        "packet": "SUBACK",
        "value": 1,
        "id": "GrantedQoS1"
      },
      "decisions": []
    },
    {
      "key": "4.SUBACK.GrantedQoS2",
      "version": 4,
      "packet": "SUBACK",
      "value": 2,
      "hex": "0x02",
      "id": "GrantedQoS2",
      "name": "Success - Maximum QoS 2",
      "sentBy": [
        "server"
      ],
      "error": false,
      "retryable": false,
      "section": "3.9.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc384800444",
      "action": "none",
      "toV5": {
        "version": 5,
        "packet": "SUBACK",
        "value": 2,
        "id": "GrantedQoS2"
      },
      "decisions": []
    },
    {
      "key": "4.SUBACK.Failure",
      "version": 4,
      "packet": "SUBACK",
      "value": 128,
      "hex": "0x80",
      "id": "Failure",
      "name": "Failure",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.9.3",
      "url": "https://docs.oasis-open.org/mqtt/mqtt/v3.1.1/os/mqtt-v3.1.1-os.html#_Toc384800444",
      "action": "investigate",
      "toV5": {
        "version": 5,
        "packet": "SUBACK",
        "value": 128,
        "id": "UnspecifiedError"
      },
      "decisions": [
        "error-flag",
        "suback-failure-to-v5",
        "action-v311"
      ]
    },
    {
      "key": "3.CONNACK.ConnectionAccepted",
      "version": 3,
      "packet": "CONNACK",
      "value": 0,
      "hex": "0x00",
      "id": "ConnectionAccepted",
      "name": "Connection Accepted",
      "sentBy": [
        "server"
      ],
      "error": false,
      "retryable": false,
      "section": "3.2",
      "url": "https://public.dhe.ibm.com/software/dw/webservices/ws-mqtt/mqtt-v3r1.html#connack",
      "action": "none",
      "toV5": {
        "version": 5,
        "packet": "CONNACK",
        "value": 0,
        "id": "Success"
      },
      "decisions": [
        "connack-to-v5"
      ]
    },
    {
      "key": "3.CONNACK.UnacceptableProtocolVersion",
      "version": 3,
      "packet": "CONNACK",
      "value": 1,
      "hex": "0x01",
      "id": "UnacceptableProtocolVersion",
      "name": "Connection Refused: unacceptable protocol version",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.2",
      "url": "https://public.dhe.ibm.com/software/dw/webservices/ws-mqtt/mqtt-v3r1.html#connack",
      "action": "fix-request",
      "toV5": {
        "version": 5,
        "packet": "CONNACK",
        "value": 132,
        "id": "UnsupportedProtocolVersion"
      },
      "decisions": [
        "connack-to-v5"
      ]
    },
    {
      "key": "3.CONNACK.IdentifierRejected",
      "version": 3,
      "packet": "CONNACK",
      "value": 2,
      "hex": "0x02",
      "id": "IdentifierRejected",
      "name": "Connection Refused: identifier rejected",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.2",
      "url": "https://public.dhe.ibm.com/software/dw/webservices/ws-mqtt/mqtt-v3r1.html#connack",
      "action": "fix-request",
      "toV5": {
        "version": 5,
        "packet": "CONNACK",
        "value": 133,
        "id": "ClientIdentifierNotValid"
      },
      "decisions": [
        "connack-to-v5"
      ]
    },
    {
      "key": "3.CONNACK.ServerUnavailable",
      "version": 3,
      "packet": "CONNACK",
      "value": 3,
      "hex": "0x03",
      "id": "ServerUnavailable",
      "name": "Connection Refused: server unavailable",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": true,
      "section": "3.2",
      "url": "https://public.dhe.ibm.com/software/dw/webservices/ws-mqtt/mqtt-v3r1.html#connack",
      "action": "back-off",
      "toV5": {
        "version": 5,
        "packet": "CONNACK",
        "value": 136,
        "id": "ServerUnavailable"
      },
      "decisions": [
        "connack-to-v5"
      ]
    },
    {
      "key": "3.CONNACK.BadUserNameOrPassword",
      "version": 3,
      "packet": "CONNACK",
      "value": 4,
      "hex": "0x04",
      "id": "BadUserNameOrPassword",
      "name": "Connection Refused: bad user name or password",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.2",
      "url": "https://public.dhe.ibm.com/software/dw/webservices/ws-mqtt/mqtt-v3r1.html#connack",
      "action": "renew-credentials",
      "toV5": {
        "version": 5,
        "packet": "CONNACK",
        "value": 134,
        "id": "BadUserNameOrPassword"
      },
      "decisions": [
        "connack-to-v5"
      ]
    },
    {
      "key": "3.CONNACK.NotAuthorized",
      "version": 3,
      "packet": "CONNACK",
      "value": 5,
      "hex": "0x05",
      "id": "NotAuthorized",
      "name": "Connection Refused: not authorized",
      "sentBy": [
        "server"
      ],
      "error": true,
      "retryable": false,
      "section": "3.2",
      "url": "https://public.dhe.ibm.com/software/dw/webservices/ws-mqtt/mqtt-v3r1.html#connack",
      "action": "ask-permission",
      "toV5": {
        "version": 5,
        "packet": "CONNACK",
        "value": 135,
        "id": "NotAuthorized"
      },
      "decisions": [
        "connack-to-v5"
      ]
    },
    {
      "key": "3.SUBACK.GrantedQoS0",
      "version": 3,
      "packet": "SUBACK",
      "value": 0,
      "hex": "0x00",
      "id": "GrantedQoS0",
      "name": "Granted QoS 0",
      "sentBy": [
        "server"
      ],
      "error": false,
      "retryable": false,
      "section": "3.9",
      "url": "https://public.dhe.ibm.com/software/dw/webservices/ws-mqtt/mqtt-v3r1.html#suback",
      "action": "none",
      "toV5": {
        "version": 5,
        "packet": "SUBACK",
        "value": 0,
        "id": "GrantedQoS0"
      },
      "decisions": [
        "suback-no-failure",
        "suback-names"
      ]
    },
    {
      "key": "3.SUBACK.GrantedQoS1",
      "version": 3,
      "packet": "SUBACK",
      "value": 1,
      "hex": "0x01",
      "id": "GrantedQoS1",
      "name": "Granted QoS 1",
      "sentBy": [
        "server"
      ],
      "error": false,
      "retryable": false,
      "section": "3.9",
      "url": "https://public.dhe.ibm.com/software/dw/webservices/ws-mqtt/mqtt-v3r1.html#suback",
      "action": "none",
      "toV5": {
        "version": 5,
        "packet": "SUBACK",
        "value": 1,
        "id": "GrantedQoS1"
      },
      "decisions": [
        "suback-no-failure",
        "suback-names"
      ]
    },
    {
      "key": "3.SUBACK.GrantedQoS2",
      "version": 3,
      "packet": "SUBACK",
      "value": 2,
      "hex": "0x02",
      "id": "GrantedQoS2",
      "name": "Granted QoS 2",
      "sentBy": [
        "server"
      ],
      "error": false,
      "retryable": false,
      "section": "3.9",
      "url": "https://public.dhe.ibm.com/software/dw/webservices/ws-mqtt/mqtt-v3r1.html#suback",
      "action": "none",
      "toV5": {
        "version": 5,
        "packet": "SUBACK",
        "value": 2,
        "id": "GrantedQoS2"
      },
      "decisions": [
        "suback-no-failure",
        "suback-names"
      ]
    }
  ],
  "sources": [
    "spec/mqtt-5.0.yaml",
    "spec/mqtt-3.1.1.yaml",
    "spec/mqtt-3.1.yaml",
    "spec/messages/en.yaml",
    "spec/messages/ja.yaml",
    "spec/messages/zh-Hans.yaml",
    "spec/observed/aedes.yaml",
    "spec/observed/mosquitto.yaml"
  ],
  "observed": [
    {
      "broker": "aedes",
      "name": "aedes",
      "testedWith": "aedes 2.0.0-beta.1 (MQTT 5.0) and 1.2.0 (MQTT 3.1.1), Node.js 20",
      "entries": [
        {
          "key": "aedes/wrong-password",
          "scenario": "wrong-password",
          "setup": "authenticate calls back with an error whose returnCode is 4.",
          "note": "authenticate takes returnCode 2 to 5 only; aedes 2 maps them to 0x85, 0x88, 0x86 and 0x87.",
          "v5": {
            "packet": "CONNACK",
            "code": 134
          },
          "v311": {
            "packet": "CONNACK",
            "code": 4
          }
        },
        {
          "key": "aedes/unknown-user",
          "scenario": "unknown-user",
          "setup": "authenticate calls back (null, false).",
          "v5": {
            "packet": "CONNACK",
            "code": 135
          },
          "v311": {
            "packet": "CONNACK",
            "code": 5
          }
        },
        {
          "key": "aedes/anonymous-refused",
          "scenario": "anonymous-refused",
          "setup": "authenticate calls back with an error without a returnCode.",
          "v5": {
            "packet": "CONNACK",
            "code": 135
          },
          "v311": {
            "packet": "CONNACK",
            "code": 5
          }
        },
        {
          "key": "aedes/publish-denied",
          "scenario": "publish-denied",
          "setup": "authorizePublish calls back with an error; PUBLISH at QoS 1.",
          "note": "aedes 2 sends the error's message as the Reason String.",
          "v5": {
            "packet": "PUBACK",
            "code": 135
          },
          "v311": "closes"
        },
        {
          "key": "aedes/subscribe-denied/null-subscription",
          "scenario": "subscribe-denied",
          "setup": "authorizeSubscribe calls back (null, null); SUBSCRIBE at QoS 1.",
          "v5": {
            "packet": "SUBACK",
            "code": 135
          },
          "v311": {
            "packet": "SUBACK",
            "code": 128
          }
        },
        {
          "key": "aedes/subscribe-denied/error",
          "scenario": "subscribe-denied",
          "setup": "authorizeSubscribe calls back with an error; SUBSCRIBE at QoS 1.",
          "v5": "closes",
          "v311": "closes"
        },
        {
          "key": "aedes/packet-too-large",
          "scenario": "packet-too-large",
          "setup": "maximumPacketSize 1000 (aedes 2); PUBLISH of 1500 bytes.",
          "note": "aedes 1.2.0 has no packet size limit.",
          "v5": {
            "packet": "DISCONNECT",
            "code": 149
          },
          "v311": "not-applicable"
        },
        {
          "key": "aedes/session-takeover",
          "scenario": "session-takeover",
          "setup": "a second client connects with the same client identifier.",
          "v5": {
            "packet": "DISCONNECT",
            "code": 142
          },
          "v311": "closes"
        },
        {
          "key": "aedes/will-qos-not-supported",
          "scenario": "will-qos-not-supported",
          "setup": "CONNECT with a will at QoS 2.",
          "note": "aedes has no setting that limits the will's QoS.",
          "v5": "accepts",
          "v311": "accepts"
        },
        {
          "key": "aedes/will-retain-not-supported",
          "scenario": "will-retain-not-supported",
          "setup": "CONNECT with a retained will.",
          "note": "aedes has no setting that turns retained messages off.",
          "v5": "accepts",
          "v311": "accepts"
        },
        {
          "key": "aedes/unknown-authentication-method",
          "scenario": "unknown-authentication-method",
          "setup": "CONNECT with Authentication Method SCRAM-SHA-1.",
          "note": "MQTT 3.1.1 has no Authentication Method.",
          "v5": {
            "packet": "CONNACK",
            "code": 140
          },
          "v311": "not-applicable"
        },
        {
          "key": "aedes/client-id-rejected/empty-persistent",
          "scenario": "client-id-rejected",
          "setup": "CONNECT with an empty client identifier and Clean Session (Clean Start) 0.",
          "note": "MQTT 5.0 allows this (aedes assigns a client identifier); aedes 1.2.0 accepts it in 3.1.1 too, where the standard requires return code 2 [MQTT-3.1.3-8].",
          "v5": "accepts",
          "v311": "accepts"
        },
        {
          "key": "aedes/keep-alive-timeout",
          "scenario": "keep-alive-timeout",
          "setup": "Keep Alive 1 second, then no packet from the client.",
          "v5": "closes",
          "v311": "closes"
        },
        {
          "key": "aedes/server-shutting-down",
          "scenario": "server-shutting-down",
          "setup": "broker.close() while the client is connected.",
          "v5": {
            "packet": "DISCONNECT",
            "code": 139
          },
          "v311": "closes"
        }
      ]
    },
    {
      "broker": "mosquitto",
      "name": "Eclipse Mosquitto",
      "testedWith": "mosquitto 2.0.11 (Debian 12)",
      "entries": [
        {
          "key": "mosquitto/wrong-password",
          "scenario": "wrong-password",
          "setup": "password_file; CONNECT with a known user name and a wrong password.",
          "note": "Not authorized, not Bad user name or password (0x86 / 4).",
          "v5": {
            "packet": "CONNACK",
            "code": 135
          },
          "v311": {
            "packet": "CONNACK",
            "code": 5
          }
        },
        {
          "key": "mosquitto/unknown-user",
          "scenario": "unknown-user",
          "setup": "password_file; CONNECT with a user name the file does not list.",
          "v5": {
            "packet": "CONNACK",
            "code": 135
          },
          "v311": {
            "packet": "CONNACK",
            "code": 5
          }
        },
        {
          "key": "mosquitto/anonymous-refused",
          "scenario": "anonymous-refused",
          "setup": "allow_anonymous false; CONNECT without a user name.",
          "v5": {
            "packet": "CONNACK",
            "code": 135
          },
          "v311": {
            "packet": "CONNACK",
            "code": 5
          }
        },
        {
          "key": "mosquitto/publish-denied",
          "scenario": "publish-denied",
          "setup": "acl_file without write access to the topic; PUBLISH at QoS 1.",
          "note": "In 3.1.1 the PUBACK has no code and the message is dropped.",
          "v5": {
            "packet": "PUBACK",
            "code": 135
          },
          "v311": "accepts"
        },
        {
          "key": "mosquitto/subscribe-denied/acl-file",
          "scenario": "subscribe-denied",
          "setup": "acl_file without read access to the filter; SUBSCRIBE at QoS 1.",
          "note": "acl_file never refuses a SUBSCRIBE; it only withholds the messages.",
          "v5": "accepts",
          "v311": "accepts"
        },
        {
          "key": "mosquitto/subscribe-denied/dynamic-security",
          "scenario": "subscribe-denied",
          "setup": "the dynamic-security plugin with a role denying subscribePattern for the filter; SUBSCRIBE at QoS 1.",
          "v5": {
            "packet": "SUBACK",
            "code": 135
          },
          "v311": {
            "packet": "SUBACK",
            "code": 128
          }
        },
        {
          "key": "mosquitto/unsubscribe-denied/dynamic-security",
          "scenario": "unsubscribe-denied",
          "setup": "the dynamic-security plugin with a role denying unsubscribePattern for the filter; UNSUBSCRIBE of a subscribed filter.",
          "note": "MQTT.js reports a refused UNSUBSCRIBE as success; in 3.1.1 UNSUBACK has no code.",
          "v5": {
            "packet": "UNSUBACK",
            "code": 135
          },
          "v311": "accepts"
        },
        {
          "key": "mosquitto/packet-too-large",
          "scenario": "packet-too-large",
          "setup": "max_packet_size 1000; PUBLISH of 1500 bytes.",
          "v5": {
            "packet": "DISCONNECT",
            "code": 149
          },
          "v311": "closes"
        },
        {
          "key": "mosquitto/session-takeover",
          "scenario": "session-takeover",
          "setup": "a second client connects with the same client identifier.",
          "note": "No DISCONNECT 0x8E reaches the first client.",
          "v5": "closes",
          "v311": "closes"
        },
        {
          "key": "mosquitto/will-qos-not-supported",
          "scenario": "will-qos-not-supported",
          "setup": "max_qos 1; CONNECT with a will at QoS 2.",
          "v5": {
            "packet": "CONNACK",
            "code": 155
          },
          "v311": "closes"
        },
        {
          "key": "mosquitto/will-retain-not-supported",
          "scenario": "will-retain-not-supported",
          "setup": "retain_available false; CONNECT with a retained will.",
          "v5": {
            "packet": "CONNACK",
            "code": 154
          },
          "v311": "closes"
        },
        {
          "key": "mosquitto/unknown-authentication-method",
          "scenario": "unknown-authentication-method",
          "setup": "no authentication plugin; CONNECT with Authentication Method SCRAM-SHA-1.",
          "note": "MQTT 3.1.1 has no Authentication Method.",
          "v5": {
            "packet": "CONNACK",
            "code": 140
          },
          "v311": "not-applicable"
        },
        {
          "key": "mosquitto/client-id-rejected/empty-persistent",
          "scenario": "client-id-rejected",
          "setup": "CONNECT with an empty client identifier and Clean Session (Clean Start) 0.",
          "note": "MQTT 5.0 allows this; mosquitto assigns a client identifier.",
          "v5": "accepts",
          "v311": {
            "packet": "CONNACK",
            "code": 2
          }
        },
        {
          "key": "mosquitto/client-id-rejected/clientid-prefixes",
          "scenario": "client-id-rejected",
          "setup": "clientid_prefixes allowed-; CONNECT with the client identifier other-1.",
          "note": "Not authorized, not Client identifier not valid (0x85 / 2).",
          "v5": {
            "packet": "CONNACK",
            "code": 135
          },
          "v311": {
            "packet": "CONNACK",
            "code": 5
          }
        },
        {
          "key": "mosquitto/keep-alive-timeout",
          "scenario": "keep-alive-timeout",
          "setup": "Keep Alive 1 second, then no packet from the client.",
          "v5": "closes",
          "v311": "closes"
        },
        {
          "key": "mosquitto/server-shutting-down",
          "scenario": "server-shutting-down",
          "setup": "the broker is stopped (SIGTERM) while the client is connected.",
          "note": "No DISCONNECT 0x8B reaches the client.",
          "v5": "closes",
          "v311": "closes"
        }
      ]
    }
  ]
};
