/** Labels of the share campaigns and recognition screens' nav links, under `t('newsroom:…')`. */
export const CAMPAIGN_LABELS = {
  vi: { campaignsNav: 'Chiến dịch chia sẻ', recognitionNav: 'Biểu dương' },
  en: { campaignsNav: 'Share campaigns', recognitionNav: 'Recognition' },
} as const
