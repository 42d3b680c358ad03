/** The newsroom's two languages: Vietnamese by default, English when asked for. */
export type Language = 'vi' | 'en'

/** A text in both languages. */
export type Bilingual = { readonly vi: string; readonly en: string }

/** The language to answer in: English for `Accept-Language: en` (or an English admin), else Vietnamese. */
export const languageOf = (requested: string | undefined): Language => (requested === 'en' ? 'en' : 'vi')

/** The lookup of one table of messages: its text for a code, in the requested language. */
export const messageLookup =
  <Code extends string>(table: Readonly<Record<Code, Bilingual>>) =>
  (code: Code, language: string | undefined): string =>
    table[code][languageOf(language)]
