import { createTransport } from 'nodemailer'
import type { Payload } from 'payload'

import { type EmailSettings, emailSettingsFromEnv } from '../notifications/email/settings'
import { notifyEach } from '../notifications/notify'
import type { Id } from '../workflow/roles'
import type { TargetMember } from './targets'

/** What one member is told: the campaign, the post, and their own one-tap link. */
export interface Invitation {
  member: TargetMember
  title: string
  body: string
  /** Path of the member's one-tap page (`/chien-dich/<token>`). */
  tapPath: string
  postUrl: string
  page: Id | null
}

/**
 * A way to reach members (in-app, email; Zalo later): which members it reaches, and sending to
 * them. A member is told once per launch or reminder, by every channel that reaches them.
 */
export interface InvitationChannel {
  name: string
  reaches: (member: TargetMember) => boolean
  send: (invitations: readonly Invitation[]) => Promise<number>
}

/** The bell (and, through the notification outbox, the login's email) of members who sign in. */
export const inAppChannel = (payload: Payload): InvitationChannel => ({
  name: 'in_app',
  reaches: (member) => member.user !== null,
  send: async (invitations) => {
    await notifyEach(
      payload,
      invitations.map((invitation) => ({
        userIds: [invitation.member.user!],
        notice: {
          kind: 'campaign_invite',
          title: invitation.title,
          body: invitation.body,
          link: invitation.tapPath,
          links: [
            { label: 'Bài cần chia sẻ', url: invitation.postUrl },
            { label: 'Báo đã chia sẻ / đã tương tác', url: invitation.tapPath },
          ],
          page: invitation.page,
        },
      })),
    )
    return invitations.length
  },
})

const absolute = (serverUrl: string, link: string) => (/^https?:\/\//.test(link) ? link : `${serverUrl}${link}`)

/**
 * Email straight to members who have no login but gave an email and their consent (a login's
 * email goes through the notification outbox instead). Off when no SMTP server is configured.
 */
export const emailChannel = (settings: EmailSettings = emailSettingsFromEnv()): InvitationChannel => {
  const transporter = settings.smtp ? createTransport(settings.smtp, { from: settings.from }) : null
  return {
    name: 'email',
    reaches: (member) =>
      transporter !== null && member.user === null && Boolean(member.email && member.contactConsentAt),
    send: async (invitations) => {
      let sent = 0
      for (const invitation of invitations) {
        const tap = absolute(settings.serverUrl, invitation.tapPath)
        const post = absolute(settings.serverUrl, invitation.postUrl)
        await transporter!.sendMail({
          to: { name: invitation.member.fullName, address: invitation.member.email! },
          subject: invitation.title,
          text: [
            `Kính gửi đồng chí ${invitation.member.fullName},`,
            invitation.body,
            `Bài cần chia sẻ: ${post}`,
            `Sau khi chia sẻ hoặc tương tác, bấm để báo: ${tap}`,
            '--\nĐồng chí nhận email này vì đã đồng ý nhận thông báo chiến dịch chia sẻ của chi bộ.',
          ].join('\n\n'),
        })
        sent += 1
      }
      return sent
    },
  }
}

/** Hands each invitation to every channel that reaches its member; counts by channel. */
export const deliverInvitations = async (
  channels: readonly InvitationChannel[],
  invitations: readonly Invitation[],
): Promise<Record<string, number>> => {
  const counts: Record<string, number> = {}
  for (const channel of channels) {
    const mine = invitations.filter((invitation) => channel.reaches(invitation.member))
    counts[channel.name] = mine.length > 0 ? await channel.send(mine) : 0
  }
  return counts
}
