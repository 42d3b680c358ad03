// What every endpoint handler receives, and small field parsers they share.
import { invalidParam } from './errors'
import type { ParsedRequest } from './request'
import type { PageState, SimulatorStore } from './store'

export interface RouteContext {
  request: ParsedRequest
  store: SimulatorStore
  /** The simulator's own base URL, for paging links. */
  baseUrl: string
  fetchPhotoUrls: boolean
}

export interface RouteResult {
  status: number
  body: unknown
}

export type PageHandler = (context: RouteContext, page: PageState) => Promise<RouteResult> | RouteResult

export const ok = (body: unknown): RouteResult => ({ status: 200, body })

export function optionalText(value: string | undefined): string | null {
  return value === undefined || value === '' ? null : value
}

export function parseBoolean(name: string, value: string | undefined, fallback: boolean): boolean {
  if (value === undefined || value === '') return fallback
  if (value === 'true' || value === '1') return true
  if (value === 'false' || value === '0') return false
  throw invalidParam(`Param ${name} must be a boolean`)
}

export function parseHttpUrl(name: string, value: string): string {
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw invalidParam(`Param ${name} must be a valid URL`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw invalidParam(`Param ${name} must be an http(s) URL`)
  return value
}

// Facebook accepts UNIX seconds or a date string; both become UNIX seconds here.
export function parseTimestamp(name: string, value: string): number {
  const seconds = /^\d+$/.test(value) ? Number(value) : Math.floor(Date.parse(value) / 1000)
  if (!Number.isFinite(seconds)) throw invalidParam(`Param ${name} must be a UNIX timestamp or a date`)
  return seconds
}

export function parseJsonObject(name: string, value: string): Record<string, unknown> {
  let parsed: unknown
  try {
    parsed = JSON.parse(value)
  } catch {
    parsed = undefined
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw invalidParam(`Param ${name} must be a JSON object`)
  }
  return parsed as Record<string, unknown>
}
