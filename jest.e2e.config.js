// The browser test: a real server (built Next app + Payload) driven through Chromium. Separate from
// jest.config.js because it needs `next build` first and takes minutes, not seconds.
import { esmTypeScript } from './jest.shared.js'

export default {
  ...esmTypeScript,
  displayName: 'e2e',
  testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'],
  // One server and one browser at a time: parallel runs would only fight over CPU and ports.
  maxWorkers: 1,
  testTimeout: 300_000,
  slowTestThreshold: 120,
}
