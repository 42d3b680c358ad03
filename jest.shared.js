// What both Jest configs share: TypeScript through SWC, with ESM-only Payload loaded natively
// (--experimental-vm-modules).
const swcTransform = [
  '@swc/jest',
  {
    jsc: {
      target: 'es2022',
      parser: { syntax: 'typescript', tsx: true },
      transform: { react: { runtime: 'automatic' } },
    },
  },
]

export const esmTypeScript = {
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
  transformIgnorePatterns: ['/node_modules/'],
  testEnvironment: 'node',
}
