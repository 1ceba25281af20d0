/** The annotation commands, as in `package.json`'s `contributes.commands`. */
export const AnnotationCommands = {
  tagSelection: 'policyLens.tagSelection',
  editAnnotation: 'policyLens.editAnnotation',
  deleteAnnotation: 'policyLens.deleteAnnotation',
  groupAnnotationsBy: 'policyLens.groupAnnotationsBy',
} as const;

/** The annotations view, in the Policy Lens container, as in `package.json`'s `contributes.views`. */
export const ANNOTATIONS_VIEW = 'policyLens.annotations';

/** Context key holding the annotations view's grouping, for its title menu. */
export const ANNOTATIONS_GROUPED_BY = 'policyLens.annotationsGroupedBy';

/** The setting naming the author of new annotations. */
export const AUTHOR_SETTING = 'policyLens.author';
