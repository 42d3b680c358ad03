export const InsightsView = () => null
