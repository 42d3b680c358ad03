import type { CollectionConfig } from 'payload'

import { hiddenFromAllBut } from '../access/hiddenFromAllBut'
import { isAdmin, isAdminField } from '../access/isAdmin'
import { forgotPasswordEndpoint } from '../src/endpoints/forgotPassword'
import { loginEndpoint } from '../src/endpoints/login'
import { canReadUsers, isAdminOrSelf } from '../access/isAdminOrSelf'
import { keepPageKeys } from '../hooks/users/keepPageKeys'
import { makeFirstUserAdmin } from '../hooks/users/makeFirstUserAdmin'
import { refusePrivilegeChanges } from '../hooks/users/refusePrivilegeChanges'
import { syncRolesWithMemberships } from '../hooks/users/syncRolesWithMemberships'
import { showSharedMemberships, showSharedRoles } from '../hooks/pages/showSharedPagesOnly'
import { NOTIFICATION_KIND_LABELS } from '../src/notifications/kinds'
import { ROLE_LABELS, optionsFrom } from '../src/workflow/labels'

export const MAX_LOGIN_ATTEMPTS = 5

const adminOnly = {
  access: { create: isAdminField, update: isAdminField },
  hooks: { beforeValidate: [refusePrivilegeChanges] },
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: { singular: { vi: 'Người dùng', en: 'User' }, plural: { vi: 'Người dùng', en: 'Users' } },
  auth: {
    maxLoginAttempts: MAX_LOGIN_ATTEMPTS,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    // Every request loads its user; access checks need only the ids of roles, areas and unit.
    depth: 0,
    // forgotPasswordEndpoint keeps the interval between reset emails, before Payload's transaction.
    forgotPassword: { minRequestInterval: 0 },
  },
  // In place of Payload's own: both run inside the sign-in guard (src/auth/signInGuard.ts).
  endpoints: [loginEndpoint, forgotPasswordEndpoint],
  // Shown by name wherever a user is populated (an author, an assignee, a shift's members).
  defaultPopulate: { name: true },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'email', 'roles', 'unit'],
    group: { vi: 'Quản trị', en: 'Administration' },
    // Managing people is the admins' work; everyone keeps their own account page (the avatar menu).
    hidden: hiddenFromAllBut(['admin']),
  },
  access: {
    create: isAdmin,
    read: canReadUsers,
    update: isAdminOrSelf,
    delete: isAdmin,
    // Payload lets any signed-in user lift a lockout; refused alike whether or not the email exists.
    unlock: isAdmin,
    admin: ({ req }) => Boolean(req.user),
  },
  hooks: { beforeValidate: [syncRolesWithMemberships], beforeChange: [makeFirstUserAdmin] },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Full name' } },
    { name: 'phone', type: 'text', label: { vi: 'Số điện thoại', en: 'Phone' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['collaborator'],
      saveToJWT: true,
      options: optionsFrom(ROLE_LABELS),
      label: { vi: 'Vai trò', en: 'Roles' },
      admin: {
        description: {
          vi: 'Tổng hợp vai trò ở các trang (tự cập nhật theo "Thành viên các trang"); Quản trị là vai trò toàn hệ thống.',
          en: 'All roles across pages (kept from the memberships); Admin is installation-wide.',
        },
      },
      ...adminOnly,
      hooks: { ...adminOnly.hooks, afterRead: [showSharedRoles] },
    },
    {
      name: 'memberships',
      type: 'array',
      label: { vi: 'Thành viên các trang', en: 'Page memberships' },
      labels: { singular: { vi: 'Trang', en: 'Page' }, plural: { vi: 'Trang', en: 'Pages' } },
      admin: {
        description: {
          vi: 'Người dùng thuộc đội của những trang nào, với vai trò gì ở mỗi trang.',
          en: 'Which page teams the user is in, with a role in each.',
        },
      },
      fields: [
        { name: 'page', type: 'relationship', relationTo: 'pages', required: true, label: { vi: 'Trang', en: 'Page' } },
        {
          name: 'roles',
          type: 'select',
          hasMany: true,
          required: true,
          options: optionsFrom(ROLE_LABELS).filter((option) => option.value !== 'admin'),
          label: { vi: 'Vai trò ở trang này', en: 'Roles in this page' },
        },
      ],
      ...adminOnly,
      hooks: { ...adminOnly.hooks, afterRead: [showSharedMemberships] },
    },
    // The pages of `memberships` as one column, for the read rule (hooks/users/keepPageKeys.ts).
    {
      name: 'pageKeys',
      type: 'text',
      hidden: true,
      access: { create: () => false, update: () => false },
      hooks: { beforeChange: [keepPageKeys] },
    },
    {
      name: 'areas',
      type: 'relationship',
      relationTo: 'areas',
      hasMany: true,
      saveToJWT: true,
      label: { vi: 'Mảng phụ trách', en: 'Areas' },
      admin: {
        description: { vi: 'Dành cho biên tập viên mảng.', en: 'For area editors.' },
        condition: (data) => Array.isArray(data?.roles) && data.roles.includes('editor'),
      },
      ...adminOnly,
    },
    {
      name: 'unit',
      type: 'relationship',
      relationTo: 'units',
      label: { vi: 'Đơn vị (chi bộ)', en: 'Unit' },
      ...adminOnly,
    },
    {
      name: 'emailMuted',
      type: 'select',
      hasMany: true,
      options: optionsFrom(NOTIFICATION_KIND_LABELS),
      label: { vi: 'Không nhận email về', en: 'No email for' },
      admin: { description: { vi: 'Vẫn thấy trong chuông thông báo.', en: 'Still shown in the bell.' } },
    },
    // Payload's own field (added by it only while it keeps the interval itself): the same column.
    {
      name: 'resetPasswordRequestedAt',
      type: 'date',
      hidden: true,
      access: { create: () => false, update: () => false },
    },
  ],
}
