import { DefaultTemplate } from '@payloadcms/next/templates'
import { Gutter, SetStepNav } from '@payloadcms/ui'
import { redirect } from 'next/navigation'
import type { AdminViewServerProps, PayloadRequest } from 'payload'
import type { ReactNode } from 'react'

/** Custom views are public: a visitor who is not signed in goes to the login page, then back to `path`. */
export const signedInUser = (req: PayloadRequest, path: `/${string}`) => {
  const adminRoute = req.payload.config.routes.admin
  if (!req.user) redirect(`${adminRoute}/login?redirect=${encodeURIComponent(`${adminRoute}${path}`)}`)
  return req.user
}

/**
 * Payload's admin chrome (nav, header, account menu) around a custom root view, which Payload leaves
 * bare and public: a visitor who is not signed in is sent to the login page and back.
 */
export const NewsroomViewShell = ({
  view,
  path,
  title,
  className,
  children,
}: {
  view: AdminViewServerProps
  path: `/${string}`
  title: string
  className?: string
  children: ReactNode
}) => {
  const { initPageResult, params, searchParams } = view
  const { req, permissions, visibleEntities, locale } = initPageResult
  const user = signedInUser(req, path)

  return (
    <DefaultTemplate
      i18n={req.i18n}
      locale={locale}
      params={params}
      payload={req.payload}
      permissions={permissions}
      req={req}
      searchParams={searchParams}
      user={user}
      viewActions={req.payload.config.admin.components?.actions}
      visibleEntities={visibleEntities}
    >
      <SetStepNav nav={[{ label: title }]} />
      <Gutter className={className}>{children}</Gutter>
    </DefaultTemplate>
  )
}
