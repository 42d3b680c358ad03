export const BellIcon = () => (
  <svg width="20" height="20" viewBox="0 0 24 24" fill="none" aria-hidden="true" focusable="false">
    <path
      d="M6 9a6 6 0 1 1 12 0c0 4.2 1.2 6.3 2 7.2.3.3.1.8-.3.8H4.3c-.4 0-.6-.5-.3-.8.8-.9 2-3 2-7.2Z"
      stroke="currentColor"
      strokeWidth="1.6"
      strokeLinejoin="round"
    />
    <path d="M9.8 19.5a2.3 2.3 0 0 0 4.4 0" stroke="currentColor" strokeWidth="1.6" strokeLinecap="round" />
  </svg>
)
