// The browser test: a real server (built Next app + Payload) driven through Chromium. Separate from
// jest.config.js because it needs `next build` first and takes minutes, not seconds.
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

export default {
  displayName: 'e2e',
  extensionsToTreatAsEsm: ['.ts', '.tsx'],
  transform: { '^.+\\.(t|j)sx?$': swcTransform },
  transformIgnorePatterns: ['/node_modules/'],
  testEnvironment: 'node',
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'],
  // One server and one browser at a time: parallel runs would only fight over CPU and ports.
  maxWorkers: 1,
  testTimeout: 300_000,
  slowTestThreshold: 120,
}
