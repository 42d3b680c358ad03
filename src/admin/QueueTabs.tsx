'use client'
export const QueueTabs = () => null
