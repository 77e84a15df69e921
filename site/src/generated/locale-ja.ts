// @generated from spec/messages/ja.yaml by tools/generator — DO NOT EDIT.
// Edit the spec and run `npm run generate` instead.
import type { SiteLocale } from '../types.js';

export const LOCALE: SiteLocale = {
  "locale": "ja",
  "name": "日本語",
  "rows": {
    "5.CONNACK.Success": {
      "title": "接続成功",
      "message": "サーバーが接続を受け付けました。",
      "hint": "対応は不要です。以前のセッションが再開されたかは、Session Presentで確認できます。"
    },
    "5.CONNACK.UnspecifiedError": {
      "title": "接続の拒否（理由の明示なし）",
      "message": "サーバーは具体的な理由を示さずに接続を拒否しました。",
      "hint": "理由文字列やサーバーのログで原因を確認してください。"
    },
    "5.CONNACK.MalformedPacket": {
      "title": "不正な形式のCONNECTパケット",
      "message": "サーバーはCONNECTパケットを解析できず、接続を拒否しました。",
      "hint": "クライアントID、ユーザー名、ウィルメッセージのトピック名、User Propertyに、UTF-8として不正な文字列やU+0000（NULL文字）がないか確認してください。どれも正しければ、クライアントライブラリがCONNECTを誤って組み立てている可能性が高いため、ライブラリを更新してください。"
    },
    "5.CONNACK.ProtocolError": {
      "title": "プロトコルエラー",
      "message": "CONNECTパケットがプロトコルの規則に反しているため、サーバーは接続を拒否しました。",
      "hint": "接続オプションの値や組み合わせに誤りがないか、クライアントライブラリがMQTT 5.0に完全に対応しているか確認してください。"
    },
    "5.CONNACK.ImplementationSpecificError": {
      "title": "実装固有のエラー",
      "message": "サーバーは実装固有の理由で接続を拒否しました。",
      "hint": "理由文字列、サーバーのログ、サーバーのドキュメントを確認してください。"
    },
    "5.CONNACK.UnsupportedProtocolVersion": {
      "title": "プロトコルバージョン非対応",
      "message": "クライアントが要求したMQTTのプロトコルバージョンにサーバーが対応していないため、サーバーは接続を拒否しました。",
      "hint": "クライアントのプロトコルバージョンをサーバーが対応するものに合わせるか、サーバーを更新してください。"
    },
    "5.CONNACK.ClientIdentifierNotValid": {
      "title": "クライアントIDの拒否",
      "message": "サーバーはこのクライアントIDを受け付けず、接続を拒否しました。",
      "hint": "サーバーが定める長さや使える文字を確認してください。空のクライアントIDは、サーバーが割り当てる場合にのみ使えます。"
    },
    "5.CONNACK.BadUserNameOrPassword": {
      "title": "ユーザー名またはパスワードの誤り",
      "message": "サーバーはユーザー名またはパスワードを受け付けず、接続を拒否しました。",
      "hint": "クライアントに設定したユーザー名とパスワード、そのアカウントがサーバーにあるかを確認してください。パスワードにトークンを使っている場合は、期限切れの可能性があるため、新しいトークンを取得してください。"
    },
    "5.CONNACK.NotAuthorized": {
      "title": "接続の権限なし",
      "message": "サーバーはこのクライアントの接続を許可しませんでした。",
      "hint": "まずユーザー名とパスワードを確認してください。mosquittoなど、認証情報の誤りにこのコードを返すサーバーがあります。正しければ、このユーザー名やクライアントIDに接続の権限を付与するよう、管理者に依頼してください。"
    },
    "5.CONNACK.ServerUnavailable": {
      "title": "サーバー利用不可",
      "message": "サーバーは現在利用できない状態のため、接続を拒否しました。",
      "hint": "時間をおいて再試行し、失敗するたびに間隔を延ばしてください。解消しない場合はサーバーの状態を確認してください。"
    },
    "5.CONNACK.ServerBusy": {
      "title": "サーバー混雑中",
      "message": "サーバーが混雑しているため、現在は接続を受け付けられません。",
      "hint": "時間をおき、間隔を徐々に延ばしながら再試行してください。"
    },
    "5.CONNACK.Banned": {
      "title": "接続の禁止",
      "message": "このクライアントの接続は禁止されているため、サーバーは接続を拒否しました。",
      "hint": "自動で接続し直さないでください。禁止されている間は、何度接続しても成功しません。禁止の理由と解除方法を管理者に確認してください。"
    },
    "5.CONNACK.BadAuthenticationMethod": {
      "title": "不正な認証方式",
      "message": "クライアントが指定した認証方式にサーバーが対応していないため、サーバーは接続を拒否しました。",
      "hint": "サーバーが対応する認証方式を指定するか、代わりにユーザー名とパスワードで接続してください。"
    },
    "5.CONNACK.TopicNameInvalid": {
      "title": "無効なトピック名（ウィルメッセージ）",
      "message": "ウィルメッセージのトピック名が無効なため、サーバーは接続を拒否しました。",
      "hint": "ウィルメッセージのトピック名が、接頭辞、長さ、「$」で始まるトピックの扱いなど、サーバーの規則に合っているか確認してください。空にはできず、「+」や「#」も使えません。"
    },
    "5.CONNACK.PacketTooLarge": {
      "title": "CONNECTパケットサイズ超過",
      "message": "CONNECTパケットが許容サイズを超えているため、サーバーは接続を拒否しました。",
      "hint": "ウィルメッセージのペイロード、User Property、認証データのうち、大きいものを小さくしてください。"
    },
    "5.CONNACK.QuotaExceeded": {
      "title": "クォータ超過",
      "message": "このクライアントまたはアカウントのクォータを超えたため、サーバーは接続を拒否しました。",
      "hint": "時間をおいて再試行し、失敗するたびに間隔を延ばしてください。接続が閉じたり利用期間がリセットされたりすると、クォータは空きます。続く場合は、不要な接続を閉じるか、クォータの引き上げを管理者に依頼してください。"
    },
    "5.CONNACK.PayloadFormatInvalid": {
      "title": "ペイロード形式の不一致",
      "message": "ウィルメッセージのペイロードがPayload Format Indicatorの指定と一致しないため、サーバーは接続を拒否しました。",
      "hint": "UTF-8と指定したペイロードは正しいUTF-8にする必要があります。ペイロードを直すか、指定を外してください。"
    },
    "5.CONNACK.RetainNotSupported": {
      "title": "保持メッセージ非対応",
      "message": "サーバーは保持メッセージに対応していないため、Retainフラグ付きのウィルメッセージを含む接続を拒否しました。",
      "hint": "ウィルメッセージのRetainフラグを外してください。"
    },
    "5.CONNACK.QoSNotSupported": {
      "title": "QoS非対応",
      "message": "ウィルメッセージのQoSがサーバーの対応範囲を超えているため、サーバーは接続を拒否しました。",
      "hint": "ウィルメッセージのQoSを、サーバーが対応する値まで下げてください。"
    },
    "5.CONNACK.UseAnotherServer": {
      "title": "別のサーバーを使用",
      "message": "サーバーは接続を拒否し、当面は{serverReference}を使うよう求めています。",
      "hint": "示されたサーバー（複数ある場合はそのいずれか）か、設定済みの代替サーバーに接続してください。一時的な変更なので、元の接続先は残してください。接続先が示されていない場合は、時間をおいて再試行し、失敗するたびに間隔を延ばしてください。"
    },
    "5.CONNACK.ServerMoved": {
      "title": "サーバーの移転",
      "message": "サーバーは恒久的に移転したため接続を拒否し、今後は{serverReference}を使うよう求めています。",
      "hint": "クライアントの接続先を、示されたサーバーに変更してください。接続先が示されていない場合は、新しい接続先をサーバーの管理者に確認してください。それまでは時間をおいて再試行し、失敗するたびに間隔を延ばしてください。"
    },
    "5.CONNACK.ConnectionRateExceeded": {
      "title": "接続頻度超過",
      "message": "このクライアントの接続頻度が高すぎるため、サーバーは接続を拒否しました。",
      "hint": "再接続の前に待ち時間をおき、失敗するたびに間隔を延ばしてください。"
    },
    "5.PUBACK.Success": {
      "title": "パブリッシュ確認済み",
      "message": "パブリッシュの受信側がQoS 1のメッセージを受け付けました。",
      "hint": "対応は不要です。"
    },
    "5.PUBACK.NoMatchingSubscribers": {
      "title": "一致するサブスクライバーなし",
      "message": "サーバーはメッセージを受け付けましたが、トピックに一致するサブスクリプションがありません。",
      "hint": "エラーではありません。サブスクライバーがいるはずなら、トピック名を確認してください。"
    },
    "5.PUBACK.UnspecifiedError": {
      "title": "パブリッシュの拒否（理由の明示なし）",
      "message": "パブリッシュの受信側は、具体的な理由を示さずにこのメッセージを拒否しました。",
      "hint": "理由文字列や受信側のログを確認してください。"
    },
    "5.PUBACK.ImplementationSpecificError": {
      "title": "実装固有のエラー",
      "message": "パブリッシュの受信側は、実装固有の理由でこのメッセージを拒否しました。",
      "hint": "理由文字列や受信側のドキュメントを確認してください。"
    },
    "5.PUBACK.NotAuthorized": {
      "title": "パブリッシュの権限なし",
      "message": "このトピックへのパブリッシュが許可されていないため、受信側はメッセージを拒否しました。",
      "hint": "このトピックへのパブリッシュ権限の付与を管理者に依頼してください。"
    },
    "5.PUBACK.TopicNameInvalid": {
      "title": "無効なトピック名",
      "message": "パブリッシュの受信側はこのトピック名を受け付けず、メッセージを拒否しました。",
      "hint": "接頭辞、長さ、階層の数、「$」で始まるトピックの扱いなど、受信側の規則にトピック名が合っているか確認してください。"
    },
    "5.PUBACK.PacketIdentifierInUse": {
      "title": "パケットIDが使用中",
      "message": "パケットIDがすでに使われているため、パブリッシュの受信側はメッセージを拒否しました。",
      "hint": "多くはクライアントライブラリの不具合か、セッション状態の食い違いです。使用中でないパケットIDでメッセージを送ってください。Clean Startを1にした新しい接続でも解消しますが、セッションは破棄され、サブスクリプションと送信待ちのメッセージは失われます。"
    },
    "5.PUBACK.QuotaExceeded": {
      "title": "クォータ超過",
      "message": "クォータを超えたため、パブリッシュの受信側はメッセージを拒否しました。",
      "hint": "時間をおいてパブリッシュし直し、失敗するたびに間隔を延ばしてください。続く場合は、パブリッシュの頻度や量を減らすか、クォータの引き上げを管理者に依頼してください。"
    },
    "5.PUBACK.PayloadFormatInvalid": {
      "title": "ペイロード形式の不一致",
      "message": "ペイロードがPayload Format Indicatorの指定と一致しないため、パブリッシュの受信側はメッセージを拒否しました。",
      "hint": "UTF-8と指定したペイロードは正しいUTF-8にする必要があります。ペイロードを直すか、指定を外してください。"
    },
    "5.PUBREC.Success": {
      "title": "パブリッシュ受信済み",
      "message": "パブリッシュの受信側がQoS 2のメッセージを受け付けました。続いてPUBRELで処理を進めます。",
      "hint": "対応は不要です。"
    },
    "5.PUBREC.NoMatchingSubscribers": {
      "title": "一致するサブスクライバーなし",
      "message": "サーバーはメッセージを受け付けましたが、トピックに一致するサブスクリプションがありません。",
      "hint": "エラーではありません。サブスクライバーがいるはずなら、トピック名を確認してください。"
    },
    "5.PUBREC.UnspecifiedError": {
      "title": "パブリッシュの拒否（理由の明示なし）",
      "message": "パブリッシュの受信側は、具体的な理由を示さずにこのメッセージを拒否しました。",
      "hint": "理由文字列や受信側のログを確認してください。"
    },
    "5.PUBREC.ImplementationSpecificError": {
      "title": "実装固有のエラー",
      "message": "パブリッシュの受信側は、実装固有の理由でこのメッセージを拒否しました。",
      "hint": "理由文字列や受信側のドキュメントを確認してください。"
    },
    "5.PUBREC.NotAuthorized": {
      "title": "パブリッシュの権限なし",
      "message": "このトピックへのパブリッシュが許可されていないため、受信側はメッセージを拒否しました。",
      "hint": "このトピックへのパブリッシュ権限の付与を管理者に依頼してください。"
    },
    "5.PUBREC.TopicNameInvalid": {
      "title": "無効なトピック名",
      "message": "パブリッシュの受信側はこのトピック名を受け付けず、メッセージを拒否しました。",
      "hint": "接頭辞、長さ、階層の数、「$」で始まるトピックの扱いなど、受信側の規則にトピック名が合っているか確認してください。"
    },
    "5.PUBREC.PacketIdentifierInUse": {
      "title": "パケットIDが使用中",
      "message": "パケットIDがすでに使われているため、パブリッシュの受信側はメッセージを拒否しました。",
      "hint": "多くはクライアントライブラリの不具合か、セッション状態の食い違いです。使用中でないパケットIDでメッセージを送ってください。Clean Startを1にした新しい接続でも解消しますが、セッションは破棄され、サブスクリプションと送信待ちのメッセージは失われます。"
    },
    "5.PUBREC.QuotaExceeded": {
      "title": "クォータ超過",
      "message": "クォータを超えたため、パブリッシュの受信側はメッセージを拒否しました。",
      "hint": "時間をおいてパブリッシュし直し、失敗するたびに間隔を延ばしてください。続く場合は、パブリッシュの頻度や量を減らすか、クォータの引き上げを管理者に依頼してください。"
    },
    "5.PUBREC.PayloadFormatInvalid": {
      "title": "ペイロード形式の不一致",
      "message": "ペイロードがPayload Format Indicatorの指定と一致しないため、パブリッシュの受信側はメッセージを拒否しました。",
      "hint": "UTF-8と指定したペイロードは正しいUTF-8にする必要があります。ペイロードを直すか、指定を外してください。"
    },
    "5.PUBREL.Success": {
      "title": "パブリッシュ解放済み",
      "message": "パブリッシュの送信側がPUBRECを確認し、QoS 2のメッセージを解放しました。",
      "hint": "対応は不要です。受信側がPUBCOMPを返して処理が完了します。"
    },
    "5.PUBREL.PacketIdentifierNotFound": {
      "title": "不明なパケットID",
      "message": "パブリッシュの送信側は、受け取ったPUBRECのパケットIDを認識できませんでした。",
      "hint": "セッションを再開した再接続の直後であれば、相手側がこのやり取りをすでに終えているだけなので、通常は問題ありません。それ以外で起きる場合は双方のセッション状態が食い違っており、QoS 2のメッセージが失われたり重複したりすることがあります。双方のログを突き合わせ、Clean Startを0に、Session Expiry Intervalを0より大きい値にし、サーバーが再起動後もセッションを保持するか確認してください。"
    },
    "5.PUBCOMP.Success": {
      "title": "パブリッシュ完了",
      "message": "パブリッシュの受信側がQoS 2のやり取りを完了し、パケットIDは再び使えるようになりました。",
      "hint": "対応は不要です。"
    },
    "5.PUBCOMP.PacketIdentifierNotFound": {
      "title": "不明なパケットID",
      "message": "パブリッシュの受信側は、受け取ったPUBRELのパケットIDを認識できませんでした。",
      "hint": "セッションを再開した再接続の直後であれば、相手側がこのやり取りをすでに終えているだけなので、通常は問題ありません。それ以外で起きる場合は双方のセッション状態が食い違っており、QoS 2のメッセージが失われたり重複したりすることがあります。双方のログを突き合わせ、Clean Startを0に、Session Expiry Intervalを0より大きい値にし、サーバーが再起動後もセッションを保持するか確認してください。"
    },
    "5.SUBACK.GrantedQoS0": {
      "title": "最大QoS 0で許可",
      "message": "サーバーはこのサブスクリプションを、最大QoS 0で受け付けました。",
      "hint": "QoS 1またはQoS 2を要求した場合は、サーバーが引き下げています。メッセージは配信の保証なしで届きます。"
    },
    "5.SUBACK.GrantedQoS1": {
      "title": "最大QoS 1で許可",
      "message": "サーバーはこのサブスクリプションを、最大QoS 1で受け付けました。",
      "hint": "QoS 2を要求した場合は、サーバーが引き下げています。メッセージが重複して届くことがあります。"
    },
    "5.SUBACK.GrantedQoS2": {
      "title": "最大QoS 2で許可",
      "message": "サーバーはこのサブスクリプションを、最大QoS 2で受け付けました。",
      "hint": "対応は不要です。"
    },
    "5.SUBACK.UnspecifiedError": {
      "title": "サブスクリプションの拒否（理由の明示なし）",
      "message": "サーバーは具体的な理由を示さずに、このサブスクリプションを拒否しました。",
      "hint": "理由文字列やサーバーのログで原因を確認してください。"
    },
    "5.SUBACK.ImplementationSpecificError": {
      "title": "実装固有のエラー",
      "message": "サーバーは実装固有の理由で、このサブスクリプションを拒否しました。",
      "hint": "理由文字列、サーバーのログ、サーバーのドキュメントを確認してください。"
    },
    "5.SUBACK.NotAuthorized": {
      "title": "サブスクライブの権限なし",
      "message": "このトピックフィルターへのサブスクライブが許可されていないため、サーバーは拒否しました。",
      "hint": "このトピックフィルターへのサブスクライブ権限の付与を管理者に依頼してください。"
    },
    "5.SUBACK.TopicFilterInvalid": {
      "title": "無効なトピックフィルター",
      "message": "トピックフィルターが無効か許可されていないため、サーバーはこのサブスクリプションを拒否しました。",
      "hint": "構文と、このクライアントに対するサーバーの規則を確認してください。「+」と「#」は階層の一部ではなく階層全体として書き、「#」は最後の階層にだけ使えます。サーバーが接頭辞、長さ、階層の数を制限していることもあります。"
    },
    "5.SUBACK.PacketIdentifierInUse": {
      "title": "パケットIDが使用中",
      "message": "パケットIDがすでに使われているため、サーバーはこのSUBSCRIBEを拒否しました。",
      "hint": "多くはクライアントライブラリの不具合です。使用中でないパケットIDで要求を送ってください。Clean Startを1にした新しい接続でも解消しますが、セッションは破棄され、サブスクリプションと送信待ちのメッセージは失われます。"
    },
    "5.SUBACK.QuotaExceeded": {
      "title": "クォータ超過",
      "message": "サブスクリプション数などのクォータを超えたため、サーバーはこのサブスクリプションを拒否しました。",
      "hint": "時間をおいてサブスクライブし直し、失敗するたびに間隔を延ばしてください。続く場合は、不要なサブスクリプションを削除するか、クォータの引き上げを管理者に依頼してください。"
    },
    "5.SUBACK.SharedSubscriptionsNotSupported": {
      "title": "共有サブスクリプション非対応",
      "message": "サーバーは共有サブスクリプションに対応していないため、このサブスクリプションを拒否しました。",
      "hint": "「$share/」を付けずにサブスクライブするか、共有サブスクリプションに対応したサーバーを使ってください。「$share/」を外すと、メッセージは分担されず、すべてのサブスクライバーに届きます。"
    },
    "5.SUBACK.SubscriptionIdentifiersNotSupported": {
      "title": "サブスクリプションID非対応",
      "message": "サーバーはサブスクリプションIDに対応していないため、このサブスクリプションを拒否しました。",
      "hint": "サブスクリプションIDを付けずにサブスクライブしてください。"
    },
    "5.SUBACK.WildcardSubscriptionsNotSupported": {
      "title": "ワイルドカード非対応",
      "message": "サーバーはトピックフィルターのワイルドカードに対応していないため、このサブスクリプションを拒否しました。",
      "hint": "「+」や「#」を使わず、トピック名ごとにサブスクライブしてください。"
    },
    "5.UNSUBACK.Success": {
      "title": "サブスクライブ解除完了",
      "message": "サーバーがサブスクリプションを削除しました。",
      "hint": "対応は不要です。"
    },
    "5.UNSUBACK.NoSubscriptionExisted": {
      "title": "該当するサブスクリプションなし",
      "message": "このトピックフィルターのサブスクリプションがなかったため、サーバーは何も削除しませんでした。",
      "hint": "エラーではありません。想定外なら、サブスクライブ時とまったく同じトピックフィルターを指定してください。"
    },
    "5.UNSUBACK.UnspecifiedError": {
      "title": "サブスクライブ解除の拒否（理由の明示なし）",
      "message": "サーバーは具体的な理由を示さずに、このサブスクライブ解除を拒否しました。",
      "hint": "理由文字列やサーバーのログを確認してください。サブスクリプションは残っている可能性があります。"
    },
    "5.UNSUBACK.ImplementationSpecificError": {
      "title": "実装固有のエラー",
      "message": "サーバーは実装固有の理由で、このサブスクライブ解除を拒否しました。",
      "hint": "理由文字列やサーバーのドキュメントを確認してください。サブスクリプションは残っている可能性があります。"
    },
    "5.UNSUBACK.NotAuthorized": {
      "title": "サブスクライブ解除の権限なし",
      "message": "このトピックフィルターのサブスクライブ解除が許可されていないため、サーバーは拒否しました。",
      "hint": "このトピックフィルターに対するクライアントの権限を管理者に確認してください。"
    },
    "5.UNSUBACK.TopicFilterInvalid": {
      "title": "無効なトピックフィルター",
      "message": "トピックフィルターが無効か、このクライアントには許可されていないため、サーバーはこのサブスクライブ解除を拒否しました。",
      "hint": "トピックフィルターの構文と、接頭辞、長さ、階層の数など、このクライアントに対するサーバーの規則を確認してください。一致するサブスクリプションがないだけなら、このコードではなく0x11が返ります。"
    },
    "5.UNSUBACK.PacketIdentifierInUse": {
      "title": "パケットIDが使用中",
      "message": "パケットIDがすでに使われているため、サーバーはこのUNSUBSCRIBEを拒否しました。",
      "hint": "多くはクライアントライブラリの不具合です。使用中でないパケットIDで要求を送ってください。Clean Startを1にした新しい接続でも解消しますが、セッションは破棄され、サブスクリプションと送信待ちのメッセージは失われます。"
    },
    "5.DISCONNECT.NormalDisconnection": {
      "title": "正常な切断",
      "message": "接続はエラーなく正常に切断されました。",
      "hint": "対応は不要です。クライアントがこのコードで切断した場合、サーバーはウィルメッセージを破棄します。"
    },
    "5.DISCONNECT.DisconnectWithWillMessage": {
      "title": "ウィルメッセージ付きの切断",
      "message": "クライアントが接続を切断し、ウィルメッセージのパブリッシュをサーバーに求めました。",
      "hint": "対応は不要です。ウィルメッセージは（遅延が指定されていればその後に）サブスクライバーへ届きます。"
    },
    "5.DISCONNECT.UnspecifiedError": {
      "title": "エラーによる切断（理由の明示なし）",
      "message": "接続は切断されましたが、切断した側は具体的な理由を示していません。",
      "hint": "理由文字列と双方のログを確認してください。"
    },
    "5.DISCONNECT.MalformedPacket": {
      "title": "不正な形式のパケット",
      "message": "解析できないパケットを受信した側が、接続を切断しました。",
      "hint": "相手側が、UTF-8として不正な文字列やU+0000、誤った長さなど、エンコードの規則に反するパケットを送っています。ログで該当するパケットを特定し、それを送った側のライブラリを更新してください。"
    },
    "5.DISCONNECT.ProtocolError": {
      "title": "プロトコルエラー",
      "message": "相手がプロトコルの規則に反したことを検出した側が、接続を切断しました。",
      "hint": "ログで原因のパケットを特定してください。サーバーがこのコードを送った場合、規則に反したのはクライアントで、クライアントライブラリの更新で解決することがよくあります。クライアントが送った場合は、サーバーが規則に反しています。"
    },
    "5.DISCONNECT.ImplementationSpecificError": {
      "title": "実装固有のエラー",
      "message": "切断した側の実装固有の理由で、接続が切断されました。",
      "hint": "理由文字列や、切断した側のドキュメントを確認してください。"
    },
    "5.DISCONNECT.NotAuthorized": {
      "title": "権限なし",
      "message": "クライアントが権限のない要求をしたため、サーバーは接続を切断しました。",
      "hint": "ログで拒否された要求を特定し、必要な権限の付与を管理者に依頼してください。"
    },
    "5.DISCONNECT.ServerBusy": {
      "title": "サーバー混雑中",
      "message": "サーバーは混雑のため、接続を切断しました。",
      "hint": "時間をおき、間隔を徐々に延ばしながら再接続してください。"
    },
    "5.DISCONNECT.ServerShuttingDown": {
      "title": "サーバー停止処理中",
      "message": "サーバーは停止処理中のため、接続を切断しました。",
      "hint": "時間をおいて再接続し、失敗するたびに間隔を延ばしてください。ほかのサーバーがあれば、そちらに接続しても構いません。"
    },
    "5.DISCONNECT.BadAuthenticationMethod": {
      "title": "不正な認証方式",
      "message": "再認証に、接続時とは異なる認証方式か、サーバーが対応していない認証方式が使われたため、サーバーは接続を切断しました。",
      "hint": "接続時と同じ認証方式で再認証してください。"
    },
    "5.DISCONNECT.KeepAliveTimeout": {
      "title": "キープアライブのタイムアウト",
      "message": "キープアライブ間隔の1.5倍の時間、クライアントから何も届かなかったため、サーバーは接続を切断しました。",
      "hint": "再接続してください。そのうえで、クライアントが時間内にPINGREQを送れているか、イベントループの停滞やネットワークの遅延がないか確認してください。CONNACKでServer Keep Aliveが返された場合は、クライアントの設定値ではなくその値が使われます。"
    },
    "5.DISCONNECT.SessionTakenOver": {
      "title": "セッションの引き継ぎ",
      "message": "同じクライアントIDの別の接続がセッションを引き継いだため、サーバーは接続を切断しました。",
      "hint": "同じクライアントIDで自動的に再接続しないでください。2つの接続がセッションを奪い合い、互いに切断し合います。クライアントごとに別のクライアントIDを使ってください。"
    },
    "5.DISCONNECT.TopicFilterInvalid": {
      "title": "無効なトピックフィルター",
      "message": "サーバーが受け付けないトピックフィルターをクライアントが送ったため、サーバーは接続を切断しました。",
      "hint": "サブスクライブやサブスクライブ解除に使うトピックフィルターの構文（「+」と「#」は階層全体として書き、「#」は最後の階層にだけ使えます）と、接頭辞、長さ、階層の数など、このクライアントに対するサーバーの規則を確認してください。"
    },
    "5.DISCONNECT.TopicNameInvalid": {
      "title": "無効なトピック名",
      "message": "受け付けられないトピック名のパブリッシュを受信した側が、接続を切断しました。",
      "hint": "パブリッシュするトピック名が、接頭辞、長さ、「$」で始まるトピックの扱いなど、受信側の規則に合っているか確認してください。「+」や「#」も使えません。"
    },
    "5.DISCONNECT.ReceiveMaximumExceeded": {
      "title": "Receive Maximum超過",
      "message": "自身のReceive Maximumを超える数の、確認応答前のQoS 1・QoS 2メッセージを受信した側が、接続を切断しました。",
      "hint": "確認応答前のQoS 1・QoS 2メッセージを、相手のReceive Maximum以内に抑えてください。多くは不具合が原因で、サーバーがこのコードを送った場合はクライアントライブラリ、クライアントが送った場合はサーバーを確認してください。"
    },
    "5.DISCONNECT.TopicAliasInvalid": {
      "title": "無効なトピックエイリアス",
      "message": "0、上限超過、または未設定のトピックエイリアスを受信した側が、接続を切断しました。",
      "hint": "トピックエイリアスは相手のTopic Alias Maximum以内にし、新しい接続のたびに設定し直してください。"
    },
    "5.DISCONNECT.PacketTooLarge": {
      "title": "パケットサイズ超過",
      "message": "Maximum Packet Sizeを超えるパケットを受信した側が、接続を切断しました。",
      "hint": "ペイロードやプロパティを含めたパケット全体を、相手のMaximum Packet Size以内にしてください。"
    },
    "5.DISCONNECT.MessageRateTooHigh": {
      "title": "メッセージレート超過",
      "message": "許容を超える頻度でメッセージを受信した側が、接続を切断しました。",
      "hint": "サーバーがこのコードを送った場合は、時間をおいて再接続し、失敗するたびに間隔を延ばしてください。あわせてパブリッシュの頻度を下げるか、レート制限の緩和を管理者に依頼してください。クライアントが送った場合は、サーバーがクライアントの許容を超える頻度で送っているため、クライアント側の制限を確認してください。"
    },
    "5.DISCONNECT.QuotaExceeded": {
      "title": "クォータ超過",
      "message": "相手がクォータを超えたため、そのクォータを課している側が接続を切断しました。",
      "hint": "サーバーがこのコードを送った場合は、時間をおいて再接続し、失敗するたびに間隔を延ばしてください。接続数、メッセージ数、データ量を減らし、続く場合はクォータの引き上げを管理者に依頼してください。クライアントが送った場合は、クライアント側で設定した上限を確認してください。"
    },
    "5.DISCONNECT.AdministrativeAction": {
      "title": "管理操作による切断",
      "message": "切断した側で、管理者または管理プロセスの操作によって接続が切断されました。",
      "hint": "時間をおいて再接続して問題ありません。接続の禁止が続く場合は、次のCONNACKが0x8A（接続の禁止）や0x87（接続の権限なし）で知らせます。再接続のたびに間隔を延ばしてください。想定外の切断であれば、切断した側の管理者に確認してください。"
    },
    "5.DISCONNECT.PayloadFormatInvalid": {
      "title": "ペイロード形式の不一致",
      "message": "Payload Format Indicatorの指定と一致しないペイロードを受信した側が、接続を切断しました。",
      "hint": "UTF-8と指定したペイロードは正しいUTF-8にする必要があります。ペイロードを直すか、指定を外してください。"
    },
    "5.DISCONNECT.RetainNotSupported": {
      "title": "保持メッセージ非対応",
      "message": "クライアントが保持メッセージをパブリッシュしましたが、サーバーは非対応のため接続を切断しました。",
      "hint": "CONNACKのRetain Availableを確認し、Retainフラグを付けずにパブリッシュしてください。"
    },
    "5.DISCONNECT.QoSNotSupported": {
      "title": "QoS非対応",
      "message": "クライアントがサーバーの対応を超えるQoSでパブリッシュしたため、サーバーは接続を切断しました。",
      "hint": "CONNACKのMaximum QoSを確認し、それ以下のQoSでパブリッシュしてください。"
    },
    "5.DISCONNECT.UseAnotherServer": {
      "title": "別のサーバーを使用",
      "message": "サーバーは接続を切断し、当面は{serverReference}を使うよう求めています。",
      "hint": "示されたサーバー（複数ある場合はそのいずれか）か、設定済みの代替サーバーに接続してください。一時的な変更なので、元の接続先は残してください。接続先が示されていない場合は、時間をおいて再試行し、失敗するたびに間隔を延ばしてください。"
    },
    "5.DISCONNECT.ServerMoved": {
      "title": "サーバーの移転",
      "message": "サーバーは恒久的に移転したため接続を切断し、今後は{serverReference}を使うよう求めています。",
      "hint": "クライアントの接続先を、示されたサーバーに変更してください。接続先が示されていない場合は、新しい接続先をサーバーの管理者に確認してください。それまでは時間をおいて再試行し、失敗するたびに間隔を延ばしてください。"
    },
    "5.DISCONNECT.SharedSubscriptionsNotSupported": {
      "title": "共有サブスクリプション非対応",
      "message": "クライアントが共有サブスクリプションを要求しましたが、サーバーは非対応のため接続を切断しました。",
      "hint": "CONNACKのShared Subscription Availableを確認し、「$share/」なしでサブスクライブしてください。その場合、メッセージは分担されず、すべてのサブスクライバーに届きます。"
    },
    "5.DISCONNECT.ConnectionRateExceeded": {
      "title": "接続頻度超過",
      "message": "このクライアントの接続頻度が高すぎるため、サーバーは接続を切断しました。",
      "hint": "再接続の前に待ち時間をおき、失敗するたびに間隔を延ばしてください。"
    },
    "5.DISCONNECT.MaximumConnectTime": {
      "title": "最大接続時間に到達",
      "message": "接続を維持できる最大時間に達したため、サーバーは接続を切断しました。",
      "hint": "必要なら再接続してください。上限はサーバーの設定で決まります。"
    },
    "5.DISCONNECT.SubscriptionIdentifiersNotSupported": {
      "title": "サブスクリプションID非対応",
      "message": "クライアントがサブスクリプションIDを使いましたが、サーバーは非対応のため接続を切断しました。",
      "hint": "CONNACKのSubscription Identifiers Availableを確認し、サブスクリプションIDなしでサブスクライブしてください。"
    },
    "5.DISCONNECT.WildcardSubscriptionsNotSupported": {
      "title": "ワイルドカード非対応",
      "message": "クライアントがワイルドカードでサブスクライブしましたが、サーバーは非対応のため接続を切断しました。",
      "hint": "CONNACKのWildcard Subscription Availableを確認し、トピック名ごとにサブスクライブしてください。"
    },
    "5.AUTH.Success": {
      "title": "認証成功",
      "message": "サーバーが再認証を受け付けました。",
      "hint": "対応は不要です。接続はそのまま継続します。"
    },
    "5.AUTH.ContinueAuthentication": {
      "title": "認証の継続",
      "message": "送信側は、認証を続けるために次のAUTHパケットを求めています。",
      "hint": "エラーではありません。認証方式の手順に従って、次のAUTHパケットを返してください。"
    },
    "5.AUTH.ReAuthenticate": {
      "title": "再認証の開始",
      "message": "クライアントが既存の接続で再認証を開始しました。",
      "hint": "対応は不要です。サーバーはAUTHで応答し、失敗した場合は接続を切断します。"
    },
    "4.CONNACK.ConnectionAccepted": {
      "title": "接続成功",
      "message": "サーバーが接続を受け付けました。",
      "hint": "対応は不要です。以前のセッションが再開されたかは、Session Presentで確認できます。"
    },
    "4.CONNACK.UnacceptableProtocolVersion": {
      "title": "プロトコルバージョン非対応",
      "message": "クライアントが要求したMQTTのプロトコルバージョンにサーバーが対応していないため、サーバーは接続を拒否しました。",
      "hint": "クライアントのプロトコルバージョンをサーバーが対応するものに合わせるか、サーバーを更新してください。"
    },
    "4.CONNACK.IdentifierRejected": {
      "title": "クライアントIDの拒否",
      "message": "サーバーはこのクライアントIDを受け付けず、接続を拒否しました。",
      "hint": "サーバーが定める長さや使える文字を確認してください。空のクライアントIDはClean Sessionを1にした場合にしか使えず、その場合でもサーバーが拒否することがあります。"
    },
    "4.CONNACK.ServerUnavailable": {
      "title": "サーバー利用不可",
      "message": "サーバーは応答しましたが、MQTTサービスが現在接続を受け付けられません。",
      "hint": "時間をおいて再試行し、失敗するたびに間隔を延ばしてください。解消しない場合はサーバーの状態を確認してください。"
    },
    "4.CONNACK.BadUserNameOrPassword": {
      "title": "ユーザー名またはパスワードの誤り",
      "message": "サーバーはユーザー名またはパスワードを受け付けず、接続を拒否しました。",
      "hint": "クライアントに設定したユーザー名とパスワード、そのアカウントがサーバーにあるかを確認してください。パスワードにトークンを使っている場合は、期限切れの可能性があるため、新しいトークンを取得してください。"
    },
    "4.CONNACK.NotAuthorized": {
      "title": "接続の権限なし",
      "message": "サーバーはこのクライアントの接続を許可しませんでした。",
      "hint": "まずユーザー名とパスワードを確認してください。mosquittoなど、認証情報の誤りにこのコードを返すサーバーがあります。正しければ、このユーザー名やクライアントIDに接続の権限を付与するよう、管理者に依頼してください。"
    },
    "4.SUBACK.GrantedQoS0": {
      "title": "最大QoS 0で許可",
      "message": "サーバーはこのサブスクリプションを、最大QoS 0で受け付けました。",
      "hint": "QoS 1またはQoS 2を要求した場合は、サーバーが引き下げています。メッセージは配信の保証なしで届きます。"
    },
    "4.SUBACK.GrantedQoS1": {
      "title": "最大QoS 1で許可",
      "message": "サーバーはこのサブスクリプションを、最大QoS 1で受け付けました。",
      "hint": "QoS 2を要求した場合は、サーバーが引き下げています。メッセージが重複して届くことがあります。"
    },
    "4.SUBACK.GrantedQoS2": {
      "title": "最大QoS 2で許可",
      "message": "サーバーはこのサブスクリプションを、最大QoS 2で受け付けました。",
      "hint": "対応は不要です。"
    },
    "4.SUBACK.Failure": {
      "title": "サブスクリプションの失敗",
      "message": "サーバーはこのサブスクリプションを拒否しました。",
      "hint": "MQTT 3.1.1では理由が示されません。トピックフィルター、クライアントの権限、サーバーのログを確認してください。"
    },
    "3.CONNACK.ConnectionAccepted": {
      "title": "接続成功",
      "message": "サーバーが接続を受け付けました。",
      "hint": "対応は不要です。"
    },
    "3.CONNACK.UnacceptableProtocolVersion": {
      "title": "プロトコルバージョン非対応",
      "message": "クライアントが要求したMQTTのプロトコルバージョンにサーバーが対応していないため、サーバーは接続を拒否しました。",
      "hint": "クライアントのプロトコルバージョンをサーバーが対応するものに合わせるか、サーバーを更新してください。"
    },
    "3.CONNACK.IdentifierRejected": {
      "title": "クライアントIDの拒否",
      "message": "サーバーはこのクライアントIDを受け付けず、接続を拒否しました。",
      "hint": "クライアントIDは、MQTT 3.1が定める1～23文字にしてください。空のクライアントIDや23文字を超えるものには、サーバーがこのコードを返します。"
    },
    "3.CONNACK.ServerUnavailable": {
      "title": "サーバー利用不可",
      "message": "サーバーは応答しましたが、MQTTサービスが現在接続を受け付けられません。",
      "hint": "時間をおいて再試行し、失敗するたびに間隔を延ばしてください。解消しない場合はサーバーの状態を確認してください。"
    },
    "3.CONNACK.BadUserNameOrPassword": {
      "title": "ユーザー名またはパスワードの誤り",
      "message": "サーバーはユーザー名またはパスワードを受け付けず、接続を拒否しました。",
      "hint": "クライアントに設定したユーザー名とパスワード、そのアカウントがサーバーにあるかを確認してください。パスワードにトークンを使っている場合は、期限切れの可能性があるため、新しいトークンを取得してください。"
    },
    "3.CONNACK.NotAuthorized": {
      "title": "接続の権限なし",
      "message": "サーバーはこのクライアントの接続を許可しませんでした。",
      "hint": "まずユーザー名とパスワードを確認してください。mosquittoなど、認証情報の誤りにこのコードを返すサーバーがあります。正しければ、このユーザー名やクライアントIDに接続の権限を付与するよう、管理者に依頼してください。"
    },
    "3.SUBACK.GrantedQoS0": {
      "title": "最大QoS 0で許可",
      "message": "サーバーはこのサブスクリプションを、最大QoS 0で受け付けました。",
      "hint": "QoS 1またはQoS 2を要求した場合は、サーバーが引き下げています。メッセージは配信の保証なしで届きます。"
    },
    "3.SUBACK.GrantedQoS1": {
      "title": "最大QoS 1で許可",
      "message": "サーバーはこのサブスクリプションを、最大QoS 1で受け付けました。",
      "hint": "QoS 2を要求した場合は、サーバーが引き下げています。メッセージが重複して届くことがあります。"
    },
    "3.SUBACK.GrantedQoS2": {
      "title": "最大QoS 2で許可",
      "message": "サーバーはこのサブスクリプションを、最大QoS 2で受け付けました。",
      "hint": "対応は不要です。"
    }
  },
  "actions": {
    "none": {
      "label": "対応不要",
      "description": "成功または情報を表すコードです。対応は不要です。"
    },
    "reconnect": {
      "label": "再接続",
      "description": "この接続に限った状態です。すぐに再接続し、繰り返し起きる場合は待ち時間を少しずつ長くしてください。"
    },
    "back-off": {
      "label": "時間をおいて再試行",
      "description": "何も変えずに後で成功する可能性があります。試すたびに待ち時間を長くして再試行してください。"
    },
    "redirect": {
      "label": "別のサーバーへ接続",
      "description": "Server Referenceで示されたサーバーに接続してください。示されていない場合は、時間をおいて同じサーバーに再試行してください。"
    },
    "renew-credentials": {
      "label": "認証情報の更新",
      "description": "新しいユーザー名、パスワード、トークンを取得してから接続し直してください。"
    },
    "ask-permission": {
      "label": "権限の付与を依頼",
      "description": "拒否された操作の権限を管理者に付与してもらう必要があります。そのまま再試行しても成功しません。"
    },
    "fix-request": {
      "label": "要求の修正",
      "description": "送信した内容かクライアントの設定を変更してから、もう一度試してください。"
    },
    "do-not-reconnect": {
      "label": "再接続しない",
      "description": "自動で再接続すると状況が悪化するか、効果がありません。人が対処する必要があります。"
    },
    "investigate": {
      "label": "原因の調査",
      "description": "コードからは理由がわかりません。対応を決める前に、理由文字列とログを確認してください。"
    }
  },
  "notes": {
    "5.PUBACK.NoMatchingSubscribers": "PUBACKの表は、このコードを「サーバーだけが送る」としています。一致するサブスクリプションがないとわかっているサーバーは、0x00（Success）の代わりにこのコードを使えます。",
    "5.PUBREC.NoMatchingSubscribers": "PUBRECの表は、このコードを「サーバーだけが送る」としています（名前の末尾にピリオドが付いています）。一致するサブスクリプションがないとわかっているサーバーは、0x00（Success）の代わりにこのコードを使えます。",
    "5.DISCONNECT.BadAuthenticationMethod": "DISCONNECTでこのコードを挙げているのは表2-6だけです。切断の理由コードの表（3.14.2.1節）にはないため、MQTT-3.14.2-1に従う送信側はこれを使いません。また3.15節では、認証方式を変えることはプロトコルエラー（0x82）です。それでも実際のサーバー（EMQXは別の認証方式のAUTHに対して、mosquittoは再認証でプラグインが認証方式を拒否したときに）はこのコードを送るため、受信側はこれを解釈できる必要があります。判断disconnect-0x8cを参照してください。"
  },
  "decisions": {
    "5.disconnect-0x8c": {
      "subject": "DISCONNECTでの0x8C Bad authentication method",
      "decision": "0x8CをDISCONNECTで有効とし、送信側はサーバー、その行の出典は2.4節（とそのアンカー）とします。表2-6にしかなく、送るのは規格に適合しないという注を付けます。",
      "reason": "受信側は、表2-6がパケットに認めるすべての値を解釈できる必要があり、実際のサーバーもこの値を送ります。EMQXは別の認証方式のAUTHにDISCONNECT 0x8Cで応答し（最初のやり取りでもMQTT-4.12.0-5が適用されるため、そのときはCONNACK 0x8Cで応答します）、mosquittoは再認証で認証プラグインが認証方式を拒否したときに送ります。送る側の話は別です。MQTT-3.14.2-1はDISCONNECTを表3-10の値に限っており、4.13.1節と3.15節は認証方式の不一致をプロトコルエラーとしています。mosquittoも単純な不一致には0x82を送ります。そのため、受信側のためにこの行を載せ、送信側には0x82を勧めます。「サーバーだけ」は実際の運用から決めたもので、規格の文言ではありません（表2-6は送信側を示しておらず、HiveMQのクライアントはこれを送れます）。認証を判断するのはサーバーなので、送信側はサーバーとしています。",
      "sources": [
        "表2-6（2.4節）は、0x8CをCONNACKとDISCONNECTで有効としています。",
        "表3-10（切断の理由コード、3.14.2.1節）は0x8Cを挙げておらず、MQTT-3.14.2-1はDISCONNECTの送信側がこの表の値を使わなければならないとしています。",
        "4.13.1節：3.14.2.1節にもっと具体的なコードがなければ、0x81 Malformed Packetか0x82 Protocol Errorを使います。",
        "3.15節とMQTT-4.12.0-5：AUTHはすべて、CONNECTと同じ認証方式を指定します。異なる方式はプロトコルエラーです。",
        "表3-1（3.2.2.2節）は0x8Cを「認証方式に対応していないか、使用中の認証方式と一致しない」と説明しています。"
      ]
    },
    "5.no-matching-subscribers-sender": {
      "subject": "0x10 No matching subscribersはサーバーだけが送る",
      "decision": "PUBACKとPUBRECの0x10の行の送信側はサーバーだけとします。パケット自体は双方向に送られます。",
      "reason": "送信側はパケットごとではなく行ごとに記録しているので、行をパケットより狭くできます。どちらの表でも行そのものの文言がサーバーに限っています。そのためクライアントはこれを送らず、クライアントからPUBACKやPUBRECで0x10を受け取ったサーバーは、規格に適合しないクライアントと通信しています。",
      "sources": [
        "表3-4（PUBACK、3.4.2.1節）と表3-5（PUBREC、3.5.2.1節）の0x10の行：サーバーだけが送ります。",
        "パケットとしてのPUBACKとPUBRECは、クライアントとサーバーのどちらも送ります（MQTT-3.4.2-1、MQTT-3.5.2-1）。"
      ]
    },
    "5.per-packet-spellings": {
      "subject": "表2-6とパケットごとの表で名前の表記が違うもの",
      "decision": "`name`は常に表2-6の表記とし、PUBACKの0x91の行には、その表の表記（iが小文字）を行の`name`として持たせます。PUBRECの表の0x10の末尾のピリオドは誤記として扱って写さず、行の注で触れます。ほかの表の行はすべて表2-6と同じ表記です。",
      "reason": "この一覧では、表2-6の表記をコードの名前とし、パケットの表が語や大文字小文字で異なる場合にはその表記も記録します。余分なピリオドは句読点であって名前ではなく、写すと利用者に見せるすべてのタイトルに付いてしまいます。識別子には影響しません。",
      "sources": [
        "表2-6：0x91 Packet Identifier in use、0x10 No matching subscribers。",
        "表3-4（PUBACK）：0x91 Packet identifier in use（iが小文字）。",
        "表3-5（PUBREC）：0x10 No matching subscribers.（末尾にピリオド）。"
      ]
    },
    "5.prose-spellings": {
      "subject": "規格の文章で使われる名前が表と異なるもの",
      "decision": "表に従います。DISCONNECTの0x00はNormalDisconnection、0x19はReAuthenticateです。",
      "reason": "コードを定義しているのは規格の表で、文章はそれを参照しているだけです。",
      "sources": [
        "3.14.4節：理由コード0x00（Success）のDISCONNECTを受信すると……（表3-10と表2-6では、DISCONNECTの0x00はNormal disconnectionです）。",
        "4.12.1節：理由コード0x19（Re-authentication）のAUTHパケット（表ではRe-authenticateです）。",
        "4.12節（MQTT-4.12.0-1）：0x87（Not Authorized）（表ではNot authorizedです）。"
      ]
    },
    "5.connack-to-v311": {
      "subject": "5.0の接続の理由コードが、MQTT 3.1.1のどのCONNACKリターンコードに当たるか",
      "decision": "0x00 → ConnectionAccepted、0x84 → UnacceptableProtocolVersion、0x85 → IdentifierRejected、0x86 → BadUserNameOrPassword、0x87と0x8A Banned、0x8C Bad authentication method → NotAuthorized、0x88と、このクライアントにとってMQTTのサービスが利用できなくなるサーバー側の状態（0x89 Server busy、0x97 Quota exceeded、0x9C Use another server、0x9D Server moved、0x9F Connection rate exceeded） → ServerUnavailableとします。0x80、0x81、0x82、0x83、0x90、0x95、0x99、0x9A、0x9Bには対応を付けません。",
      "reason": "3.1.1の説明が同じ状況を表している場合にだけ対応を付けます。クライアントが誰か、何をしてよいかについての拒否は「not authorized」です（5.0自体も0x8Cの代わりに0x87を認めています）。サーバー自身の状態による拒否は、3.1.1でサーバーについて述べる唯一のコードである「Server unavailable」です。対応を付けないコードは、CONNECTパケットそのもの（形式、プロトコルエラー、ウィルメッセージのトピック名、ペイロード、Retainフラグ、QoS、サイズ）に関するものか、理由をまったく示さないものです。3.1.1にはそれに当たるリターンコードがなく、その場合3.1.1のサーバーはCONNACKを送らずに接続を閉じると規格が定めています。",
      "sources": [
        "MQTT 3.1.1の表3.1（3.2.2.3節）：0 Connection Accepted、1 unacceptable protocol version、2 identifier rejected、3 Server unavailable（ネットワーク接続はできたがMQTTのサービスが利用できない）、4 bad user name or password、5 not authorized。",
        "MQTT 3.1.1のMQTT-3.2.2-6：表3.1のリターンコードがどれも当てはまらない場合、サーバーはCONNACKを送らずにネットワーク接続を閉じなければなりません。",
        "MQTT 3.1.1のMQTT-3.1.4-1：規格に適合しないCONNECTには、CONNACKを送らずにネットワーク接続を閉じて応えます。",
        "MQTT 5.0のMQTT-4.12.0-1：認証方式に対応していないサーバーは、0x8C（Bad authentication method）か0x87（Not Authorized）を送ってもかまいません。"
      ]
    },
    "5.suback-to-v311": {
      "subject": "5.0のサブスクライブの理由コードが、MQTT 3.1.1のどのSUBACKリターンコードに当たるか",
      "decision": "GrantedQoS0・1・2はGrantedQoS0・1・2に、SUBACKの失敗（0x80以上）はすべてFailureに対応させます。",
      "reason": "3.1.1のSUBACKには失敗を表すコードが1つしかなく、許可したQoSの3つの値は同じです。",
      "sources": [
        "MQTT 3.1.1の3.9.3節：使えるリターンコードは0x00、0x01、0x02（Success - Maximum QoS 0、1、2）と0x80（Failure）です。",
        "MQTT 5.0の表3-8（3.9.3節）：0x00～0x02はGranted QoS 0～2で、それ以外の値はすべて0x80以上です。"
      ]
    },
    "5.action-packet-identifier-in-use": {
      "subject": "0x91 Packet Identifier in useはfix-requestで、再試行可能ではない",
      "decision": "0x91はPUBACK、PUBREC、SUBACK、UNSUBACKでfix-requestとします。",
      "reason": "同じパケットを繰り返しても役に立ちません。問題はパケットIDで、MQTT-4.4.0-2により、拒否されたPUBLISHは二度と送られません。役に立つのは要求を変えること（空いているパケットIDを使う）か、セッションを変えること（Clean Startを1にすると、セッションは破棄されます）で、どちらもクライアントが行う変更です。これがfix-requestの意味です。",
      "sources": [
        "2.4節の0x91についての注記（規定ではない）：状態を直すか、Clean Startを1にしてセッションをリセットするか、クライアントまたはサーバーの実装に欠陥があるかを判断します。",
        "MQTT-4.4.0-2：PUBACKやPUBRECで0x80以上の理由コードが返されたPUBLISHは、再送しません。"
      ]
    },
    "5.action-quota-exceeded": {
      "subject": "0x97 Quota exceededはback-off",
      "decision": "0x97はCONNACK、PUBACK、PUBREC、SUBACK、DISCONNECTでback-offとします。",
      "reason": "クォータは時間あたり、または使用中の量（一定期間のメッセージ数、接続数、保存されたメッセージ数）で数えるので、その数が減れば、クライアントが何も変えなくても同じ操作が成功する可能性があります。いつまでも空かないクォータは管理者に上限を上げてもらう必要があり、back-offで失敗が続く場合のためにヒントでそう案内しています。",
      "sources": [
        "表2-6：0x97 Quota exceeded、実装または管理上の上限を超えました。"
      ]
    },
    "5.action-administrative-action": {
      "subject": "0x98 Administrative actionはback-off",
      "decision": "DISCONNECTの0x98はback-offとします。",
      "reason": "このコードは、管理者か管理用のプロセスが何かをしたことを示すだけで、クライアントが戻ってはいけないとは言っていません。時間をおいて再接続するのは安全です。禁止が続くなら、次のCONNACKが0x8A Bannedか0x87 Not authorizedで答え、それぞれの対応が再接続を止めます。すぐに再接続すると、作業中の管理者（たとえばノードから接続を移している最中）とぶつかるため、reconnectではなくback-offとします。",
      "sources": [
        "表3-10：0x98 管理上の操作により接続が閉じられました。",
        "表3-1：0x8A Banned（クライアントは接続を許可されていません）、0x87 Not authorized。"
      ]
    },
    "5.action-redirect-without-reference": {
      "subject": "Server Referenceのない0x9Cと0x9D",
      "decision": "これらの行はredirectとします。Server Referenceのない0x9Cや0x9Dは、back-offと同じく（時間をおいて同じサーバーに再試行する）扱います。どちらの場合も`retryable`は真です。",
      "reason": "接続先を変えるには行き先が必要ですが、4.11節はそれを必須としていません。行き先がなければ、クライアントにできるのは後で同じサーバーに試すことだけで、それはback-offです。参照先の付いた0x9D（恒久的な移転）では、クライアントは新しいアドレスを保存すべきです。",
      "sources": [
        "4.11節：サーバーは0x9Cや0x9DにServer Referenceプロパティを付けて送ってもかまいません。Server Referenceは空白で区切った参照先の並びで、その形式は定められていません。",
        "3.2.2.3.16節と3.14.2.2.5節：CONNACKとDISCONNECTのServer Reference。"
      ]
    },
    "5.action-disconnect-unspecified": {
      "subject": "DISCONNECTの0x80 Unspecified errorはinvestigate",
      "decision": "0x80と0x83は、DISCONNECTを含むすべてのパケットでinvestigateとします。",
      "reason": "再接続が役に立つのか害になるのか、コードからは何もわかりません。このコードの後に再接続するクライアントは、間隔を空け、数回で止めるべきです（MQTT.js向けのポリシーはそうします）。何が起きたかは、理由文字列とサーバーのログでしかわかりません。",
      "sources": [
        "表3-10：0x80 Unspecified error、接続は閉じられましたが、送信側は理由を明かしたくないか、ほかのどの理由コードも当てはまりません。"
      ]
    },
    "5.action-packet-identifier-not-found": {
      "subject": "0x92 Packet Identifier not foundはinvestigate",
      "decision": "0x92はPUBRELとPUBCOMPでinvestigateとします。",
      "reason": "回復中であれば何もする必要はありませんが、それ以外のときは双方のセッション状態が食い違っており、自動の手順では直せないため、人が調べる必要があります。どちらの場合も何も再送しないので、再試行可能ではありません。",
      "sources": [
        "表3-6と表3-7：0x92 パケットIDが見つかりません。回復中はエラーではありませんが、それ以外のときはクライアントとサーバーのセッション状態が一致していないことを示します。"
      ]
    },
    "5.action-do-not-reconnect": {
      "subject": "0x8E Session taken overと0x8A Bannedはdo-not-reconnect",
      "decision": "DISCONNECTの0x8EとCONNACKの0x8Aはdo-not-reconnectとします。",
      "reason": "0x8Eの後に再接続すると、もう一方の接続からセッションを取り戻し、今度は相手が再接続します。同じクライアントIDを持つ2つのインスタンスが、いつまでも奪い合うことになります。接続を禁止されたクライアントが再接続しても再び拒否され、禁止が長引くこともあります。どちらの場合も、人が対処する（クライアントIDを整理する、禁止を解く）必要があります。",
      "sources": [
        "表3-10：0x8E 同じクライアントIDを使う別の接続が確立されたため、この接続は閉じられました。",
        "表3-1：0x8A Banned、クライアントは接続を許可されていません。"
      ]
    },
    "5.action-protocol-violations": {
      "subject": "規則違反を表すDISCONNECTのコードは、どちらの側が送ってもfix-request",
      "decision": "DISCONNECTでは、0x81、0x82、0x8F、0x90、0x93、0x94、0x95、0x99と「非対応」のコード（0x9A、0x9B、0x9E、0xA1、0xA2）をfix-requestとします。",
      "reason": "規則に違反した側は、送る内容を変える必要があります。再接続して同じパケットを送れば、同じ結果になります。クライアントがこのコードを受け取った場合は、クライアント（またはそのライブラリ）が規則に違反しています。クライアントが送った場合は、直すべきなのはサーバーで、どちらの場合かはヒントで示しています。",
      "sources": [
        "表3-10：0x81、0x82、0x90、0x93、0x94、0x95、0x99は、クライアントとサーバーのどちらも送ります。"
      ]
    },
    "4.error-flag": {
      "subject": "3.1.1のどのリターンコードがエラーか",
      "decision": "CONNACKの1～5とSUBACKの0x80でerrorを真とし、それ以外は偽とします。",
      "reason": "3.1.1には「0x80以上」という一般的な規則がなく、表ごとに、どの値が拒否や失敗を意味するかを示しています。",
      "sources": [
        "3.2.2.3節：0以外の接続のリターンコードは接続を拒否し、サーバーはその後ネットワーク接続を閉じなければなりません（MQTT-3.2.2-5）。",
        "3.9.3節：0x80はFailureを意味し、0x00～0x02は許可した最大QoSとともにSuccessを意味します。"
      ]
    },
    "4.suback-failure-to-v5": {
      "subject": "SUBACKの0x80 Failureが5.0のどのコードに当たるか",
      "decision": "FailureはUnspecifiedErrorに対応させます。",
      "reason": "値が同じで、3.1.1のFailureは理由を持たず、それは5.0のUnspecified errorが表すものと同じです。",
      "sources": [
        "MQTT 3.1.1の3.9.3節：0x80 - Failure、理由は示されません。",
        "MQTT 5.0の表3-8：0x80 Unspecified error - サーバーは理由を明かしたくないか、ほかのどの理由コードも当てはまりません。"
      ]
    },
    "4.connack-to-v5": {
      "subject": "3.1.1の各CONNACKリターンコードが5.0のどのコードに当たるか",
      "decision": "0 → Success、1 → UnsupportedProtocolVersion、2 → ClientIdentifierNotValid、3 → ServerUnavailable、4 → BadUserNameOrPassword、5 → NotAuthorizedとします。",
      "reason": "どの組も同じ状況を表していますが、いつも同じ言葉ではありません。3.1.1のコード4はユーザー名やパスワードのデータの形式が正しくないと言い、5.0の0x86はサーバーがユーザー名やパスワードを受け付けないと言います。サーバーは拒否した認証情報に3.1.1のコード4を送り、それは0x86の意味と同じなので、この組を残します。ほかの4つの組は、両方の規格で同じ状態を表しています。",
      "sources": [
        "MQTT 3.1.1の表3.1（3.2.2.3節）。",
        "MQTT 5.0の表3-1（3.2.2.2節）：0x84 Unsupported Protocol Version、0x85 Client Identifier not valid、0x86 Bad User Name or Password、0x87 Not authorized、0x88 Server unavailable。"
      ]
    },
    "4.action-v311": {
      "subject": "3.1.1の各リターンコードの対応",
      "decision": "CONNACKの各リターンコードは、対応する5.0のコード（toV5）の対応を受け継ぎます。1と2はfix-request、3はback-off、4はrenew-credentials、5はask-permissionです。SUBACKの0x80 Failureはinvestigateです。",
      "reason": "対応を付けた組は同じ状況を表しているので、次の一手も同じです。3.1.1のコード3は、それに対応する5.0のサーバー側の拒否（過負荷、クォータ、接続頻度）も表しており、それらはすべてback-offです。SUBACKの0x80は、3.1.1でサブスクリプションの失敗を表す唯一のコードで、理由を何も示さないため、サーバーのログでしかわかりません。たとえばmosquittoは、ACLがサブスクリプションを拒否したときにこれを送ります。",
      "sources": [
        "MQTT 3.1.1の表3.1（3.2.2.3節）と3.9.3節。",
        "spec/mqtt-5.0.yamlの判断connack-to-v311：3.1.1の各コードに当たる5.0のコード。"
      ]
    },
    "3.suback-no-failure": {
      "subject": "MQTT 3.1のSUBACKには失敗のコードがない",
      "decision": "3.1の表では、SUBACKに0x00、0x01、0x02だけを載せます。3.1の接続で受信したSUBACKの0x80は、Failureではなく未定義のコードです。",
      "reason": "3.1では、サーバーがSUBACKで個々のサブスクリプションを拒否する手段がありません。ここに0x80を加えると、3.1の文書が定義していない意味を主張することになります。3.1.1の動作がほしいデコーダーは、3.1.1の表で値を引けます。",
      "sources": [
        "MQTT 3.1の3.9節SUBACK：ペイロードは、SUBSCRIBEのトピック名ごとに1つずつ、同じ順に、許可したQoSの値を並べたものです。",
        "MQTT 3.1.1の3.9.3節で0x80 Failureが加わりました。3.1にはその値がありません。"
      ]
    },
    "3.suback-names": {
      "subject": "3.1のSUBACKの値の名前",
      "decision": "3.1.1と5.0と同じ識別子で、「Granted QoS 0」「Granted QoS 1」「Granted QoS 2」と名付けます。",
      "reason": "3.1の文書にはSUBACKの値ごとの名前がないため、その文書自身の言葉（許可したQoSの値）でバイトの意味を名前にしています。",
      "sources": [
        "MQTT 3.1の3.9節：ペイロードは、許可したQoSの値を（SUBSCRIBEのトピック名ごとに1つずつ）並べたものです。"
      ]
    },
    "3.error-flag": {
      "subject": "3.1のどのリターンコードがエラーか",
      "decision": "CONNACKの1～5でerrorを真とし、CONNACKの0とSUBACKのすべての値では偽とします。",
      "reason": "0以外の接続のリターンコードはすべて接続を拒否し、SUBACKの値はどれもQoSを許可しています。",
      "sources": [
        "MQTT 3.1の3.2節：接続のリターンコード0はConnection Acceptedで、1～5はConnection Refused、6～255は将来のために予約されています。"
      ]
    },
    "3.connack-to-v5": {
      "subject": "3.1の各CONNACKリターンコードが5.0のどのコードに当たるか",
      "decision": "3.1.1と同じく、0 → Success、1 → UnsupportedProtocolVersion、2 → ClientIdentifierNotValid、3 → ServerUnavailable、4 → BadUserNameOrPassword、5 → NotAuthorizedとします。",
      "reason": "3.1.1は3.1の値と意味を引き継いでおり、5.0にはそれぞれと同じ意味のコードがあります。",
      "sources": [
        "MQTT 3.1の3.2節、接続のリターンコードの表。",
        "MQTT 5.0の表3-1（3.2.2.2節）。"
      ]
    },
    "3.action-v31": {
      "subject": "3.1の各リターンコードの対応",
      "decision": "同じ値の3.1.1の行と同じ対応とします。0はnone、1と2はfix-request、3はback-off、4はrenew-credentials、5はask-permission、SUBACKの0、1、2はnoneです。",
      "reason": "3.1.1は3.1の値と意味を引き継いでいる（判断connack-to-v5）ので、同じ状況には同じ次の一手が当てはまります。コード2は再試行可能ではなくfix-requestです。3.1は空のIDや23文字を超えるIDを拒否し、それを直せるのはIDを変えることだけだからです。",
      "sources": [
        "MQTT 3.1の3.2節、接続のリターンコードの表：1 unacceptable protocol version、2 identifier rejected、3 server unavailable、4 bad user name or password、5 not authorized。",
        "MQTT 3.1の3.1節：クライアントIDは1～23文字でなければならず、そうでなければサーバーはリターンコード2で応えます。"
      ]
    }
  },
  "rules": {
    "3": {
      "actionRule": "MQTT 5.0の表（spec/mqtt-5.0.yaml、actionRule）と同じ対応を、3.1のリターンコードに当てはめています。none：接続の受け付けか、QoSの許可です。fix-request：クライアントはプロトコルバージョンかクライアントIDを変える必要があります。back-off：サーバーが利用できない状態です。待ち時間を延ばしながら再試行します。renew-credentials：ユーザー名かパスワードが拒否されました。先に新しい認証情報を得ます。ask-permission：クライアントは接続を許可されていません。管理者に許可してもらう必要があります（パスワードの誤りにもこのコードを送るサーバーがあるため、まず認証情報を確認します）。investigate：SUBACKの失敗は理由を示しません。`retryable`は導出され、back-off（これらのコードで使う唯一の再試行可能な対応）のときにだけ真になります。"
    },
    "4": {
      "actionRule": "MQTT 5.0の表（spec/mqtt-5.0.yaml、actionRule）と同じ対応を、3.1.1のリターンコードに当てはめています。none：接続の受け付けか、QoSの許可です。fix-request：クライアントはプロトコルバージョンかクライアントIDを変える必要があります。back-off：サーバーが利用できない状態です。待ち時間を延ばしながら再試行します。renew-credentials：ユーザー名かパスワードが拒否されました。先に新しい認証情報を得ます。ask-permission：クライアントは接続を許可されていません。管理者に許可してもらう必要があります（パスワードの誤りにもこのコードを送るサーバーがあるため、まず認証情報を確認します）。investigate：SUBACKの失敗は理由を示しません。`retryable`は導出され、back-off（これらのコードで使う唯一の再試行可能な対応）のときにだけ真になります。"
    },
    "5": {
      "actionRule": "各行には、コードを受け取った側が次に何をすべきかを、結果を変えるものは何かという観点で記しています。none：成功または情報で、対応は不要です。reconnect：状態がこの接続とともに終わった（キープアライブのタイムアウト、最大接続時間など）ため、新しい接続はまっさらな状態から始まります。すぐに再接続し、繰り返す場合は間隔を空けます。back-off：サーバーの状態（利用不可、過負荷、停止処理中、クォータや頻度の上限）が変われば、同じ操作がそのまま後で成功する可能性があります。待ち時間を延ばしながら再試行します。redirect：4.11節のとおり、パケットが別のサーバーを使うよう求めています。示されたServer Referenceに接続し、示されていなければback-offと同じく扱います。renew-credentials：サーバーが認証情報そのものを受け付けません。新しいユーザー名、パスワード、トークンを得てから接続し直します。ask-permission：サーバーはクライアントが誰かは受け付けましたが、求めた操作を許可していません。管理者による権限の付与が必要で、そのまま再試行しても成功しません。fix-request：クライアントが送った内容か設定（パケットの内容、プロトコルバージョン、クライアントID、ウィルメッセージ、サブスクリプションのオプション、パケットID、サイズ）を変える必要があります。do-not-reconnect：別の接続がセッションを引き継いだ、接続を禁止されたなど、自動で再接続すると状況が悪化するか、効果がありません。investigate：コードが理由を示していない（理由の明示なし、実装固有）か、人が調べるしかないセッション状態の食い違いを示しています。理由文字列とログを確認します。`retryable`（isRetryable）はこのファイルには書かず、reconnect、back-off、redirectのときにだけ真になります。"
    }
  },
  "observed": {
    "onCodePage": "このコードを送る実際のサーバー",
    "closes": "パケットを送らずにソケットを閉じる",
    "accepts": "受け付ける",
    "scenarios": {
      "wrong-password": "パスワードの誤り",
      "unknown-user": "未登録のユーザー",
      "anonymous-refused": "匿名クライアントの拒否",
      "publish-denied": "パブリッシュの拒否",
      "subscribe-denied": "サブスクライブの拒否",
      "unsubscribe-denied": "サブスクライブ解除の拒否",
      "packet-too-large": "パケットが大きすぎる",
      "session-takeover": "セッションの引き継ぎ",
      "will-qos-not-supported": "ウィルメッセージのQoSに非対応",
      "will-retain-not-supported": "Retainフラグ付きのウィルメッセージに非対応",
      "unknown-authentication-method": "未知の認証方式",
      "client-id-rejected": "クライアントIDの拒否",
      "keep-alive-timeout": "キープアライブのタイムアウト",
      "server-shutting-down": "サーバーの停止"
    },
    "entries": {
      "mosquitto/wrong-password": {
        "setup": "password_fileを使い、登録済みのユーザー名と誤ったパスワードでCONNECTを送ります。",
        "note": "Bad user name or password（0x86／4）ではなく、Not authorizedを返します。"
      },
      "mosquitto/unknown-user": {
        "setup": "password_fileを使い、ファイルにないユーザー名でCONNECTを送ります。"
      },
      "mosquitto/anonymous-refused": {
        "setup": "allow_anonymousをfalseにし、ユーザー名なしでCONNECTを送ります。"
      },
      "mosquitto/publish-denied": {
        "setup": "トピックへの書き込み権限を与えないacl_fileを使い、QoS 1でパブリッシュします。",
        "note": "3.1.1のPUBACKにはコードがなく、メッセージは黙って破棄されます。"
      },
      "mosquitto/subscribe-denied/acl-file": {
        "setup": "トピックフィルターへの読み取り権限を与えないacl_fileを使い、QoS 1でサブスクライブします。",
        "note": "acl_fileはサブスクライブを拒否せず、メッセージを配信しないだけです。"
      },
      "mosquitto/subscribe-denied/dynamic-security": {
        "setup": "そのトピックフィルターのsubscribePatternを拒否するロールをdynamic-securityプラグインに設定し、QoS 1でサブスクライブします。"
      },
      "mosquitto/unsubscribe-denied/dynamic-security": {
        "setup": "そのトピックフィルターのunsubscribePatternを拒否するロールをdynamic-securityプラグインに設定し、サブスクライブ済みのトピックフィルターのサブスクライブ解除を送ります。",
        "note": "MQTT.jsは拒否されたサブスクライブ解除を成功として報告します。3.1.1のUNSUBACKにはコードがありません。"
      },
      "mosquitto/packet-too-large": {
        "setup": "max_packet_sizeを1000にし、1500バイトのパブリッシュを送ります。"
      },
      "mosquitto/session-takeover": {
        "setup": "同じクライアントIDで2つ目のクライアントが接続します。",
        "note": "最初のクライアントにDISCONNECT 0x8Eは届きません。"
      },
      "mosquitto/will-qos-not-supported": {
        "setup": "max_qosを1にし、QoS 2のウィルメッセージ付きでCONNECTを送ります。"
      },
      "mosquitto/will-retain-not-supported": {
        "setup": "retain_availableをfalseにし、Retainフラグ付きのウィルメッセージでCONNECTを送ります。"
      },
      "mosquitto/unknown-authentication-method": {
        "setup": "認証プラグインなしで、認証方式SCRAM-SHA-1を指定したCONNECTを送ります。",
        "note": "MQTT 3.1.1には認証方式がありません。"
      },
      "mosquitto/client-id-rejected/empty-persistent": {
        "setup": "空のクライアントIDとClean Session（Clean Start）0でCONNECTを送ります。",
        "note": "MQTT 5.0ではこれが認められており、mosquittoがクライアントIDを割り当てます。"
      },
      "mosquitto/client-id-rejected/clientid-prefixes": {
        "setup": "clientid_prefixesをallowed-にし、クライアントIDother-1でCONNECTを送ります。",
        "note": "Client identifier not valid（0x85／2）ではなく、Not authorizedを返します。"
      },
      "mosquitto/keep-alive-timeout": {
        "setup": "キープアライブを1秒にし、その後クライアントからは何も送りません。"
      },
      "mosquitto/server-shutting-down": {
        "setup": "クライアントの接続中にmosquittoを停止（SIGTERM）します。",
        "note": "クライアントにDISCONNECT 0x8Bは届きません。"
      },
      "aedes/wrong-password": {
        "setup": "authenticateが、returnCodeを4としたエラーでコールバックを呼びます。",
        "note": "authenticateが受け付けるreturnCodeは2〜5だけです。aedes 2はこれを0x85、0x88、0x86、0x87に対応させます。"
      },
      "aedes/unknown-user": {
        "setup": "authenticateが、エラーなし・成功フラグfalseでコールバックを呼びます。"
      },
      "aedes/anonymous-refused": {
        "setup": "authenticateが、returnCodeのないエラーでコールバックを呼びます。"
      },
      "aedes/publish-denied": {
        "setup": "authorizePublishがエラーでコールバックを呼びます。パブリッシュはQoS 1です。",
        "note": "aedes 2はエラーのメッセージを理由文字列として送ります。"
      },
      "aedes/subscribe-denied/null-subscription": {
        "setup": "authorizeSubscribeが、エラーなし・サブスクリプションnullでコールバックを呼びます。サブスクライブはQoS 1です。"
      },
      "aedes/subscribe-denied/error": {
        "setup": "authorizeSubscribeがエラーでコールバックを呼びます。サブスクライブはQoS 1です。"
      },
      "aedes/packet-too-large": {
        "setup": "maximumPacketSizeを1000にし（aedes 2）、1500バイトのパブリッシュを送ります。",
        "note": "aedes 1.2.0にはパケットサイズの上限がありません。"
      },
      "aedes/session-takeover": {
        "setup": "同じクライアントIDで2つ目のクライアントが接続します。"
      },
      "aedes/will-qos-not-supported": {
        "setup": "QoS 2のウィルメッセージ付きでCONNECTを送ります。",
        "note": "aedesにはウィルメッセージのQoSを制限する設定がありません。"
      },
      "aedes/will-retain-not-supported": {
        "setup": "Retainフラグ付きのウィルメッセージでCONNECTを送ります。",
        "note": "aedesには保持メッセージを無効にする設定がありません。"
      },
      "aedes/unknown-authentication-method": {
        "setup": "認証方式SCRAM-SHA-1を指定したCONNECTを送ります。",
        "note": "MQTT 3.1.1には認証方式がありません。"
      },
      "aedes/client-id-rejected/empty-persistent": {
        "setup": "空のクライアントIDとClean Session（Clean Start）0でCONNECTを送ります。",
        "note": "MQTT 5.0ではこれが認められており、aedesがクライアントIDを割り当てます。aedes 1.2.0は3.1.1でもこれを受け付けますが、規格（MQTT-3.1.3-8）はリターンコード2を求めています。"
      },
      "aedes/keep-alive-timeout": {
        "setup": "キープアライブを1秒にし、その後クライアントからは何も送りません。"
      },
      "aedes/server-shutting-down": {
        "setup": "クライアントの接続中にbroker.closeを呼び出します。"
      }
    }
  }
};
