// Placeholder until this component is built.
export const RosterView = () => null
