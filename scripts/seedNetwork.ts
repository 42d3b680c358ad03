/**
 * `npm run seed:network [-- --pages 40 --days 0 --facebook-every 4]`: the network of pages — the district
 * page and up to 39 grassroots pages of Phú Riềng — each with its team (board 2, editors 2 with areas,
 * collaborators 8, duty 3), areas, a local feed channel, a Facebook channel on every n-th page (the
 * Graph simulator's page by default), this week's roster and, with `--days N`, N days of stories,
 * publications and comments per page. On the database of DATABASE_URI, migrated first.
 *
 * Idempotent: running it again adds only what is missing (pages that already have stories get no
 * more). Every account it makes has one password: SEED_NETWORK_PASSWORD if set (12 characters or
 * more, never a demo password), otherwise a random one printed once at the end.
 *
 *   --pages N            pages in all, the district included (default 40, at most 40)
 *   --days N             days of activity per page (default 0: none)
 *   --facebook-every N   a facebook_page channel on every N-th page (default 4; 0: none)
 *   --facebook-page-id   the Facebook page id of those channels (default the simulator's 1000111)
 *   --email-domain D     the accounts' e-mail domain (default mangluoi.local)
 */
import crypto from 'node:crypto'

import { getPayload } from 'payload'

import config from '../payload.config'
import { closePayload } from '../src/db/close'
import { migrateDatabase } from '../src/db/migrate'
import { isDemoPassword } from '../src/seed/demoPasswords'
import { seedNetwork } from '../src/seed/network'
import { seedNetworkActivity } from '../src/seed/networkActivity'

const flag = (name: string, fallback: string): string => {
  const index = process.argv.indexOf(`--${name}`)
  return index >= 0 && process.argv[index + 1] !== undefined ? process.argv[index + 1]! : fallback
}
const count = (name: string, fallback: number): number => {
  const value = Number(flag(name, String(fallback)))
  if (!Number.isInteger(value) || value < 0) throw new Error(`--${name} must be a whole number (got ${flag(name, '')})`)
  return value
}

/** The accounts' password: the operator's, checked, or a random one to print once. */
const chosenPassword = (): { password: string; generated: boolean } => {
  const given = process.env.SEED_NETWORK_PASSWORD
  if (given === undefined || given === '')
    return { password: crypto.randomBytes(12).toString('base64url'), generated: true }
  if (given.length < 12 || isDemoPassword(given)) {
    console.error(
      '✗ SEED_NETWORK_PASSWORD phải dài ít nhất 12 ký tự và không phải mật khẩu demo.\n' +
        '  SEED_NETWORK_PASSWORD must be 12 characters or more and not a demo password. (weak_seed_password)',
    )
    process.exit(1)
  }
  return { password: given, generated: false }
}

const main = async () => {
  const pages = Math.min(40, Math.max(1, count('pages', 40)))
  const days = count('days', 0)
  const facebookEvery = count('facebook-every', 4)
  const { password, generated } = chosenPassword()

  const payload = await getPayload({ config })
  try {
    await migrateDatabase(payload)
    console.log(`• Mạng lưới ${pages} trang / seeding a network of ${pages} pages`)
    const network = await seedNetwork(payload, {
      pages,
      password,
      emailDomain: flag('email-domain', 'mangluoi.local'),
      facebook:
        facebookEvery > 0
          ? {
              pageId: flag('facebook-page-id', '1000111'),
              accessToken: process.env.SEED_FACEBOOK_TOKEN ?? 'EAAB-simulated-page-token-9f3c',
              every: facebookEvery,
            }
          : null,
      log: (line) => console.log(line),
    })
    const made = network.created
    console.log(
      `  xong trong ${network.seconds.toFixed(1)} s / done: +${made.pages} trang, +${made.units} đơn vị, ` +
        `+${made.areas} mảng, +${made.channels} kênh, +${made.users} tài khoản, +${made.shifts} ca trực`,
    )
    if (days > 0) {
      console.log(`• ${days} ngày hoạt động mỗi trang / ${days} days of activity per page`)
      const activity = await seedNetworkActivity(payload, network.pages, { days, log: (line) => console.log(line) })
      const rows = activity.rows
      console.log(
        `  xong trong ${activity.seconds.toFixed(1)} s / done: ${rows.stories} bài, ${rows.history} bước, ` +
          `${rows.publications} lượt đăng, ${rows.inbox} bình luận, ${rows.replies} trả lời` +
          (activity.skippedPages
            ? ` (${activity.skippedPages} trang đã có bài, bỏ qua / pages with stories skipped)`
            : ''),
      )
    }
    if (made.users > 0) {
      console.log(
        generated
          ? `\nMật khẩu của ${made.users} tài khoản mới (chỉ in một lần) / password of the ${made.users} new accounts (printed once):\n  ${password}`
          : `\n${made.users} tài khoản mới dùng SEED_NETWORK_PASSWORD / new accounts use SEED_NETWORK_PASSWORD`,
      )
      console.log(
        `  ví dụ / e.g. board1.${network.pages[1]?.slug ?? network.pages[0]!.slug}@${flag('email-domain', 'mangluoi.local')}`,
      )
    }
  } finally {
    await closePayload(payload)
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
