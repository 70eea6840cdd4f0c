// Renderer. uiLanguageError(text) → an Error whose text is already in the UI language and may name a file in
// any script ("Cannot open "规划局汇总.lantu": …"): describeError shows it as it is, instead of taking the
// Chinese file name in an English message for an unknown failure and hiding the message behind a generic one.
export function uiLanguageError(text: string): Error {
  return Object.assign(new Error(text), { zh: text, en: text });
}
