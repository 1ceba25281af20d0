import { findActor } from './actor';
import { isCommitment } from './commitments';
import { findDeadline } from './deadline';
import { extractFunding } from './funding';
import { findNames } from './names';
import { isRecommendation } from './recommendations';
import { splitSentences } from './sentences';
import type { DocumentExtraction, SentenceMention, SourceDocument } from './types';

/** Extracts funding figures, commitment and recommendation sentences and candidate names from one document. */
export function extractDocument(doc: SourceDocument): DocumentExtraction {
  const { text } = doc;
  const sentences: SentenceMention[] = [];
  for (const span of splitSentences(text)) {
    const sentence = text.slice(span.start, span.end);
    if (isCommitment(sentence)) {
      const actor = findActor(sentence);
      const deadline = findDeadline(sentence);
      sentences.push({ kind: 'commitment', ...span, text: sentence, ...(actor && { actor }), ...(deadline && { deadline }) });
    }
    if (isRecommendation(sentence)) sentences.push({ kind: 'recommendation', ...span, text: sentence });
  }
  return { path: doc.path, funding: extractFunding(text), sentences, names: findNames(text) };
}
