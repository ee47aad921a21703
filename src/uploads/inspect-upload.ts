import { fileTypeFromBuffer } from 'file-type'
import { ValidationError } from '../core/errors.ts'
import {
  DEFAULT_ZIP_LIMITS,
  readZipDirectory,
  readZipEntry,
  type ZipLimits,
} from './zip-directory.ts'

/** The document kinds an applicant may send. */
export type UploadKind = 'pdf' | 'docx' | 'odt' | 'txt'

/** How an accepted upload is to be treated. */
export interface UploadVerdict {
  kind: UploadKind
  /** The MIME type the file is stored and served under. */
  mime: string
  /** Active content found in a PDF: kept, but never served (reasons say why). */
  quarantined: boolean
  reasons: string[]
}

const MIME: Record<UploadKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  odt: 'application/vnd.oasis.opendocument.text',
  txt: 'text/plain; charset=utf-8',
}

function refuse(message: string): never {
  throw new ValidationError(message, { code: 'unsafe_upload' })
}

/**
 * Checks an uploaded file (OWASP File Upload Cheat Sheet): the extension is on the allow list
 * AND the bytes are that kind (file-type's magic numbers; for text, valid UTF-8 without control
 * bytes); Word files with macros and ODT files with scripts are refused; PDFs with JavaScript,
 * launch actions or embedded files are accepted but quarantined. Refusals throw a
 * ValidationError naming the file and the problem.
 */
export async function inspectUpload(
  fileName: string,
  bytes: Uint8Array,
  zipLimits: ZipLimits = DEFAULT_ZIP_LIMITS,
): Promise<UploadVerdict> {
  const ext = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase()
  if (ext !== 'pdf' && ext !== 'docx' && ext !== 'odt' && ext !== 'txt') {
    refuse(`"${fileName}": only PDF, DOCX, ODT and TXT files are accepted`)
  }
  if (bytes.length === 0) {
    refuse(`"${fileName}" is empty`)
  }
  const detected = await fileTypeFromBuffer(bytes)
  if (ext === 'txt') {
    if (detected) {
      refuse(`"${fileName}" is named .txt but its content is ${detected.mime}`)
    }
    checkText(fileName, bytes)
    return { kind: 'txt', mime: MIME.txt, quarantined: false, reasons: [] }
  }
  if (ext === 'docx' && detected?.ext === 'docm') {
    refuse(`"${fileName}" is a macro-enabled Word document; save it as a plain .docx or PDF`)
  }
  if (detected?.ext !== ext) {
    const what = detected ? detected.mime : 'not a recognised document'
    refuse(`"${fileName}" is named .${ext} but its content is ${what}`)
  }
  if (ext === 'pdf') {
    const reasons = pdfActiveContent(bytes)
    return { kind: 'pdf', mime: MIME.pdf, quarantined: reasons.length > 0, reasons }
  }
  const entries = readZipDirectory(bytes, zipLimits)
  if (ext === 'docx') {
    checkDocx(fileName, bytes, entries)
  } else {
    checkOdt(fileName, bytes, entries)
  }
  return { kind: ext, mime: MIME[ext], quarantined: false, reasons: [] }
}

function checkText(fileName: string, bytes: Uint8Array): void {
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    refuse(`"${fileName}" is not UTF-8 text`)
  }
  // Tabs, newlines and carriage returns are text; other control bytes mean a binary file.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i)
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f) {
      refuse(`"${fileName}" is named .txt but holds binary data`)
    }
  }
}

type Entries = ReturnType<typeof readZipDirectory>

function entryText(bytes: Uint8Array, entries: Entries, name: string): string {
  const entry = entries.find((e) => e.name === name)
  return entry ? new TextDecoder().decode(readZipEntry(bytes, entry)) : ''
}

function checkDocx(fileName: string, bytes: Uint8Array, entries: Entries): void {
  const macro = entries.find(
    (e) =>
      /(^|\/)(vbaProject\.bin|vbaData\.xml)$/i.test(e.name) || /^word\/activeX\//i.test(e.name),
  )
  if (macro) {
    refuse(`"${fileName}" contains macros (${macro.name}); save it as a plain .docx or PDF`)
  }
  const types = entryText(bytes, entries, '[Content_Types].xml')
  if (!types) {
    refuse(`"${fileName}" is not a Word document (no [Content_Types].xml)`)
  }
  if (/macroEnabled|vbaProject|ms-office\.activeX/i.test(types)) {
    refuse(`"${fileName}" declares macro-enabled content; save it as a plain .docx or PDF`)
  }
}

function checkOdt(fileName: string, bytes: Uint8Array, entries: Entries): void {
  const script = entries.find((e) => /^(Basic|Scripts)\//i.test(e.name))
  if (script) {
    refuse(`"${fileName}" contains scripts (${script.name}); save it without macros or as PDF`)
  }
  for (const part of ['content.xml', 'styles.xml', 'META-INF/manifest.xml']) {
    const xml = entryText(bytes, entries, part)
    if (
      /<script:event-listener|<office:script\b[^>]*>\s*<|application\/vnd\.sun\.xml\.basic|\/Basic\//i.test(
        xml,
      )
    ) {
      refuse(
        `"${fileName}" contains scripts or script events (${part}); save it without macros or as PDF`,
      )
    }
  }
}

const PDF_ACTIVE: [RegExp, string][] = [
  [/\/JavaScript\b/, 'JavaScript'],
  [/\/JS\b/, 'JavaScript action (/JS)'],
  [/\/Launch\b/, 'launch action'],
  [/\/EmbeddedFiles?\b/, 'embedded file'],
  [/\/OpenAction\b[^>]*\/(JavaScript|JS)\b/, 'JavaScript run on opening'],
  [/\/RichMedia\b/, 'rich media'],
]

/**
 * Active content a PDF declares. Names are normalised first: `#4A#53` spells `JS` in PDF
 * syntax, a common way to hide it.
 */
export function pdfActiveContent(bytes: Uint8Array): string[] {
  const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
    .toString('latin1')
    .replace(/\/[^\s/<>[\]()]+/g, (name) =>
      name.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) =>
        String.fromCharCode(parseInt(hex, 16)),
      ),
    )
  return PDF_ACTIVE.filter(([pattern]) => pattern.test(text)).map(([, why]) => why)
}
