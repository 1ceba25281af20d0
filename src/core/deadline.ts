/** The deadline of a commitment as written (`By 2027`, `before the end of 2022`), when the sentence gives one. */
export function findDeadline(sentence: string): string | undefined {
  return /\b(?:by|before|in) (?:the end of )?20\d\d\b/i.exec(sentence)?.[0];
}
