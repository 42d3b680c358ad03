import type { Bilingual } from '../i18n/language'

/**
 * Why a backup or a restore stopped. The commands print the Vietnamese message, the English one and
 * the stable code, and exit 1 before anything of the target was touched.
 */
export const BACKUP_MESSAGES = {
  newer_schema: (names: string) => ({
    vi: `Bản sao lưu được tạo bởi phiên bản mới hơn: có thay đổi cấu trúc dữ liệu (${names}) mà mã nguồn này chưa có. Hãy cập nhật mã nguồn rồi khôi phục lại.`,
    en: `This backup comes from a newer version: its schema has migrations this code does not know (${names}). Upgrade the code, then restore.`,
  }),
  not_an_archive: (file: string) => ({
    vi: `Tệp ${file} không phải bản sao lưu của tòa soạn (thiếu manifest.json hoặc sai định dạng).`,
    en: `${file} is not a newsroom backup (manifest.json missing or of an unknown format).`,
  }),
  checksum_mismatch: (path: string) => ({
    vi: `Bản sao lưu bị hỏng: tệp ${path} không khớp mã kiểm tra (sha256). Không khôi phục gì cả.`,
    en: `The backup is damaged: ${path} does not match its sha256 checksum. Nothing was restored.`,
  }),
  file_missing: (path: string) => ({
    vi: `Bản sao lưu thiếu tệp ${path}. Không khôi phục gì cả.`,
    en: `The backup lacks ${path}. Nothing was restored.`,
  }),
  unlisted_file: (path: string) => ({
    vi: `Bản sao lưu có tệp lạ ${path} không ghi trong manifest. Không khôi phục gì cả.`,
    en: `The backup holds ${path}, which its manifest does not list. Nothing was restored.`,
  }),
  wrong_database_kind: (archive: string, target: string) => ({
    vi: `Bản sao lưu là cơ sở dữ liệu ${archive}, nhưng DATABASE_URI trỏ tới ${target}. Hãy khôi phục vào cùng loại cơ sở dữ liệu.`,
    en: `The backup holds a ${archive} database but DATABASE_URI points at ${target}. Restore into the same kind of database.`,
  }),
  target_not_empty: (what: string) => ({
    vi: `${what} không trống. Chỉ khôi phục vào cơ sở dữ liệu và thư mục ảnh trống (bản cài mới).`,
    en: `${what} is not empty. A restore only goes into an empty database and media folder (a fresh install).`,
  }),
  unsupported_database: () => ({
    vi: 'Sao lưu MongoDB không làm bằng lệnh này: dùng mongodump và sao chép thư mục ảnh (xem docs/DEPLOY.md).',
    en: 'MongoDB is not backed up by this command: use mongodump and copy the media folder (see docs/DEPLOY.md).',
  }),
  tool_failed: (tool: string, detail: string) => ({
    vi: `Lệnh ${tool} thất bại (có cài PostgreSQL client cùng phiên bản với máy chủ không?): ${detail}`,
    en: `${tool} failed (is the PostgreSQL client of the server's version installed?): ${detail}`,
  }),
  in_memory_database: () => ({
    vi: 'Cơ sở dữ liệu trong bộ nhớ (:memory:) không sao lưu được.',
    en: 'An in-memory database (:memory:) cannot be backed up.',
  }),
} satisfies Record<string, (...args: string[]) => Bilingual>

export type BackupErrorCode = keyof typeof BACKUP_MESSAGES

export class BackupError extends Error {
  readonly code: BackupErrorCode
  readonly messages: Bilingual

  constructor(code: BackupErrorCode, messages: Bilingual) {
    super(`${messages.vi} / ${messages.en}`)
    this.code = code
    this.messages = messages
  }
}

/** `backupError('checksum_mismatch', path)`: the error with its two messages filled in. */
export const backupError = <C extends BackupErrorCode>(code: C, ...args: Parameters<(typeof BACKUP_MESSAGES)[C]>) =>
  new BackupError(code, (BACKUP_MESSAGES[code] as (...values: string[]) => Bilingual)(...args))
