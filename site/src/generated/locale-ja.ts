// @generated from spec/messages/ja.yaml by tools/generator — DO NOT EDIT.
// Edit the spec and run `npm run generate` instead.
import type { SiteLocale } from '../types.js';

export const LOCALE: SiteLocale = {
  "locale": "ja",
  "name": "日本語",
  "rows": {
    "5.CONNACK.Success": {
      "title": "接続しました",
      "message": "サーバーが接続を受け入れました。",
      "hint": "対応は不要です。以前のセッションが引き継がれたかはSession Presentで確認できます。"
    },
    "5.CONNACK.UnspecifiedError": {
      "title": "接続の拒否",
      "message": "サーバーは具体的な理由を示さずに接続を拒否しました。",
      "hint": "理由文字列やサーバーのログで原因を確認してください。"
    },
    "5.CONNACK.MalformedPacket": {
      "title": "不正な形式のCONNECTパケット",
      "message": "サーバーはCONNECTパケットを解析できず、接続を拒否しました。",
      "hint": "クライアントライブラリの不具合や、ネットワーク上でのデータ破損が考えられます。ライブラリを更新してください。"
    },
    "5.CONNACK.ProtocolError": {
      "title": "プロトコル違反",
      "message": "CONNECTパケットがプロトコルの規則に反しているため、サーバーは接続を拒否しました。",
      "hint": "接続オプションの値や組み合わせに誤りがないか、ライブラリがMQTT 5.0に完全に対応しているか確認してください。"
    },
    "5.CONNACK.ImplementationSpecificError": {
      "title": "実装固有のエラー",
      "message": "サーバーは実装固有の理由で接続を拒否しました。",
      "hint": "理由文字列、サーバーのログやドキュメントを確認してください。"
    },
    "5.CONNACK.UnsupportedProtocolVersion": {
      "title": "非対応のプロトコルバージョン",
      "message": "クライアントが要求したMQTTのプロトコルバージョンにサーバーが対応しておらず、接続を拒否しました。",
      "hint": "クライアントのプロトコルバージョンをサーバーが対応するものに合わせるか、サーバーを更新してください。"
    },
    "5.CONNACK.ClientIdentifierNotValid": {
      "title": "クライアント識別子の拒否",
      "message": "サーバーはこのクライアント識別子を受け付けず、接続を拒否しました。",
      "hint": "サーバーが定める長さや使える文字を確認してください。空の識別子は、サーバーが割り当てる場合にのみ使えます。"
    },
    "5.CONNACK.BadUserNameOrPassword": {
      "title": "ユーザー名またはパスワードの誤り",
      "message": "サーバーはユーザー名またはパスワードを受け付けず、接続を拒否しました。",
      "hint": "クライアントに設定した認証情報と、そのアカウントがサーバーにあるかを確認してください。"
    },
    "5.CONNACK.NotAuthorized": {
      "title": "接続の権限なし",
      "message": "サーバーはこのクライアントの接続を許可しませんでした。",
      "hint": "このユーザー名やクライアント識別子に接続の権限を付与するよう、管理者に依頼してください。"
    },
    "5.CONNACK.ServerUnavailable": {
      "title": "サーバー利用不可",
      "message": "サーバーは現在利用できない状態のため、接続を拒否しました。",
      "hint": "時間をおいて再試行してください。解消しない場合はサーバーの状態を確認してください。"
    },
    "5.CONNACK.ServerBusy": {
      "title": "サーバー混雑中",
      "message": "サーバーが混雑しているため、現在は接続を受け付けられません。",
      "hint": "時間をおき、間隔を徐々に延ばしながら再試行してください。"
    },
    "5.CONNACK.Banned": {
      "title": "接続の禁止",
      "message": "このクライアントの接続は禁止されているため、サーバーは接続を拒否しました。",
      "hint": "自動で再試行しないでください。禁止の理由と解除方法を管理者に確認してください。"
    },
    "5.CONNACK.BadAuthenticationMethod": {
      "title": "不正な認証方式",
      "message": "クライアントが指定した認証方式に、サーバーが対応していません。",
      "hint": "サーバーが対応する認証方式を指定するか、代わりにユーザー名とパスワードで接続してください。"
    },
    "5.CONNACK.TopicNameInvalid": {
      "title": "ウィルメッセージのトピック名が無効",
      "message": "ウィルメッセージのトピック名が無効なため、サーバーは接続を拒否しました。",
      "hint": "ウィルメッセージのトピック名は空にできず、「+」や「#」も使えません。サーバーの命名規則も確認してください。"
    },
    "5.CONNACK.PacketTooLarge": {
      "title": "CONNECTパケットのサイズ超過",
      "message": "CONNECTパケットが許容サイズを超えているため、サーバーは接続を拒否しました。",
      "hint": "ウィルメッセージのペイロード、ユーザープロパティ、認証データを小さくしてください。"
    },
    "5.CONNACK.QuotaExceeded": {
      "title": "クォータ超過",
      "message": "このクライアントまたはアカウントのクォータを超えたため、サーバーは接続を拒否しました。",
      "hint": "不要な接続を閉じるか、上限の引き上げを管理者に依頼してください。"
    },
    "5.CONNACK.PayloadFormatInvalid": {
      "title": "ペイロード形式の不一致",
      "message": "ウィルメッセージのペイロードがPayload Format Indicatorと一致しないため、サーバーは接続を拒否しました。",
      "hint": "UTF-8と指定したペイロードは正しいUTF-8にする必要があります。ペイロードを直すか、指定を外してください。"
    },
    "5.CONNACK.RetainNotSupported": {
      "title": "保持メッセージ非対応",
      "message": "サーバーは保持メッセージに対応していないため、保持フラグ付きのウィルメッセージを含む接続を拒否しました。",
      "hint": "ウィルメッセージの保持フラグを外してください。"
    },
    "5.CONNACK.QoSNotSupported": {
      "title": "非対応のQoS",
      "message": "ウィルメッセージのQoSがサーバーの対応範囲を超えているため、接続を拒否しました。",
      "hint": "ウィルメッセージのQoSを、サーバーが対応する値まで下げてください。"
    },
    "5.CONNACK.UseAnotherServer": {
      "title": "別のサーバーを使用",
      "message": "サーバーは接続を拒否し、当面は{serverReference}を使うよう求めています。",
      "hint": "示されたサーバーか、設定済みの代替サーバーに接続してください。一時的な変更なので、元の接続先は残してください。"
    },
    "5.CONNACK.ServerMoved": {
      "title": "サーバーの移転",
      "message": "サーバーは{serverReference}へ恒久的に移転したため、接続を拒否しました。",
      "hint": "クライアントの接続先を新しいサーバーに変更してください。"
    },
    "5.CONNACK.ConnectionRateExceeded": {
      "title": "接続頻度の超過",
      "message": "このクライアントの接続頻度が高すぎるため、サーバーは接続を拒否しました。",
      "hint": "再接続の前に待ち時間を置き、失敗するたびに間隔を延ばしてください。"
    },
    "5.PUBACK.Success": {
      "title": "パブリッシュ確認済み",
      "message": "パブリッシュの受信側がQoS 1のメッセージを受け付けました。",
      "hint": "対応は不要です。"
    },
    "5.PUBACK.NoMatchingSubscribers": {
      "title": "該当するサブスクリプションなし",
      "message": "サーバーはメッセージを受け付けましたが、トピックに一致するサブスクリプションがありません。",
      "hint": "エラーではありません。サブスクライバーがいるはずなら、トピック名を確認してください。"
    },
    "5.PUBACK.UnspecifiedError": {
      "title": "パブリッシュの拒否",
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
      "hint": "接頭辞、長さ、階層の数など、受信側の規則にトピック名が合っているか確認してください。"
    },
    "5.PUBACK.PacketIdentifierInUse": {
      "title": "パケット識別子が使用中",
      "message": "パケット識別子がすでに使われているため、パブリッシュの受信側はメッセージを拒否しました。",
      "hint": "多くはクライアントライブラリの不具合かセッション状態の不一致です。空いているパケット識別子で送ってください。繰り返し起きる場合は、Clean Startを1にして再接続すると解消しますが、セッションは破棄されます。"
    },
    "5.PUBACK.QuotaExceeded": {
      "title": "クォータ超過",
      "message": "クォータを超えたため、パブリッシュの受信側はメッセージを拒否しました。",
      "hint": "パブリッシュの頻度や量を減らすか、上限の引き上げを管理者に依頼してください。"
    },
    "5.PUBACK.PayloadFormatInvalid": {
      "title": "ペイロード形式の不一致",
      "message": "ペイロードがPayload Format Indicatorと一致しないため、パブリッシュの受信側はメッセージを拒否しました。",
      "hint": "UTF-8と指定したペイロードは正しいUTF-8にする必要があります。ペイロードを直すか、指定を外してください。"
    },
    "5.PUBREC.Success": {
      "title": "パブリッシュ受信済み",
      "message": "パブリッシュの受信側がQoS 2のメッセージを受け付けました。続いてPUBRELで処理を進めます。",
      "hint": "対応は不要です。"
    },
    "5.PUBREC.NoMatchingSubscribers": {
      "title": "該当するサブスクリプションなし",
      "message": "サーバーはメッセージを受け付けましたが、トピックに一致するサブスクリプションがありません。",
      "hint": "エラーではありません。サブスクライバーがいるはずなら、トピック名を確認してください。"
    },
    "5.PUBREC.UnspecifiedError": {
      "title": "パブリッシュの拒否",
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
      "hint": "接頭辞、長さ、階層の数など、受信側の規則にトピック名が合っているか確認してください。"
    },
    "5.PUBREC.PacketIdentifierInUse": {
      "title": "パケット識別子が使用中",
      "message": "パケット識別子がすでに使われているため、パブリッシュの受信側はメッセージを拒否しました。",
      "hint": "多くはクライアントライブラリの不具合かセッション状態の不一致です。空いているパケット識別子で送ってください。繰り返し起きる場合は、Clean Startを1にして再接続すると解消しますが、セッションは破棄されます。"
    },
    "5.PUBREC.QuotaExceeded": {
      "title": "クォータ超過",
      "message": "クォータを超えたため、パブリッシュの受信側はメッセージを拒否しました。",
      "hint": "パブリッシュの頻度や量を減らすか、上限の引き上げを管理者に依頼してください。"
    },
    "5.PUBREC.PayloadFormatInvalid": {
      "title": "ペイロード形式の不一致",
      "message": "ペイロードがPayload Format Indicatorと一致しないため、パブリッシュの受信側はメッセージを拒否しました。",
      "hint": "UTF-8と指定したペイロードは正しいUTF-8にする必要があります。ペイロードを直すか、指定を外してください。"
    },
    "5.PUBREL.Success": {
      "title": "パブリッシュの解放",
      "message": "パブリッシュの送信側がPUBRECを確認し、QoS 2のメッセージを解放しました。",
      "hint": "対応は不要です。受信側がPUBCOMPを返して処理が完了します。"
    },
    "5.PUBREL.PacketIdentifierNotFound": {
      "title": "不明なパケット識別子",
      "message": "パブリッシュの送信側は、受け取ったPUBRECのパケット識別子を認識できませんでした。",
      "hint": "再接続でセッション状態が失われた後なら通常は問題ありません。頻発する場合は双方のセッションの保持を確認してください。"
    },
    "5.PUBCOMP.Success": {
      "title": "パブリッシュ完了",
      "message": "パブリッシュの受信側がQoS 2のメッセージの配信を完了しました。",
      "hint": "対応は不要です。"
    },
    "5.PUBCOMP.PacketIdentifierNotFound": {
      "title": "不明なパケット識別子",
      "message": "パブリッシュの受信側は、受け取ったPUBRELのパケット識別子を認識できませんでした。",
      "hint": "再接続でセッション状態が失われた後なら通常は問題ありません。頻発する場合は双方のセッションの保持を確認してください。"
    },
    "5.SUBACK.GrantedQoS0": {
      "title": "QoS 0で許可",
      "message": "サーバーはこのサブスクリプションをQoS 0までで受け付けました。",
      "hint": "QoS 1や2を要求した場合はサーバーが引き下げています。メッセージは配信の保証なしで届きます。"
    },
    "5.SUBACK.GrantedQoS1": {
      "title": "QoS 1で許可",
      "message": "サーバーはこのサブスクリプションをQoS 1までで受け付けました。",
      "hint": "QoS 2を要求した場合はサーバーが引き下げています。メッセージが重複して届くことがあります。"
    },
    "5.SUBACK.GrantedQoS2": {
      "title": "QoS 2で許可",
      "message": "サーバーはこのサブスクリプションをQoS 2までで受け付けました。",
      "hint": "対応は不要です。"
    },
    "5.SUBACK.UnspecifiedError": {
      "title": "サブスクリプションの拒否",
      "message": "サーバーは具体的な理由を示さずに、このサブスクリプションを拒否しました。",
      "hint": "理由文字列やサーバーのログで原因を確認してください。"
    },
    "5.SUBACK.ImplementationSpecificError": {
      "title": "実装固有のエラー",
      "message": "サーバーは実装固有の理由で、このサブスクリプションを拒否しました。",
      "hint": "理由文字列、サーバーのログやドキュメントを確認してください。"
    },
    "5.SUBACK.NotAuthorized": {
      "title": "サブスクライブの権限なし",
      "message": "このトピックフィルターへのサブスクライブが許可されていないため、サーバーは拒否しました。",
      "hint": "このトピックフィルターへのサブスクライブ権限の付与を管理者に依頼してください。"
    },
    "5.SUBACK.TopicFilterInvalid": {
      "title": "無効なトピックフィルター",
      "message": "トピックフィルターが無効か許可されていないため、サーバーはこのサブスクリプションを拒否しました。",
      "hint": "構文を確認してください。「+」と「#」は1つの階層全体に使い、「#」は最後の階層にのみ置けます。"
    },
    "5.SUBACK.PacketIdentifierInUse": {
      "title": "パケット識別子が使用中",
      "message": "パケット識別子がすでに使われているため、サーバーはこのSUBSCRIBEを拒否しました。",
      "hint": "多くはクライアントライブラリの不具合です。Clean Startで再接続すると解消することがあります。"
    },
    "5.SUBACK.QuotaExceeded": {
      "title": "クォータ超過",
      "message": "サブスクリプション数などのクォータを超えたため、サーバーはこのサブスクリプションを拒否しました。",
      "hint": "不要なサブスクリプションを削除するか、上限の引き上げを管理者に依頼してください。"
    },
    "5.SUBACK.SharedSubscriptionsNotSupported": {
      "title": "共有サブスクリプション非対応",
      "message": "サーバーは共有サブスクリプションに対応していないため、このサブスクリプションを拒否しました。",
      "hint": "「$share/」を付けずにサブスクライブするか、共有サブスクリプションに対応したサーバーを使ってください。"
    },
    "5.SUBACK.SubscriptionIdentifiersNotSupported": {
      "title": "サブスクリプション識別子非対応",
      "message": "サーバーはサブスクリプション識別子に対応していないため、このサブスクリプションを拒否しました。",
      "hint": "サブスクリプション識別子を付けずにサブスクライブしてください。"
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
      "title": "サブスクライブ解除の拒否",
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
      "message": "トピックフィルターが無効なため、サーバーはこのサブスクライブ解除を拒否しました。",
      "hint": "構文を確認し、サブスクライブ時とまったく同じトピックフィルターを指定してください。"
    },
    "5.UNSUBACK.PacketIdentifierInUse": {
      "title": "パケット識別子が使用中",
      "message": "パケット識別子がすでに使われているため、サーバーはこのUNSUBSCRIBEを拒否しました。",
      "hint": "多くはクライアントライブラリの不具合です。Clean Startで再接続すると解消することがあります。"
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
      "title": "エラーによる切断",
      "message": "接続は切断されましたが、切断した側は具体的な理由を示していません。",
      "hint": "理由文字列と双方のログを確認してください。"
    },
    "5.DISCONNECT.MalformedPacket": {
      "title": "不正な形式のパケット",
      "message": "解析できないパケットを受信した側が、接続を切断しました。",
      "hint": "ライブラリの不具合や、ネットワーク上でのデータ破損がよくある原因です。双方のソフトウェアを確認してください。"
    },
    "5.DISCONNECT.ProtocolError": {
      "title": "プロトコル違反",
      "message": "相手のプロトコル違反を検出した側が、接続を切断しました。",
      "hint": "ログで原因のパケットを特定してください。クライアントライブラリの更新で解決することがよくあります。"
    },
    "5.DISCONNECT.ImplementationSpecificError": {
      "title": "実装固有のエラー",
      "message": "切断した側の実装固有の理由で、接続が切断されました。",
      "hint": "理由文字列や、切断した側のドキュメントを確認してください。"
    },
    "5.DISCONNECT.NotAuthorized": {
      "title": "権限なし",
      "message": "クライアントが権限のない要求をしたため、サーバーは接続を切断しました。",
      "hint": "クライアントの権限を管理者に確認してください。"
    },
    "5.DISCONNECT.ServerBusy": {
      "title": "サーバー混雑中",
      "message": "サーバーは混雑のため、接続を切断しました。",
      "hint": "時間をおき、間隔を徐々に延ばしながら再接続してください。"
    },
    "5.DISCONNECT.ServerShuttingDown": {
      "title": "サーバー停止中",
      "message": "サーバーは停止処理中のため、接続を切断しました。",
      "hint": "時間をおいて再接続するか、ほかのサーバーがあればそちらに接続してください。"
    },
    "5.DISCONNECT.BadAuthenticationMethod": {
      "title": "不正な認証方式",
      "message": "再認証で異なる、または非対応の認証方式が使われたため、サーバーは接続を切断しました。",
      "hint": "接続時と同じ認証方式で再認証してください。"
    },
    "5.DISCONNECT.KeepAliveTimeout": {
      "title": "キープアライブのタイムアウト",
      "message": "キープアライブ間隔の1.5倍の時間、クライアントから何も届かなかったため、サーバーは接続を切断しました。",
      "hint": "クライアントが時間内にPINGREQを送れているか、処理の停滞やネットワークの遅延がないか確認してください。"
    },
    "5.DISCONNECT.SessionTakenOver": {
      "title": "セッションの引き継ぎ",
      "message": "同じクライアント識別子の別の接続がセッションを引き継いだため、サーバーは接続を切断しました。",
      "hint": "クライアントごとに別のクライアント識別子を使ってください。共有すると互いに切断し合います。"
    },
    "5.DISCONNECT.TopicFilterInvalid": {
      "title": "無効なトピックフィルター",
      "message": "クライアントが受け付けられないトピックフィルターを送ったため、サーバーは接続を切断しました。",
      "hint": "サブスクライブやサブスクライブ解除に使うトピックフィルターの構文を確認してください。"
    },
    "5.DISCONNECT.TopicNameInvalid": {
      "title": "無効なトピック名",
      "message": "受け付けられないトピック名のパブリッシュを受信した側が、接続を切断しました。",
      "hint": "パブリッシュするトピック名に「+」や「#」が含まれていないか、受信側の規則に合っているか確認してください。"
    },
    "5.DISCONNECT.ReceiveMaximumExceeded": {
      "title": "Receive Maximum超過",
      "message": "Receive Maximumを超える数の確認待ちのQoS 1・QoS 2メッセージを受信した側が、接続を切断しました。",
      "hint": "確認待ちのQoS 1・QoS 2メッセージを相手のReceive Maximum以内に抑えてください。多くはライブラリの不具合です。"
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
      "hint": "パブリッシュの頻度を下げるか、レート制限の緩和を管理者に依頼してください。"
    },
    "5.DISCONNECT.QuotaExceeded": {
      "title": "クォータ超過",
      "message": "クォータを超えた側が、接続を切断しました。",
      "hint": "利用量を減らすか、上限の引き上げを管理者に依頼してください。"
    },
    "5.DISCONNECT.AdministrativeAction": {
      "title": "管理操作による切断",
      "message": "切断した側の管理者または管理プロセスが、接続を切断しました。",
      "hint": "時間をおいて再接続して問題ありません。接続の禁止が続く場合は、次のCONNACKでわかります。想定外の切断であれば、切断した側の管理者に確認してください。"
    },
    "5.DISCONNECT.PayloadFormatInvalid": {
      "title": "ペイロード形式の不一致",
      "message": "Payload Format Indicatorと一致しないペイロードを受信した側が、接続を切断しました。",
      "hint": "UTF-8と指定したペイロードは正しいUTF-8にする必要があります。ペイロードを直すか、指定を外してください。"
    },
    "5.DISCONNECT.RetainNotSupported": {
      "title": "保持メッセージ非対応",
      "message": "クライアントが保持メッセージをパブリッシュしましたが、サーバーは非対応のため接続を切断しました。",
      "hint": "CONNACKのRetain Availableを確認し、保持フラグを付けずにパブリッシュしてください。"
    },
    "5.DISCONNECT.QoSNotSupported": {
      "title": "非対応のQoS",
      "message": "クライアントがサーバーの対応を超えるQoSでパブリッシュしたため、サーバーは接続を切断しました。",
      "hint": "CONNACKのMaximum QoSを確認し、それ以下のQoSでパブリッシュしてください。"
    },
    "5.DISCONNECT.UseAnotherServer": {
      "title": "別のサーバーを使用",
      "message": "サーバーは接続を切断し、当面は{serverReference}を使うよう求めています。",
      "hint": "示されたサーバーか、設定済みの代替サーバーに接続してください。一時的な変更なので、元の接続先は残してください。"
    },
    "5.DISCONNECT.ServerMoved": {
      "title": "サーバーの移転",
      "message": "サーバーは{serverReference}へ恒久的に移転したため、接続を切断しました。",
      "hint": "クライアントの接続先を新しいサーバーに変更してください。"
    },
    "5.DISCONNECT.SharedSubscriptionsNotSupported": {
      "title": "共有サブスクリプション非対応",
      "message": "クライアントが共有サブスクリプションを要求しましたが、サーバーは非対応のため接続を切断しました。",
      "hint": "CONNACKのShared Subscription Availableを確認し、「$share/」なしでサブスクライブしてください。"
    },
    "5.DISCONNECT.ConnectionRateExceeded": {
      "title": "接続頻度の超過",
      "message": "このクライアントの接続頻度が高すぎるため、サーバーは接続を切断しました。",
      "hint": "再接続の前に待ち時間を置き、失敗するたびに間隔を延ばしてください。"
    },
    "5.DISCONNECT.MaximumConnectTime": {
      "title": "最大接続時間に到達",
      "message": "接続を維持できる最大時間に達したため、サーバーは接続を切断しました。",
      "hint": "必要なら再接続してください。上限はサーバーの設定で決まります。"
    },
    "5.DISCONNECT.SubscriptionIdentifiersNotSupported": {
      "title": "サブスクリプション識別子非対応",
      "message": "クライアントがサブスクリプション識別子を使いましたが、サーバーは非対応のため接続を切断しました。",
      "hint": "CONNACKのSubscription Identifiers Availableを確認し、識別子なしでサブスクライブしてください。"
    },
    "5.DISCONNECT.WildcardSubscriptionsNotSupported": {
      "title": "ワイルドカード非対応",
      "message": "クライアントがワイルドカードでサブスクライブしましたが、サーバーは非対応のため接続を切断しました。",
      "hint": "CONNACKのWildcard Subscription Availableを確認し、トピック名ごとにサブスクライブしてください。"
    },
    "5.AUTH.Success": {
      "title": "認証成功",
      "message": "サーバーが再認証を受け入れました。",
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
      "title": "接続しました",
      "message": "サーバーが接続を受け入れました。",
      "hint": "対応は不要です。以前のセッションが引き継がれたかはSession Presentで確認できます。"
    },
    "4.CONNACK.UnacceptableProtocolVersion": {
      "title": "非対応のプロトコルバージョン",
      "message": "クライアントが要求したMQTTのプロトコルバージョンにサーバーが対応しておらず、接続を拒否しました。",
      "hint": "クライアントのプロトコルバージョンをサーバーが対応するものに合わせるか、サーバーを更新してください。"
    },
    "4.CONNACK.IdentifierRejected": {
      "title": "クライアント識別子の拒否",
      "message": "サーバーはこのクライアント識別子を受け付けず、接続を拒否しました。",
      "hint": "サーバーが定める長さや使える文字を確認してください。空の識別子はClean Sessionが有効な場合にのみ使えます。"
    },
    "4.CONNACK.ServerUnavailable": {
      "title": "サーバー利用不可",
      "message": "サーバーは応答しましたが、MQTTサービスが現在接続を受け付けられません。",
      "hint": "時間をおいて再試行してください。解消しない場合はサーバーの状態を確認してください。"
    },
    "4.CONNACK.BadUserNameOrPassword": {
      "title": "ユーザー名またはパスワードの誤り",
      "message": "サーバーはユーザー名またはパスワードを受け付けず、接続を拒否しました。",
      "hint": "クライアントに設定した認証情報と、そのアカウントがサーバーにあるかを確認してください。"
    },
    "4.CONNACK.NotAuthorized": {
      "title": "接続の権限なし",
      "message": "サーバーはこのクライアントの接続を許可しませんでした。",
      "hint": "このユーザー名やクライアント識別子に接続の権限を付与するよう、管理者に依頼してください。"
    },
    "4.SUBACK.GrantedQoS0": {
      "title": "QoS 0で許可",
      "message": "サーバーはこのサブスクリプションをQoS 0までで受け付けました。",
      "hint": "QoS 1や2を要求した場合はサーバーが引き下げています。メッセージは配信の保証なしで届きます。"
    },
    "4.SUBACK.GrantedQoS1": {
      "title": "QoS 1で許可",
      "message": "サーバーはこのサブスクリプションをQoS 1までで受け付けました。",
      "hint": "QoS 2を要求した場合はサーバーが引き下げています。メッセージが重複して届くことがあります。"
    },
    "4.SUBACK.GrantedQoS2": {
      "title": "QoS 2で許可",
      "message": "サーバーはこのサブスクリプションをQoS 2までで受け付けました。",
      "hint": "対応は不要です。"
    },
    "4.SUBACK.Failure": {
      "title": "サブスクリプションの失敗",
      "message": "サーバーはこのサブスクリプションを拒否しました。",
      "hint": "MQTT 3.1.1では理由が示されません。トピックフィルター、クライアントの権限、サーバーのログを確認してください。"
    },
    "3.CONNACK.ConnectionAccepted": {
      "title": "接続しました",
      "message": "サーバーが接続を受け入れました。",
      "hint": "対応は不要です。"
    },
    "3.CONNACK.UnacceptableProtocolVersion": {
      "title": "非対応のプロトコルバージョン",
      "message": "クライアントが要求したMQTTのプロトコルバージョンにサーバーが対応しておらず、接続を拒否しました。",
      "hint": "クライアントのプロトコルバージョンをサーバーが対応するものに合わせるか、サーバーを更新してください。"
    },
    "3.CONNACK.IdentifierRejected": {
      "title": "クライアント識別子の拒否",
      "message": "サーバーはこのクライアント識別子を受け付けず、接続を拒否しました。",
      "hint": "MQTT 3.1のサーバーは、空または23文字を超えるクライアント識別子を拒否することがあります。"
    },
    "3.CONNACK.ServerUnavailable": {
      "title": "サーバー利用不可",
      "message": "サーバーは応答しましたが、MQTTサービスが現在接続を受け付けられません。",
      "hint": "時間をおいて再試行してください。解消しない場合はサーバーの状態を確認してください。"
    },
    "3.CONNACK.BadUserNameOrPassword": {
      "title": "ユーザー名またはパスワードの誤り",
      "message": "サーバーはユーザー名またはパスワードを受け付けず、接続を拒否しました。",
      "hint": "クライアントに設定した認証情報と、そのアカウントがサーバーにあるかを確認してください。"
    },
    "3.CONNACK.NotAuthorized": {
      "title": "接続の権限なし",
      "message": "サーバーはこのクライアントの接続を許可しませんでした。",
      "hint": "このユーザー名やクライアント識別子に接続の権限を付与するよう、管理者に依頼してください。"
    },
    "3.SUBACK.GrantedQoS0": {
      "title": "QoS 0で許可",
      "message": "サーバーはこのサブスクリプションをQoS 0までで受け付けました。",
      "hint": "QoS 1や2を要求した場合はサーバーが引き下げています。メッセージは配信の保証なしで届きます。"
    },
    "3.SUBACK.GrantedQoS1": {
      "title": "QoS 1で許可",
      "message": "サーバーはこのサブスクリプションをQoS 1までで受け付けました。",
      "hint": "QoS 2を要求した場合はサーバーが引き下げています。メッセージが重複して届くことがあります。"
    },
    "3.SUBACK.GrantedQoS2": {
      "title": "QoS 2で許可",
      "message": "サーバーはこのサブスクリプションをQoS 2までで受け付けました。",
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
  "notes": {},
  "decisions": {},
  "rules": {}
};
