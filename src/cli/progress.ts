/** A one-line progress bar on stderr; silent when stderr is not a terminal. */
export class ProgressBar {
  readonly #total: number
  readonly #stream: NodeJS.WriteStream
  readonly #enabled: boolean
  #lastDraw = 0

  constructor(total: number, stream: NodeJS.WriteStream = process.stderr) {
    this.#total = total
    this.#stream = stream
    this.#enabled = stream.isTTY
  }

  /** Redraws at most every 50 ms, and always at the end. */
  update(done: number, label: string): void {
    if (!this.#enabled) {
      return
    }
    const now = Date.now()
    if ((this.#total === 0 || done < this.#total) && now - this.#lastDraw < 50) {
      return
    }
    this.#lastDraw = now
    const width = 30
    const name = label.length > 40 ? `…${label.slice(-39)}` : label
    if (this.#total === 0) {
      // Unknown total (feeds being expanded): a count, no bar.
      this.#stream.write(`\r${done} done ${name}`.padEnd(100).slice(0, 100))
      return
    }
    const share = Math.min(1, done / this.#total)
    const filled = Math.round(share * width)
    this.#stream.write(
      `\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${this.#total} ${name}`
        .padEnd(100)
        .slice(0, 100),
    )
  }

  /** Clears the bar's line. */
  done(): void {
    if (this.#enabled) {
      this.#stream.write(`\r${' '.repeat(100)}\r`)
    }
  }
}
