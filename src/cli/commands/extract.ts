import type { Command } from 'commander'
import { getMessage, ValidationError } from '../../core/errors.ts'
import { extractDocument } from '../../extract/extract-document.ts'
import { readInputs, type InputKind } from '../../ingest/read-inputs.ts'
import { loadKb } from '../context.ts'

interface ExtractFlags {
  json?: boolean
  jsonl?: boolean
  input?: InputKind
  published?: string
  url?: string
}

/** `watchdesk extract PATH...`: records to stdout, no database needed. */
export function registerExtract(program: Command): void {
  program
    .command('extract')
    .description('turn pages or texts into Article Records (no database needed)')
    .argument(
      '<paths...>',
      'files or directories (.html, .htm, .html.gz, .txt, .jsonl); - for stdin',
    )
    .option('--json', 'print one record (the first input) as pretty JSON')
    .option('--jsonl', 'print one record per input document, in input order')
    .option('--input <kind>', 'read inputs as html, text or jsonl, whatever their extension')
    .option('--published <date>', 'publication date to use (YYYY-MM-DD) when the page gives none')
    .option('--url <url>', 'the URL the page was read from')
    .action((paths: string[], flags: ExtractFlags) => {
      if (flags.input && !['html', 'text', 'jsonl'].includes(flags.input)) {
        throw new ValidationError(`--input "${flags.input}" is not one of html, text, jsonl`)
      }
      const kb = loadKb()
      let failed = 0
      for (const item of readInputs(paths, flags.input)) {
        let line: unknown
        if (item.error !== undefined) {
          failed++
          line = { id: item.id ?? item.label, error: item.error }
        } else {
          const document = {
            ...item.document,
            ...(flags.url && item.document.url === undefined ? { url: flags.url } : {}),
            ...(flags.published && item.document.published === undefined
              ? { published: flags.published }
              : {}),
          }
          try {
            line = extractDocument(document, { kb }).record
          } catch (error: unknown) {
            failed++
            line = { id: document.id ?? item.label, error: getMessage(error) }
          }
        }
        process.stdout.write(
          flags.jsonl ? `${JSON.stringify(line)}\n` : `${JSON.stringify(line, null, 2)}\n`,
        )
        if (!flags.jsonl) {
          break
        }
      }
      if (failed > 0) {
        process.exitCode = 1
      }
    })
}
