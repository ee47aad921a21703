import { describe, expect, it } from 'vitest'
import { strToU8 } from 'fflate'
import { inspectUpload, pdfActiveContent } from './inspect-upload.ts'
import {
  fakeExe,
  javascriptPdf,
  macroDocx,
  manyEntriesDocx,
  tinyDocx,
  tinyOdt,
  tinyPdf,
  zipBombDocx,
} from './test-files.ts'

describe('inspectUpload', () => {
  it('accepts a plain PDF, DOCX, ODT and TXT', async () => {
    expect(await inspectUpload('cv.pdf', tinyPdf())).toMatchObject({
      kind: 'pdf',
      quarantined: false,
    })
    expect(await inspectUpload('cv.DOCX', tinyDocx())).toMatchObject({
      kind: 'docx',
      quarantined: false,
    })
    expect(await inspectUpload('letter.odt', tinyOdt())).toMatchObject({
      kind: 'odt',
      quarantined: false,
    })
    expect(await inspectUpload('sample.txt', strToU8('Tbilisi, 3 May.\r\n\tText.'))).toMatchObject({
      kind: 'txt',
    })
  })

  it('refuses other extensions and content that does not match the extension', async () => {
    await expect(inspectUpload('cv.exe', fakeExe())).rejects.toThrow(/only PDF, DOCX, ODT and TXT/)
    await expect(inspectUpload('cv.pdf', fakeExe())).rejects.toThrow(
      /named \.pdf but its content is/,
    )
    await expect(inspectUpload('cv.docx', tinyPdf())).rejects.toThrow(
      /named \.docx but its content is application\/pdf/,
    )
    await expect(inspectUpload('cv.txt', fakeExe())).rejects.toThrow(/cv\.txt/)
    await expect(inspectUpload('cv.txt', new Uint8Array([0xff, 0xfe, 0x41]))).rejects.toThrow(
      /not UTF-8|content is/,
    )
    await expect(inspectUpload('cv.pdf', new Uint8Array())).rejects.toThrow(/empty/)
  })

  it('refuses Word documents with macros, declared or hidden', async () => {
    await expect(inspectUpload('cv.docx', macroDocx(true))).rejects.toThrow(/macro/)
    await expect(inspectUpload('cv.docx', macroDocx(false))).rejects.toThrow(
      /contains macros \(word\/vbaProject\.bin\)/,
    )
  })

  it('refuses ODT files with Basic scripts or script events', async () => {
    await expect(inspectUpload('cv.odt', tinyOdt('x', true))).rejects.toThrow(/scripts/)
  })

  it('quarantines PDFs with JavaScript, launch actions or embedded files', async () => {
    const verdict = await inspectUpload('sample.pdf', javascriptPdf())
    expect(verdict.quarantined).toBe(true)
    expect(verdict.reasons).toContain('JavaScript')
    expect(pdfActiveContent(tinyPdf('x', '/OpenAction << /S /Launch /F (calc.exe) >> '))).toContain(
      'launch action',
    )
    expect(pdfActiveContent(tinyPdf('x', '/Names << /EmbeddedFiles 9 0 R >> '))).toContain(
      'embedded file',
    )
    // #4A#53 is "JS" spelled with hex escapes.
    expect(
      pdfActiveContent(tinyPdf('x', '/AA << /O << /S /#4A#61vaScript /#4A#53 (x) >> >> ')),
    ).toContain('JavaScript action (/JS)')
  })

  it('refuses zip bombs from the central directory, without inflating them', async () => {
    const bomb = zipBombDocx(64)
    expect(bomb.length).toBeLessThan(1024 * 1024)
    const started = performance.now()
    await expect(inspectUpload('cv.docx', bomb)).rejects.toThrow(/zip bomb/)
    expect(performance.now() - started).toBeLessThan(500)
    await expect(inspectUpload('cv.docx', manyEntriesDocx(600))).rejects.toThrow(/at most 500/)
  })
})
