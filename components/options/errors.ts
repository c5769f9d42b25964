/**
 * The rules' validation reasons in the person's language. The schema and parser speak English
 * ("must not be empty"); each known reason is matched here and said again through i18n, and a
 * reason not known here is shown as the parser wrote it rather than not at all.
 */
import { t } from '../common/i18n';
import type { MessageKey } from '../common/i18n';
import type { RulesError } from '../../lib/settings/parse';

/** Each reason the rules give, as the parser words it, with the message that says it in the UI language. */
export const REASONS: [RegExp, MessageKey][] = [
  [/^must not be empty$/, 'ruleErrEmpty'],
  [/^must be at most (\d+) characters$/, 'ruleErrMaxChars'],
  [/^must be on one line$/, 'ruleErrOneLine'],
  [/^must be a time as HH:MM/, 'ruleErrTime'],
  [/^must be a date as YYYY-MM-DD$/, 'ruleErrDate'],
  [/^is not a real date$/, 'ruleErrRealDate'],
  [/^needs at least one day$/, 'ruleErrDays'],
  [/^must end after it starts$/, 'ruleErrWindowOrder'],
  [/^is not a valid regular expression \(([^]*)\)$/, 'ruleErrRegex'],
  [/^must not be before the start date$/, 'ruleErrDateOrder'],
  [/^needs a date range or at least one topic$/, 'ruleErrPauseScope'],
  [/^needs at least one starter$/, 'ruleErrStarters'],
  [/^"([^]*)" is used twice$/, 'ruleErrDuplicate'],
  [/^is missing$/, 'ruleErrMissing'],
  // NaN is what an emptied number field holds: "got NaN" would mean nothing to the person.
  [/^must be a number \(got NaN\)$/, 'ruleErrNumber'],
  [/^must be a number \(got ([^]*)\)$/, 'ruleErrNumberGot'],
  [/^must be text \(got ([^]*)\)$/, 'ruleErrText'],
  [/^must be true or false \(got ([^]*)\)$/, 'ruleErrBoolean'],
  [/^must be an object \(got ([^]*)\)$/, 'ruleErrObject'],
  [/^must be a list \(got ([^]*)\)$/, 'ruleErrList'],
  [/^must be one of ([^]*) \(got ([^]*)\)$/, 'ruleErrOneOf'],
  [/^must be a whole number/, 'ruleErrWholeNumber'],
  [/^must be at least (-?[\d.]+)$/, 'ruleErrMin'],
  [/^must be at most (-?[\d.]+)$/, 'ruleErrMax'],
  [/^must have at most (\d+) entries$/, 'ruleErrMaxEntries'],
  [/^The file is not valid JSON: ([^]*)$/, 'ruleErrJson'],
  [/^Rules must be a JSON object/, 'ruleErrNotObject'],
  [/^is (\d+), but this version of Postcheck reads rules up to version (\d+)/, 'ruleErrNewer'],
];

/** The reason, as a phrase that follows a field's name ("must not be empty"). */
export function reasonText(message: string): string {
  for (const [pattern, key] of REASONS) {
    const match = pattern.exec(message);
    if (match) return t(key, ...match.slice(1));
  }
  return message;
}

/** The reason as a sentence of its own, for the message under a field. */
export function reasonSentence(message: string): string {
  const text = reasonText(message);
  const sentence = text.charAt(0).toLocaleUpperCase() + text.slice(1);
  return /[.!?…]$/.test(sentence) ? sentence : `${sentence}.`;
}

/** "networks.linkedin.purpose: must not be empty", for messages about a whole file. */
export function describeError(error: RulesError): string {
  return error.path ? `${error.path}: ${reasonText(error.message)}` : reasonSentence(error.message);
}
