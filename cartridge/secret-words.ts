import { wordTable } from './lexicon.js';
/**
 * The one list of what names a secret (issue 7, m15): a fact named with one of these holds a
 * value that is never written to the event log or the audit, is masked "••••" in lists, and is
 * said only when asked for by name (`namesSecret`). Written as people say them, in any language
 * or script; `namesSecret` folds them as it folds a fact's name (case, accents, marks), so
 * "contraseña" also finds "contrasena" and "पासवर्ड" its unmarked spelling. Data only: add a word
 * here, never in the code that reads it.
 */

/** One word that makes a fact a secret wherever it stands in the name ("bank PIN", "PIN"). */
export const SECRET_WORDS: readonly string[] = [
  // English
  ...'pin pins puk password passwords passwd pwd pw passcode passcodes passphrase passphrases code codes combination combinations combo secret secrets key keys token tokens login logins cvv cvc cvv2 cvc2 otp seed mnemonic ssn'.split(
    ' ',
  ),
  // German, Dutch, Polish, Danish/Norwegian, Swedish, Finnish
  ...'passwort kennwort geheimzahl geheimcode zugangscode wachtwoord pincode toegangscode hasło haslo adgangskode lösenord salasana'.split(
    ' ',
  ),
  // Spanish, Portuguese, Italian, French, Turkish
  ...'contraseña clave senha mdp şifre'.split(' '),
  // Russian, Ukrainian
  ...'пароль пин пинкод пин-код код'.split(' '),
  // Arabic: "رمز" (code), "الرمز" (the code), "سر"/"السر" alone are not said: see the phrases.
  ...'رمز الرمز'.split(' '),
  // Hindi: पासवर्ड (password), पिन (PIN), कूटशब्द (password)
  ...'पासवर्ड पिन कूटशब्द'.split(' '),
];

/** Words in a row that make a fact a secret when said together ("mot de passe", "seed phrase"). */
export const SECRET_PHRASES: readonly string[] = [
  // English
  'security question',
  'security answer',
  'secret question',
  'secret answer',
  'recovery phrase',
  'backup phrase',
  'seed phrase',
  'seed words',
  'recovery words',
  // A security answer (S24): "mother's maiden name", "mother maiden name".
  'maiden name',
  // m17 (S26 H5): what unlocks a phone or a bank login, and numbers that identify a person
  'phone unlock',
  'screen unlock',
  'unlock code',
  'unlock pattern',
  'memorable word',
  'memorable answer',
  'memorable information',
  'memorable date',
  'tax id',
  'taxpayer id',
  'tax number',
  'tax file number',
  'medical record',
  'patient id',
  'national insurance',
  'insurance number',
  // French, Spanish, Italian, Portuguese
  'mot de passe',
  'code secret',
  'code pin',
  'parola d’ordine',
  'parola chiave',
  'código secreto',
  'codigo pin',
  'número secreto',
  'numero secreto',
  'número pin',
  'codice segreto',
  'palavra passe',
  'palavra-passe',
  'código de acesso',
  // Arabic: كلمة المرور / كلمة مرور (password), كلمة السر / كلمة سر (password), الرقم السري (PIN)
  'كلمة المرور',
  'كلمة مرور',
  'كلمة السر',
  'كلمة سر',
  'الرقم السري',
  'رقم سري',
  'الرمز السري',
  'رمز سري',
];

/** Secret words of scripts written without spaces ("wifi密码", "銀行の暗証番号"), found inside a name. */
export const SECRET_SCRIPT: readonly string[] = [
  // Chinese (simplified, traditional)
  '密码',
  '密碼',
  '口令',
  // Japanese
  '暗証番号',
  'パスワード',
  '暗号',
  // Korean
  '비밀번호',
  '암호',
  // A key, as "bike key" is one (S28): Japanese, Chinese (simplified, traditional), Korean
  '鍵',
  '钥匙',
  '鑰匙',
  '열쇠',
];

/**
 * A lock (S28: "bike lock" 4312): a fact named for one holds its combination when its value is a
 * number ("padlock: 0451"), never a lock said in words ("bike lock: the blue D-lock").
 */
export const LOCK_WORDS: readonly string[] =
  'lock locks padlock padlocks schloss fahrradschloss vorhängeschloss candado cadenas lucchetto cadeado замок zamek lås'.split(
    ' ',
  );

/**
 * Words said before "code" that make it a public one, no secret ("zip code", "area code").
 * "code postal", "código postal", "codice postale", "الرمز البريدي" say it after: `PUBLIC_CODE_AFTER`.
 */
export const PUBLIC_CODE_BEFORE: readonly string[] =
  'zip post postal area country dial dialling dialing dress colour color promo discount qr bar'.split(' ');

/**
 * "pass" said short for a password ("netflix pass", S24), unless one of these words before it makes
 * it a ticket or a card ("bus pass", "boarding pass").
 */
export const PUBLIC_PASS_BEFORE: readonly string[] =
  'bus boarding ski season gym train rail travel day week weekly month monthly annual year yearly metro subway transit tube hall backstage festival park parking museum zoo press guest visitor free mountain'.split(
    ' ',
  );

/** Words said after a code word that make it a public one ("code postal", "الرمز البريدي"). */
export const PUBLIC_CODE_AFTER: readonly string[] = 'postal postale bidi البريدي بريدي'.split(' ');

/** Code words in other languages, read as "code" is (`PUBLIC_CODE_BEFORE`, `PUBLIC_CODE_AFTER`). */
export const CODE_WORDS: readonly string[] = 'code codes código codigo codice kod код رمز الرمز'.split(' ');

/** Numbers that are secrets when said after these words ("account number", "card number"). */
export const SECRET_NUMBER_AFTER: readonly string[] =
  // "passport number", "driver's licence number", "national insurance number" (S24).
  'account card credit debit iban routing social security ssn passport licence license insurance'.split(' ');

/**
 * Secret names said short and in full (S28: "what's my social security number" with "SSN" kept):
 * a lookup that finds nothing under one is asked again under the other (`otherSpelling`).
 */
export const SECRET_ABBREVIATIONS: Readonly<Record<string, string>> = wordTable({
  ssn: 'social security number',
  'ni number': 'national insurance number',
  nino: 'national insurance number',
  pin: 'personal identification number',
  cvv: 'card verification value',
  cvc: 'card verification code',
  tin: 'taxpayer identification number',
});
