import { pino } from 'pino'

/**
 * LOG_FORMAT=json (the default under NODE_ENV=production, i.e. `npm start`): Payload's logger — which
 * the app, the HTTP edge and the loops all write through — prints one JSON object per line, with an
 * ISO time (lines about a request also carry its id: `./requestLog.ts`). Otherwise Payload's readable
 * default.
 */
export const loggerConfig = (env: Record<string, string | undefined> = process.env) => {
  const format = env.LOG_FORMAT ?? (env.NODE_ENV === 'production' ? 'json' : 'pretty')
  if (format !== 'json') return undefined
  return {
    options: {
      name: 'newsroom',
      level: env.LOG_LEVEL || 'info',
      timestamp: pino.stdTimeFunctions.isoTime,
    },
  }
}
