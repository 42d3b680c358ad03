import { initI18n } from '@payloadcms/translations'
import { en } from '@payloadcms/translations/languages/en'
import { vi } from '@payloadcms/translations/languages/vi'

import { translateToast } from '../../src/admin/toasts/translateToast'
import { BUILT_IN_MARK, DEFAULT_NEWSROOM_NAME, brandFromEnv, iconsOf } from '../../src/branding/brand'
import { adminTranslations } from '../../src/i18n/adminTranslations'
import { withPayloadWording } from '../../src/i18n/payloadWording'

const i18nFor = async (language: 'vi' | 'en') =>
  initI18n({
    config: {
      supportedLanguages: { vi, en },
      fallbackLanguage: 'vi',
      translations: withPayloadWording(adminTranslations),
    } as never,
    context: 'client',
    language,
  })

describe("Payload's strings in the newsroom's Vietnamese", () => {
  test.each([
    'error:followingFieldsInvalid_other',
    'error:followingFieldsInvalid_one',
    'error:correctInvalidFields',
    'upload:selectFile',
    'upload:dragAndDropHere',
  ])('%s has no English "field"/"file"', async (key) => {
    const { t } = await i18nFor('vi')
    expect(t(key as never)).not.toMatch(/\bfields?\b|\bfiles?\b/i)
  })

  test('the newsroom’s own labels stay beside the wording, also in a namespace both use', async () => {
    const { t } = await i18nFor('vi')
    expect(t('general:collections' as never)).toBe('Danh mục')
    expect(t('newsroom:reconnect' as never)).toBe('Kết nối lại')
    expect(t('upload:savedFiles' as never, { count: 2 } as never)).toBe('Đã lưu 2 tệp')
  })

  test('the bulk upload toasts, written in English by Payload, are said in the admin’s language', async () => {
    const { t } = await i18nFor('vi')
    const translate = t as (key: string, vars?: Record<string, unknown>) => string
    expect(translateToast('Successfully saved 2 files', translate)).toBe('Đã lưu 2 tệp')
    expect(translateToast('Failed to save 1 files', translate)).toMatch(/^Chưa lưu được 1 tệp/)
    expect(translateToast('Đã lưu.', translate)).toBe('Đã lưu.')
    const english = (await i18nFor('en')).t as typeof translate
    expect(translateToast('Successfully saved 3 files', english)).toBe('Successfully saved 3 files')
  })
})

describe('the newsroom’s name and mark', () => {
  test('by default: the product’s name and the built-in mark', () => {
    expect(brandFromEnv({})).toEqual({ name: DEFAULT_NEWSROOM_NAME, logoUrl: BUILT_IN_MARK })
    expect(iconsOf(brandFromEnv({}))).toEqual([{ rel: 'icon', url: BUILT_IN_MARK, type: 'image/svg+xml' }])
  })

  test('NEWSROOM_NAME and NEWSROOM_LOGO_URL (a URL or a path on this site)', () => {
    const brand = brandFromEnv({ NEWSROOM_NAME: ' Tòa soạn Phú Riềng ', NEWSROOM_LOGO_URL: '/media/logo.png' })
    expect(brand).toEqual({ name: 'Tòa soạn Phú Riềng', logoUrl: '/media/logo.png' })
    expect(iconsOf(brand)).toEqual([{ rel: 'icon', url: '/media/logo.png' }])
    expect(brandFromEnv({ NEWSROOM_LOGO_URL: 'https://cdn.example.vn/logo.svg' }).logoUrl).toBe(
      'https://cdn.example.vn/logo.svg',
    )
  })

  test.each(['javascript:alert(1)', 'data:image/svg+xml,<svg/>', '//evil.example/logo.png', 'logo.png'])(
    'a logo address like %s is ignored',
    (url) => {
      expect(brandFromEnv({ NEWSROOM_LOGO_URL: url }).logoUrl).toBe(BUILT_IN_MARK)
    },
  )
})
