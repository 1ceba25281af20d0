import * as vscode from 'vscode';
import type { PositionIndex } from '../core/positions';
import type { Span } from '../core/types';

/** The one conversion between core spans (offsets) and VS Code ranges. */
export function toRange(positions: PositionIndex, span: Span): vscode.Range {
  const start = positions.positionAt(span.start);
  const end = positions.positionAt(span.end);
  return new vscode.Range(start.line, start.character, end.line, end.character);
}

/** A range in an open document; its own text is the truth when it differs from what was extracted. */
export function toDocumentRange(document: vscode.TextDocument, span: Span): vscode.Range {
  return new vscode.Range(document.positionAt(span.start), document.positionAt(span.end));
}
