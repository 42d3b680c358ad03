// Placeholder until this component is built.
export const Dashboard = () => null
