// A user-visible message of engine/sign in both languages; the shell shows the chosen one.
export interface SignMessage {
  zh: string;
  en: string;
}
