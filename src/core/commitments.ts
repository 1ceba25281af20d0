/** True when the sentence pledges, announces or reports an actor as going to do something. */
export function isCommitment(sentence: string): boolean {
  return /\b(will|has committed|pledged|announced|is investing)\b/i.test(sentence);
}
