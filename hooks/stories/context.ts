/** Set on the update the transition endpoint makes: the only write allowed to touch stage and history. */
export const WORKFLOW_TRANSITION = 'workflowTransition'
