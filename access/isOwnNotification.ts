import type { Access } from 'payload'

export const isOwnNotification: Access = ({ req }) => (req.user ? { user: { equals: req.user.id } } : false)
