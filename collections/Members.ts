import type { CollectionConfig } from 'payload'

import {
  canChangeMemberUnit,
  canCreateMembers,
  canDeleteMembers,
  canReadMemberContact,
  canLinkMemberLogin,
  canReadMembers,
} from '../access/canManageMembers'
import { hiddenFromAllBut } from '../access/hiddenFromAllBut'
import { deleteSocialAccounts } from '../hooks/members/deleteSocialAccounts'
import { membersExportEndpoint } from '../src/members/exportEndpoint'
import { importCommitEndpoint, importJobEndpoint, importPreviewEndpoint } from '../src/members/import/endpoints'
import { belongsToPage } from './fields/belongsToPage'

/**
 * A party member of the page's network (most never sign in): who they are, their party cell, and —
 * collected with their consent, for reaching them in share campaigns — their phone and email.
 */
export const Members: CollectionConfig = belongsToPage({
  slug: 'members',
  labels: { singular: { vi: 'Đảng viên', en: 'Member' }, plural: { vi: 'Mạng lưới đảng viên', en: 'Member network' } },
  defaultPopulate: { fullName: true },
  admin: {
    useAsTitle: 'fullName',
    defaultColumns: ['fullName', 'unit', 'position', 'active'],
    group: { vi: 'Mạng lưới', en: 'Network' },
    hidden: hiddenFromAllBut(['board', 'admin', 'unit_lead']),
    components: { beforeListTable: ['/src/admin/members/MembersListLinks#MembersListLinks'] },
  },
  access: { create: canCreateMembers, read: canReadMembers, update: canReadMembers, delete: canDeleteMembers },
  hooks: { beforeDelete: [deleteSocialAccounts] },
  endpoints: [importPreviewEndpoint, importCommitEndpoint, importJobEndpoint, membersExportEndpoint],
  indexes: [{ fields: ['page', 'unit'] }],
  fields: [
    { name: 'fullName', type: 'text', required: true, index: true, label: { vi: 'Họ và tên', en: 'Full name' } },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      required: true,
      index: true,
      label: { vi: 'Chi bộ', en: 'Party cell' },
      access: { update: canChangeMemberUnit },
    },
    { name: 'position', type: 'text', label: { vi: 'Chức vụ', en: 'Position' } },
    {
      name: 'phone',
      type: 'text',
      label: { vi: 'Số điện thoại', en: 'Phone' },
      access: { read: canReadMemberContact },
    },
    { name: 'email', type: 'email', label: { vi: 'Email', en: 'Email' }, access: { read: canReadMemberContact } },
    {
      name: 'contactConsentAt',
      type: 'date',
      label: { vi: 'Đồng ý cung cấp liên lạc lúc', en: 'Contact consent given at' },
      admin: {
        description: {
          vi: 'Số điện thoại và email chỉ dùng để gửi thông báo chiến dịch chia sẻ, với sự đồng ý của đảng viên.',
          en: "Phone and email are used only to notify share campaigns, with the member's consent.",
        },
      },
      access: { read: canReadMemberContact },
    },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      unique: true,
      label: { vi: 'Tài khoản đăng nhập', en: 'Login' },
      access: { create: canLinkMemberLogin, update: canLinkMemberLogin },
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      index: true,
      label: { vi: 'Đang sinh hoạt', en: 'Active' },
    },
  ],
})
