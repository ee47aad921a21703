import { strToU8, zipSync, type Zippable } from 'fflate'

/** Small documents built in code for the upload tests (no binary fixtures in the repository). */

/** A one-page PDF saying `text`; `extra` adds dictionary entries to the catalog (e.g. an action). */
export function tinyPdf(text = 'Writing sample', extra = ''): Uint8Array {
  const stream = `BT /F1 12 Tf 72 720 Td (${text}) Tj ET`
  const objects = [
    `<< /Type /Catalog /Pages 2 0 R ${extra}>>`,
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ]
  let out = '%PDF-1.4\n'
  const offsets: number[] = []
  objects.forEach((body, i) => {
    offsets.push(out.length)
    out += `${i + 1} 0 obj\n${body}\nendobj\n`
  })
  const xref = out.length
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`
  for (const offset of offsets) {
    out += `${String(offset).padStart(10, '0')} 00000 n \n`
  }
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`
  return strToU8(out)
}

/** A PDF that runs JavaScript when opened. */
export function javascriptPdf(): Uint8Array {
  return tinyPdf('Hello', "/OpenAction << /S /JavaScript /JS (app.alert('hi')) >> ")
}

const WORD_TYPES = (main: string, extra = ''): string =>
  `<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="${main}"/>${extra}</Types>`

function docxParts(text: string, types: string): Zippable {
  return {
    '[Content_Types].xml': strToU8(types),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>${text}</w:t></w:r></w:p></w:body></w:document>`,
    ),
  }
}

/** A plain Word document. */
export function tinyDocx(text = 'Curriculum vitae'): Uint8Array {
  return zipSync(
    docxParts(
      text,
      WORD_TYPES(
        'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml',
      ),
    ),
  )
}

/**
 * A Word document carrying a VBA project. `declared: false` keeps the plain .docx content
 * types, as a renamed .docm with its types edited would.
 */
export function macroDocx(declared = true): Uint8Array {
  const main = declared
    ? 'application/vnd.ms-word.document.macroEnabled.main+xml'
    : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'
  const parts = docxParts('Enable content', WORD_TYPES(main))
  parts['word/vbaProject.bin'] = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 1, 2, 3, 4])
  return zipSync(parts)
}

/** An OpenDocument text; `script` adds a Basic library and a script event. */
export function tinyOdt(text = 'Cover letter', script = false): Uint8Array {
  const events = script
    ? '<office:event-listeners><script:event-listener script:language="ooo:script" script:event-name="dom:load" xlink:href="vnd.sun.star.script:Standard.Module1.Main?language=Basic"/></office:event-listeners>'
    : ''
  const parts: Zippable = {
    mimetype: [strToU8('application/vnd.oasis.opendocument.text'), { level: 0 }],
    'META-INF/manifest.xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.text"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>',
    ),
    'content.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" xmlns:xlink="http://www.w3.org/1999/xlink">${events}<office:body><office:text><text:p>${text}</text:p></office:text></office:body></office:document-content>`,
    ),
  }
  if (script) {
    parts['Basic/Standard/Module1.xml'] = strToU8(
      '<script:module>Sub Main\nEnd Sub</script:module>',
    )
  }
  return zipSync(parts)
}

/** A Windows executable's first bytes (MZ header) — to be sent renamed as a .pdf. */
export function fakeExe(): Uint8Array {
  const bytes = new Uint8Array(512)
  bytes.set([0x4d, 0x5a, 0x90, 0x00, 0x03])
  bytes.set(strToU8('This program cannot be run in DOS mode.'), 78)
  bytes[60] = 0x80
  bytes.set([0x50, 0x45, 0, 0], 0x80)
  return bytes
}

/** A Word document whose one extra entry inflates to `megabytes` MB of zeros. */
export function zipBombDocx(megabytes = 200): Uint8Array {
  const parts = docxParts(
    'Bomb',
    WORD_TYPES('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'),
  )
  parts['word/media/zeros.bin'] = [new Uint8Array(megabytes * 1024 * 1024), { level: 9 }]
  return zipSync(parts)
}

/** A Word document with `count` tiny entries. */
export function manyEntriesDocx(count: number): Uint8Array {
  const parts = docxParts(
    'Many',
    WORD_TYPES('application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml'),
  )
  for (let i = 0; i < count; i++) {
    parts[`word/media/p${i}.txt`] = strToU8('x')
  }
  return zipSync(parts)
}
