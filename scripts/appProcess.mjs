// How a process that runs the app's TypeScript is started: `npm start` (scripts/start.mjs), the
// worker and the backup commands, and the child processes of the tests and benchmarks.

/**
 * Node's flags for such a process, for the given NODE_ENV.
 *
 * `--conditions`: for Node, each of lexical's packages resolves to a wrapper that picks its
 * development or production build with a top-level `await import()`. With a dozen such wrappers
 * importing one another, Node 20 now and then never settles the module graph: the process exits
 * (code 13, or 0) before running a line of the app, without a word. Loading the editor's config
 * that way stalled in 3 to 6 of 10 tries; naming the build as a condition resolves every lexical
 * package straight to it, with no top-level await, and 0 of 32 stalled (docs/BENCHMARKS.md).
 *
 * @param {string | undefined} nodeEnv
 * @returns {string[]}
 */
export const appNodeArgs = (nodeEnv) => [
  '--no-deprecation',
  `--conditions=${nodeEnv === 'production' ? 'production' : 'development'}`,
  '--import',
  'tsx',
]

// MALLOC_ARENA_MAX: glibc gives threads that allocate arenas of their own (up to eight per core), and
// sharp's image work runs on libuv's and libvips's threads: the memory of each photo processed is
// freed into whichever arena served it and stays resident there, so the process grows with every
// upload. Two arenas keep it close to what is in use (docs/BENCHMARKS.md, photos). glibc reads it
// only when the process starts, so it cannot be set from inside the server.
/**
 * The environment the server process starts with (also the browser tests' and benchmarks' server).
 * @type {Readonly<Record<string, string>>}
 */
export const SERVER_PROCESS_ENV = { MALLOC_ARENA_MAX: '2' }
