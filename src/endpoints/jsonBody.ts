import { addDataAndFileToRequest, type PayloadRequest } from 'payload'

/** A custom endpoint's JSON body as an object; anything else (no body, an array, a string) reads as `{}`. */
export const jsonBody = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  await addDataAndFileToRequest(req)
  const data = req.data
  return data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {}
}
