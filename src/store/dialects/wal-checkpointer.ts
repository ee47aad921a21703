import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'
import { logger } from '../../core/logger.ts'

/** How often the checkpointer looks for log to copy back, while the log grows and when idle. */
const BUSY_INTERVAL_MS = 100
const IDLE_INTERVAL_MS = 2_000
/** How long closing waits for a checkpoint under way. */
const STOP_TIMEOUT_MS = 30_000

/**
 * The worker's source, run as a CommonJS script (`eval`): a file beside this one would need the
 * TypeScript loader the process was started with, which workers do not inherit in every host.
 * It opens its own connection and copies the write-ahead log back into the database with
 * PASSIVE checkpoints, which never block the writer or readers; it answers `stop` by closing
 * its connection and raising the shared flag the closing thread waits on.
 */
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
const SQLite = require(workerData.driver)
const flag = new Int32Array(workerData.stopped)
let db = null
let timer = null
let last = { log: 0, checkpointed: 0 }
const stop = () => {
  clearTimeout(timer)
  try { db?.close() } catch {}
  Atomics.store(flag, 0, 1)
  Atomics.notify(flag, 0)
  parentPort.close()
}
const tick = () => {
  // Soon again while the log moves (a writer at work) or the checkpoint could not run.
  let busy = false
  try {
    const [result] = db.pragma('wal_checkpoint(PASSIVE)')
    busy = result.busy !== 0 || result.log !== last.log || result.checkpointed !== last.checkpointed
    last = result
  } catch (error) {
    parentPort.postMessage({ error: String(error && error.message || error) })
  }
  timer = setTimeout(tick, busy ? workerData.busyMs : workerData.idleMs)
}
parentPort.on('message', (message) => { if (message === 'stop') stop() })
try {
  db = new SQLite(workerData.path)
  db.pragma('synchronous = NORMAL')
  timer = setTimeout(tick, workerData.busyMs)
} catch (error) {
  parentPort.postMessage({ error: String(error && error.message || error) })
}
`

/**
 * Copies a SQLite database's write-ahead log back into it from a worker thread, so that the
 * thread saving articles no longer stops for it: checkpoints at commit took half of the commit
 * time of a bulk import (a tenth of all its time). The writing connection keeps a high
 * automatic checkpoint as a bound should the worker fall behind or fail.
 */
export class WalCheckpointer {
  readonly #worker: Worker
  readonly #stopped = new Int32Array(new SharedArrayBuffer(4))

  constructor(path: string) {
    this.#worker = new Worker(WORKER_SOURCE, {
      eval: true,
      workerData: {
        path,
        driver: createRequire(import.meta.url).resolve('better-sqlite3'),
        stopped: this.#stopped.buffer,
        busyMs: BUSY_INTERVAL_MS,
        idleMs: IDLE_INTERVAL_MS,
      },
    })
    // Reported, not thrown: the writer's own checkpoints still bound the log, and the worker
    // retries on its next round.
    this.#worker.on('message', (message: { error?: string }) => {
      logger.warn(`background checkpoint of ${path} failed: ${message.error ?? 'unknown error'}`)
    })
    this.#worker.on('error', (error) => {
      logger.warn(`background checkpointer of ${path} stopped: ${error.message}`)
    })
    this.#worker.on('exit', () => {
      Atomics.store(this.#stopped, 0, 1)
    })
    // A process that never closes its store may still exit.
    this.#worker.unref()
  }

  /**
   * Stops the worker and waits, blocking, until its connection is closed: the writing
   * connection's close must be the last, to checkpoint what is left and remove the log.
   */
  stop(): void {
    if (Atomics.load(this.#stopped, 0) === 1) {
      return
    }
    this.#worker.postMessage('stop')
    Atomics.wait(this.#stopped, 0, 0, STOP_TIMEOUT_MS)
  }
}
