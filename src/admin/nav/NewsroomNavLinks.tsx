// Placeholder until this component is built.
export const NewsroomNavLinks = () => null
