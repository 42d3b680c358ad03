const number = new Intl.NumberFormat('vi-VN')

/** 4.000.000 (Vietnamese grouping), or — for no value. */
export const formatNumber = (value: number | null | undefined) =>
  value == null ? '—' : number.format(Math.round(value))

/** A compact axis label: 4,2 Tr, 33 N (triệu, nghìn). */
export const compactNumber = (value: number) =>
  value >= 1_000_000
    ? `${(value / 1_000_000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} Tr`
    : value >= 1_000
      ? `${(value / 1_000).toLocaleString('vi-VN', { maximumFractionDigits: 1 })} N`
      : String(value)
