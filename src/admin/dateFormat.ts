/**
 * How the admin shows and picks a date-time: Vietnamese order, 24-hour clock. The picker's time
 * column is captioned by react-datepicker itself ("Time"), outside Payload's translations, so the
 * caption is given here in the admin's language.
 */
export const DAY_AND_TIME = {
  pickerAppearance: 'dayAndTime',
  displayFormat: 'dd/MM/yyyy HH:mm',
  timeFormat: 'HH:mm',
  overrides: { timeCaption: 'Giờ' },
} as const
