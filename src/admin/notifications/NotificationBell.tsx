// Placeholder until this component is built.
export const NotificationBell = () => null
