import type { Bilingual } from '../../i18n/language'

export const PAGE_SWITCHER_LABELS = {
  label: { vi: 'Trang đang xem', en: 'Page' },
  all: { vi: 'Tất cả trang', en: 'All pages' },
} satisfies Record<string, Bilingual>
