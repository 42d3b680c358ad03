// The environment the server process starts with: `npm start` (scripts/start.mjs), and the browser
// tests and benchmarks that start src/server.ts the same way (tests/e2e/helpers/server.ts).
//
// MALLOC_ARENA_MAX: glibc gives threads that allocate arenas of their own (up to eight per core), and
// sharp's image work runs on libuv's and libvips's threads: the memory of each photo processed is
// freed into whichever arena served it and stays resident there, so the process grows with every
// upload. Two arenas keep it close to what is in use (docs/BENCHMARKS.md, photos). glibc reads it
// only when the process starts, so it cannot be set from inside the server.
/** @type {Readonly<Record<string, string>>} */
export const SERVER_PROCESS_ENV = { MALLOC_ARENA_MAX: '2' }
