// Placeholder until this component is built.
export const CalendarView = () => null
