import type { Field, FieldAccess } from 'payload'

const nobody: FieldAccess = () => false

/**
 * The insights collector's bookkeeping on the object it reads figures for (a publication, or a
 * channel for its page): when it is next due, and the lease of the worker reading it now (taken with
 * `compareAndSet`, so two workers never read the same object at once). Server-written only, and not
 * in the admin: it says nothing a person acts on.
 */
export const metricsScheduleFields = (): Field[] => [
  {
    name: 'metricsDueAt',
    type: 'date',
    index: true,
    access: { create: nobody, update: nobody },
    admin: { hidden: true },
  },
  { name: 'metricsLeaseOwner', type: 'text', access: { create: nobody, update: nobody }, admin: { hidden: true } },
  { name: 'metricsLeaseUntil', type: 'date', access: { create: nobody, update: nobody }, admin: { hidden: true } },
  {
    name: 'metricsCollectedAt',
    type: 'date',
    access: { create: nobody, update: nobody },
    admin: { hidden: true },
  },
]

/**
 * Metrics this page's Graph API refused as invalid (code 100): no longer asked for, so one retired
 * metric does not cost a failed call every round. Cleared by nobody but the collector.
 */
export const unsupportedMetricsField = (): Field => ({
  name: 'metricsUnsupported',
  type: 'json',
  access: { create: nobody, update: nobody },
  admin: { hidden: true },
})
