/**
 * Payload's own admin strings where its Vietnamese leaves English words ("fields", "file", "Menu")
 * or has none: the newsroom's wording, merged over Payload's by namespace in the config. English
 * keeps Payload's text except for keys this file adds.
 */
export const payloadWording = {
  vi: {
    error: {
      correctInvalidFields: 'Lỗi: vui lòng sửa những trường chưa hợp lệ.',
      followingFieldsInvalid_one: 'Lỗi: trường sau chưa hợp lệ:',
      followingFieldsInvalid_other: 'Lỗi: những trường sau chưa hợp lệ:',
      noFilesUploaded: 'Lỗi: chưa có tệp nào được tải lên.',
      noMatchedField: 'Lỗi: không tìm thấy trường “{{label}}”.',
      problemUploadingFile: 'Lỗi: không tải lên được tệp sau.',
    },
    upload: {
      dragAndDropHere: 'hoặc kéo và thả tệp vào đây',
      fileName: 'Tên tệp',
      fileSize: 'Dung lượng tệp',
      selectFile: 'Chọn một tệp',
      // Bulk upload's toasts, which Payload writes in English (see src/admin/toasts).
      savedFiles: 'Đã lưu {{count}} tệp',
      filesNotSaved: 'Chưa lưu được {{count}} tệp: xem các trường được đánh dấu',
    },
    validation: {
      fieldHasNo: 'Trường này không có: {{label}}',
      invalidSelection: 'Lựa chọn ở trường này không hợp lệ.',
      invalidSelections: 'Trường này có những lựa chọn không hợp lệ sau:',
      validUploadID: 'Trường này không chứa mã tệp tải lên hợp lệ.',
    },
    fields: { block: 'Khối', blocks: 'khối', blockType: 'Loại khối' },
  },
  en: {
    upload: {
      savedFiles: 'Successfully saved {{count}} files',
      filesNotSaved: 'Failed to save {{count}} files',
    },
  },
}

type Namespaces = Record<string, Record<string, unknown>>

const mergeNamespaces = (base: Namespaces, over: Namespaces): Namespaces =>
  Object.fromEntries(
    [...new Set([...Object.keys(base), ...Object.keys(over)])].map((name) => [name, { ...base[name], ...over[name] }]),
  )

/** Labels (vi and en) with this wording added: a namespace both use keeps the keys of both. */
export const withPayloadWording = <T extends { vi: object; en: object }>(labels: T): T =>
  ({
    ...labels,
    vi: mergeNamespaces(labels.vi as Namespaces, payloadWording.vi),
    en: mergeNamespaces(labels.en as Namespaces, payloadWording.en),
  }) as T
