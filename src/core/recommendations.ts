/** True when the sentence makes, reports or quotes a recommendation or call for action. */
export function isRecommendation(sentence: string): boolean {
  return /\b(recommend\w*|calls? for|called on|urged|should|must)\b/i.test(sentence);
}
