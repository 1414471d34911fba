import type { Doc } from '../document.js';
export function extractRelations(doc: Doc): void {
  doc.relations = [];
}
