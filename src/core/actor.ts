/** The actor of a commitment as written (`the government`, `Ofsted`), when the sentence names one. */
export function findActor(sentence: string): string | undefined {
  return /\b(the government|the department|ministers?)\b/i.exec(sentence)?.[0];
}
