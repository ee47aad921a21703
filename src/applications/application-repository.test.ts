import { describe, expect, it } from 'vitest'
import { testDialects } from '../testing/store-dialects.ts'
import { newReference } from './application-repository.ts'

const dialects = await testDialects()

describe('newReference', () => {
  it('is WD-year-8 characters, without look-alike letters, and differs each time', () => {
    const now = new Date('2026-12-05T00:00:00Z')
    const refs = new Set(Array.from({ length: 200 }, () => newReference(now)))
    expect(refs.size).toBe(200)
    for (const ref of refs) {
      expect(ref).toMatch(/^WD-2026-[A-HJ-NP-Z2-9]{8}$/)
    }
  })
})

for (const dialect of dialects) {
  describe.skipIf(dialect.skip !== null)(
    `applications store on ${dialect.name}${dialect.skip ? ` (skipped: ${dialect.skip})` : ''}`,
    () => {
      it('keeps applications, files and an ordered history; purges and erases', async () => {
        const { store, dispose } = await dialect.open()
        try {
          const at = new Date('2026-01-10T09:00:00Z')
          const repo = store.applications
          const created = await repo.create(
            {
              name: 'Leyla',
              email: 'leyla@example.org',
              region: 'Azerbaijan',
              languages: ['Azerbaijani'],
              beats: ['Energy and economy'],
              coverLetter: 'x'.repeat(60),
              talentPool: true,
            },
            [
              {
                role: 'cv',
                fileName: 'cv.pdf',
                mime: 'application/pdf',
                size: 10,
                vaultKey: 'a'.repeat(32),
                scanStatus: 'clean',
                scanDetail: null,
              },
            ],
            at,
          )
          // Same instant for every event: the order they were made must survive.
          await repo.setStatus(created.id, 'reviewing', 'ed', at)
          await repo.addEvent(created.id, 'note', 'ed', 'first note', at)
          await repo.setStatus(created.id, 'rejected', 'ed', at)
          const detail = await repo.get(created.reference)
          expect(detail?.talentPool).toBe(true)
          expect(detail?.history.map((h) => h.detail)).toEqual([
            'received',
            'reviewing',
            'first note',
            'rejected',
          ])
          expect(detail?.files[0]).toMatchObject({
            fileName: 'cv.pdf',
            size: 10,
            scanStatus: 'clean',
          })
          expect(await repo.rejectedBefore(new Date('2026-01-10T08:00:00Z'))).toEqual([])
          expect(await repo.rejectedBefore(new Date('2026-07-11T00:00:00Z'))).toEqual([created.id])
          expect(await repo.purgeFiles(created.id, at)).toEqual(['a'.repeat(32)])
          expect(await repo.rejectedBefore(new Date('2026-07-11T00:00:00Z'))).toEqual([])
          expect(await repo.erase(created.id)).toEqual([])
          expect(await repo.get(created.id)).toBeNull()
        } finally {
          await dispose()
        }
      })
    },
  )
}
