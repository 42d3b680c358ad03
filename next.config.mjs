import { withPayload } from '@payloadcms/next/withPayload'

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Type checking and linting run in `npm run lint` / `npm run typecheck`, not in every start-up build.
  typescript: { ignoreBuildErrors: true },
  images: { unoptimized: true },
  // The HTTP edge (src/http/) sets the security headers; nothing should advertise the stack.
  poweredByHeader: false,
  // The report's writers read their own data files (pdfkit's font metrics, the DejaVu fonts) from
  // node_modules at run time: they stay outside the server bundle.
  serverExternalPackages: ['pdfkit', 'exceljs', 'dejavu-fonts-ttf'],
}

export default withPayload(nextConfig, { devBundleServerPackages: false })
