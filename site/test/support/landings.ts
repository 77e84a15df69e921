// The queries of issue 15 and the row each must land on (the search box's first result).
/** Query → the row the first result must be (page and fragment). */
export const LANDINGS: Readonly<Record<string, string>> = {
  '135': 'codes/0x87/#v5-connack',
  '0x87': 'codes/0x87/#v5-connack',
  '87': 'codes/0x87/#v5-connack',
  NotAuthorized: 'codes/0x87/#v5-connack',
  'not authorized': 'codes/0x87/#v5-connack',
  'bad password': 'codes/0x86/#v5-connack',
  // 不正な認証方式 (Bad authentication method): the failure whose title says 認証.
  認証: 'codes/0x8C/#v5-connack',
  パスワード: 'codes/0x86/#v5-connack',
  // エラーによる切断 (DISCONNECT Unspecified error): the first failure whose title says 切断.
  切断: 'codes/0x80/#v5-disconnect',
};
