/** Every command this extension contributes, as in `package.json`'s `contributes.commands`. */
export const Commands = {
  search: 'policyLens.search',
  filterTree: 'policyLens.filterTree',
  clearFilter: 'policyLens.clearFilter',
  groupByDocument: 'policyLens.groupByDocument',
  groupByKind: 'policyLens.groupByKind',
  nextRelatedMention: 'policyLens.nextRelatedMention',
  previousRelatedMention: 'policyLens.previousRelatedMention',
  rescan: 'policyLens.rescan',
  showOutput: 'policyLens.showOutput',
  tagSelection: 'policyLens.tagSelection',
  editAnnotation: 'policyLens.editAnnotation',
  deleteAnnotation: 'policyLens.deleteAnnotation',
  groupAnnotationsBy: 'policyLens.groupAnnotationsBy',
} as const;

/** Context keys set for `when` clauses in `package.json`. */
export const ContextKeys = {
  groupedBy: 'policyLens.groupedBy',
  filtered: 'policyLens.filtered',
  hasDocuments: 'policyLens.hasDocuments',
  scanning: 'policyLens.scanning',
  annotationsGroupedBy: 'policyLens.annotationsGroupedBy',
} as const;

/** Views and their container, as in `package.json`'s `contributes.views`. */
export const Views = {
  container: 'policyLens',
  items: 'policyLens.items',
  annotations: 'policyLens.annotations',
} as const;

/** Settings read by name rather than through the `policyLens` section. */
export const Settings = {
  author: 'policyLens.author',
} as const;

/** The languages whose documents get decorations, hovers and related-mention navigation. */
export const POLICY_LANGUAGE = 'policy-text';
export const DOCUMENT_SELECTOR = [{ language: POLICY_LANGUAGE }, { language: 'markdown' }];
