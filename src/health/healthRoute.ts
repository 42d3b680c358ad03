import express from 'express'
import type { Payload } from 'payload'

import { type HealthOptions, newsroomHealth } from './newsroomHealth'

/** `GET /healthz`: 200 when every check is ok (or off here), 503 otherwise; for load balancers and monitors. */
export const healthRoute = (payload: Payload, options: () => HealthOptions = () => ({})) =>
  express.Router().get('/healthz', async (_req, res) => {
    const health = await newsroomHealth(payload, options())
    res.setHeader('Cache-Control', 'no-store')
    res.status(health.healthy ? 200 : 503).json(health)
  })
