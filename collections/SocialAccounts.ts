import type { CollectionConfig } from 'payload'

import { canCreateSocialAccounts, canManageSocialAccounts } from '../access/canManageMembers'
import { hiddenFromAllBut } from '../access/hiddenFromAllBut'
import { keepMemberInReach } from '../hooks/socialAccounts/keepMemberInReach'
import { setProfileKey } from '../hooks/socialAccounts/setProfileKey'
import { belongsToPage } from './fields/belongsToPage'

export const SOCIAL_PLATFORMS = ['facebook', 'zalo', 'tiktok', 'youtube', 'other'] as const
export type SocialPlatform = (typeof SOCIAL_PLATFORMS)[number]

const PLATFORM_LABELS: Record<SocialPlatform, { vi: string; en: string }> = {
  facebook: { vi: 'Facebook', en: 'Facebook' },
  zalo: { vi: 'Zalo', en: 'Zalo' },
  tiktok: { vi: 'TikTok', en: 'TikTok' },
  youtube: { vi: 'YouTube', en: 'YouTube' },
  other: { vi: 'Khác', en: 'Other' },
}

/**
 * A member's account on a social network. `profileKey` is the profile URL (or Zalo phone) in one
 * normal form, so one profile belongs to one member of a page however it was typed.
 */
export const SocialAccounts: CollectionConfig = belongsToPage(
  {
    slug: 'social-accounts',
    labels: {
      singular: { vi: 'Tài khoản mạng xã hội', en: 'Social account' },
      plural: { vi: 'Tài khoản mạng xã hội', en: 'Social accounts' },
    },
    admin: {
      useAsTitle: 'url',
      defaultColumns: ['member', 'platform', 'url', 'verified'],
      group: { vi: 'Mạng lưới', en: 'Network' },
      hidden: hiddenFromAllBut(['board', 'admin', 'unit_lead']),
    },
    // A member's accounts are theirs to correct; the same people manage them as manage the member.
    access: {
      create: canCreateSocialAccounts,
      read: canManageSocialAccounts,
      update: canManageSocialAccounts,
      delete: canManageSocialAccounts,
    },
    hooks: { beforeChange: [keepMemberInReach, setProfileKey] },
    indexes: [{ fields: ['page', 'profileKey'], unique: true }],
    fields: [
      {
        name: 'member',
        type: 'relationship',
        relationTo: 'members',
        required: true,
        index: true,
        label: { vi: 'Đảng viên', en: 'Member' },
      },
      {
        name: 'platform',
        type: 'select',
        required: true,
        options: SOCIAL_PLATFORMS.map((value) => ({ value, label: PLATFORM_LABELS[value] })),
        label: { vi: 'Mạng xã hội', en: 'Platform' },
      },
      {
        name: 'url',
        type: 'text',
        required: true,
        label: { vi: 'Đường dẫn hoặc số điện thoại', en: 'Profile URL or phone' },
      },
      // Set by `setProfileKey` only: field access drops whatever a client sends.
      {
        name: 'profileKey',
        type: 'text',
        index: true,
        admin: { hidden: true },
        access: { create: () => false, update: () => false },
      },
      { name: 'displayName', type: 'text', label: { vi: 'Tên hiển thị', en: 'Display name' } },
      { name: 'verified', type: 'checkbox', defaultValue: false, label: { vi: 'Đã xác minh', en: 'Verified' } },
    ],
  },
  { field: 'member', collection: 'members' },
)
