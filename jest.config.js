import { esmTypeScript } from './jest.shared.js'

const shared = {
  ...esmTypeScript,
  moduleNameMapper: { '^@payload-config$': '<rootDir>/payload.config.ts' },
}

export default {
  testTimeout: 60_000,
  projects: [
    {
      ...shared,
      displayName: 'unit',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts', '<rootDir>/tests/graph-simulator/**/*.test.ts'],
    },
    {
      ...shared,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      setupFilesAfterEnv: ['<rootDir>/tests/helpers/isolateMediaDir.ts'],
    },
  ],
}
