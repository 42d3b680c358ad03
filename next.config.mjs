import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Type checking and linting run in `npm run lint` / `npm run typecheck`, not in every start-up build.
  typescript: { ignoreBuildErrors: true },
  images: { unoptimized: true },
  // The HTTP edge (src/http/) sets the security headers; nothing should advertise the stack.
  poweredByHeader: false,
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
