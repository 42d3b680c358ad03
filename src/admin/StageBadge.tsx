'use client'
export const StageCell = () => null
