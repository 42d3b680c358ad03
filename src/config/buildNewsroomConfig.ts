import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'
import { buildConfig, type CollectionConfig } from 'payload'
import sharp from 'sharp'

import { Areas } from '../../collections/Areas'
import { Channels } from '../../collections/Channels'
import { Inbox } from '../../collections/Inbox'
import { Media } from '../../collections/Media'
import { Notifications } from '../../collections/Notifications'
import { PageMetrics } from '../../collections/PageMetrics'
import { PostMetrics } from '../../collections/PostMetrics'
import { ContestEntries } from '../../collections/ContestEntries'
import { ContestScores } from '../../collections/ContestScores'
import { Contests } from '../../collections/Contests'
import { Members } from '../../collections/Members'
import { CampaignActions } from '../../collections/CampaignActions'
import { CampaignReminders } from '../../collections/CampaignReminders'
import { Campaigns } from '../../collections/Campaigns'
import { Pages } from '../../collections/Pages'
import { Reports } from '../../collections/Reports'
import { Publications } from '../../collections/Publications'
import { SocialAccounts } from '../../collections/SocialAccounts'
import { Shifts } from '../../collections/Shifts'
import { Stories } from '../../collections/Stories'
import { Units } from '../../collections/Units'
import { Users } from '../../collections/Users'
import { WebhookEvents } from '../../collections/WebhookEvents'
import { RecognitionSettings } from '../../globals/RecognitionSettings'
import { ReportSettings } from '../../globals/ReportSettings'
import { insightsEndpoints } from '../insights/endpoints'
import { MAX_UPLOAD_BYTES } from '../media/imageSettings'
import { mediaStorageFromEnv } from '../media/storage/mediaStorage'
import { storedIn } from '../media/storage/storedIn'
import { guardedSignInMutations } from '../auth/graphqlSignIn'
import { databaseAdapter } from '../db/adapter'
import { type NewsroomBrand, brandFromEnv, iconsOf } from '../branding/brand'
import { adminTranslations } from '../i18n/adminTranslations'
import { withPayloadWording } from '../i18n/payloadWording'
import { loggerConfig } from '../log/loggerConfig'
import { guardEveryInput } from '../input/guard'
import { scopeDocumentLocks } from '../auth/scopeDocumentLocks'
import { newsroomEmailAdapter } from '../notifications/email/payloadEmailAdapter'
import { withPageContext } from '../admin/pageSwitcher/pageFilter'
import { networkFiguresEndpoint } from '../network/endpoint'
import { commendationEndpoint, draftRecognitionStoryEndpoint, leaderboardEndpoint } from '../recognition/endpoint'
import { keepErrorData } from './keepErrorData'
import { logServerErrors } from './logServerErrors'
import { withJudgingOnContests, withJudgingOnEntries } from '../contests/scoringConfig'

const rootDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export interface NewsroomOptions {
  databaseUri: string
  secret: string
  /** The public URL (SERVER_URL): absolute links in emails, the origin trusted with cookies. */
  serverURL?: string
  /** Further origins trusted with cookie-authenticated requests (TRUSTED_ORIGINS). */
  trustedOrigins?: string[]
  /** The newsroom's name and mark (NEWSROOM_NAME, NEWSROOM_LOGO_URL); the built-in ones by default. */
  brand?: NewsroomBrand
}

/** The login cookie: `Secure` when the site is served over HTTPS, never sent along cross-site subrequests. */
const withLoginCookie = (users: CollectionConfig, secure: boolean): CollectionConfig => ({
  ...users,
  auth: { ...(typeof users.auth === 'object' ? users.auth : {}), cookies: { secure, sameSite: 'Lax' } },
})

/**
 * sharp, for Payload's sizes and for cleaning uploads (one module, one setting for both). libvips keeps
 * recent operations and their images for reuse (up to 50 MB): every upload is a new photo, so that
 * cache never serves one and only keeps memory resident (docs/BENCHMARKS.md, photos).
 */
const sharpForUploads = () => {
  sharp.cache(false)
  return sharp
}

/** The newsroom's labels and its wording of Payload's strings, merged namespace by namespace. */
const translations = withPayloadWording(adminTranslations)

export const buildNewsroomConfig = ({
  databaseUri,
  secret,
  serverURL,
  trustedOrigins = [],
  brand = brandFromEnv({}),
}: NewsroomOptions) =>
  buildConfig({
    serverURL,
    // Payload adds serverURL itself. Without one it cannot know the site's origin, so the list stays
    // empty (no check) and the HTTP edge refuses cross-site writes by the request's own host instead.
    csrf: serverURL ? trustedOrigins : [],
    secret,
    telemetry: false,
    admin: {
      user: 'users',
      importMap: { baseDir: rootDir, importMapFile: path.join(rootDir, 'src/app/(payload)/admin/importMap.js') },
      meta: {
        // Payload's custom views take `title` (else "Payload"); every tab ends with the newsroom's name.
        title: brand.name,
        titleSuffix: `· ${brand.name}`,
        description: brand.name,
        icons: iconsOf(brand),
        openGraph: { siteName: brand.name, title: brand.name, description: brand.name },
      },
      dateFormat: 'dd/MM/yyyy HH:mm',
      // Gravatar needs the internet; the newsroom may run without it.
      avatar: 'default',
      components: {
        actions: ['/src/admin/notifications/NotificationBell#NotificationBell'],
        graphics: {
          Logo: { path: '/src/admin/brand/Brand#Logo', clientProps: { ...brand } },
          Icon: { path: '/src/admin/brand/Brand#Icon', clientProps: { ...brand } },
        },
        providers: ['/src/admin/toasts/TranslatedToasts#TranslatedToasts'],
        beforeNavLinks: ['/src/admin/pageSwitcher/PageContext#PageContext'],
        afterNavLinks: [
          '/src/admin/nav/NewsroomNavLinks#NewsroomNavLinks',
          '/src/admin/network/NetworkNavLink#NetworkNavLink',
          '/src/admin/members/MyAccountsNavLink#MyAccountsNavLink',
        ],
        views: {
          dashboard: { Component: '/src/admin/dashboard/Dashboard#Dashboard' },
          roster: {
            Component: '/src/admin/roster/RosterView#RosterView',
            path: '/lich-truc',
            meta: { title: 'Lịch trực trang' },
          },
          calendar: {
            Component: '/src/admin/calendar/CalendarView#CalendarView',
            path: '/lich-dang',
            meta: { title: 'Lịch đăng bài' },
          },
          network: {
            Component: '/src/admin/network/NetworkView#NetworkView',
            path: '/network',
            meta: { title: 'Mạng lưới trang' },
          },
          insights: {
            Component: '/src/admin/insights/InsightsView#InsightsView',
            path: '/so-lieu',
            meta: { title: 'Số liệu và báo cáo' },
          },
          contestJudging: {
            Component: '/src/admin/contests/judging/JudgingView#JudgingView',
            path: '/cham-thi',
            meta: { title: 'Chấm thi' },
          },
          membersImport: {
            Component: '/src/admin/members/MembersImportView#MembersImportView',
            path: '/nhap-dang-vien',
            meta: { title: 'Nhập danh sách đảng viên' },
          },
          myAccounts: {
            Component: '/src/admin/members/MyAccountsView#MyAccountsView',
            path: '/tai-khoan-cua-toi',
            meta: { title: 'Tài khoản của tôi' },
          },
          campaigns: {
            Component: '/src/admin/campaigns/CampaignsView#CampaignsView',
            path: '/chien-dich',
            meta: { title: 'Chiến dịch chia sẻ' },
          },
          recognition: {
            Component: '/src/admin/recognition/RecognitionView#RecognitionView',
            path: '/bieu-duong',
            meta: { title: 'Biểu dương' },
          },
          contestModeration: {
            Component: '/src/admin/contests/ModerationView#ModerationView',
            path: '/duyet-bai-du-thi',
            meta: { title: 'Duyệt bài dự thi' },
          },
        },
      },
    },
    // The page switcher's filter and column on every list (src/admin/pageSwitcher).
    collections: withPageContext([
      Stories,
      Publications,
      storedIn(Media, mediaStorageFromEnv()),
      Inbox,
      Shifts,
      Notifications,
      Pages,
      Areas,
      Units,
      Channels,
      withLoginCookie(Users, serverURL?.startsWith('https:') ?? false),
      WebhookEvents,
      PostMetrics,
      PageMetrics,
      Reports,
      Members,
      SocialAccounts,
      withJudgingOnContests(Contests),
      withJudgingOnEntries(ContestEntries),
      ContestScores,
      Campaigns,
      CampaignActions,
      CampaignReminders,
    ]),
    globals: [ReportSettings, RecognitionSettings],
    endpoints: [
      networkFiguresEndpoint,
      ...insightsEndpoints,
      leaderboardEndpoint,
      commendationEndpoint,
      draftRecognitionStoryEndpoint,
    ],
    hooks: { afterError: [logServerErrors, keepErrorData] },
    graphQL: { mutations: guardedSignInMutations },
    editor: lexicalEditor(),
    email: newsroomEmailAdapter,
    db: databaseAdapter(databaseUri),
    sharp: sharpForUploads(),
    i18n: {
      supportedLanguages: { vi, en },
      fallbackLanguage: 'vi',
      translations,
    },
    // Busboy stops reading at the limit and answers 413 instead of silently truncating the file.
    upload: {
      limits: { fileSize: MAX_UPLOAD_BYTES },
      abortOnLimit: true,
      responseOnLimit: 'Tệp quá lớn: mỗi ảnh tối đa 25 MB (file too large: the limit is 25 MB)',
    },
    logger: loggerConfig(),
    typescript: { outputFile: path.join(rootDir, 'payload-types.ts'), autoGenerate: false },
  })
    // The input guard goes on once the config is built: only then are Payload's own collections there.
    .then(guardEveryInput)
    // Payload's document locks, which any signed-in user could read and lift, scoped page by page.
    .then(scopeDocumentLocks)
