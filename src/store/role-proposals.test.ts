import { describe, expect, it } from 'vitest'
import { sampleArticles } from '../testing/sample-articles.ts'
import { testDialects } from '../testing/store-dialects.ts'

for (const dialect of await testDialects()) {
  describe.skipIf(dialect.skip !== null)(`role proposals in the store on ${dialect.name}`, () => {
    it('stores the role changes of a new article once, pages them and records decisions', async () => {
      const { store, dispose } = await dialect.open()
      const [article] = sampleArticles()
      const change = {
        person: 'local:stanislav-zas',
        personName: 'Stanislav Zas',
        change: 'start' as const,
        verb: 'chosen',
        title: 'Secretary General',
        org: 'CSTO',
        country: 'BLR',
        date: '2019-11-29',
        evidence: { text: 'Zas was chosen as secretary general.', start: 0, end: 36 },
      }
      await store.saveArticle({ ...article!, roleChanges: [change, change] })
      await store.saveArticle({ ...article!, roleChanges: [change] })
      const page = await store.listProposals({ limit: 10, offset: 0, status: 'pending' })
      expect(page.total).toBe(1)
      expect(page.items[0]).toMatchObject({
        articleId: article!.record.id,
        person: 'local:stanislav-zas',
        status: 'pending',
      })
      const id = page.items[0]!.id
      expect(await store.decideProposal(id, 'rejected')).toMatchObject({ status: 'rejected' })
      expect((await store.listProposals({ limit: 10, offset: 0, status: 'pending' })).total).toBe(0)
      expect(await store.getProposal('nope')).toBeNull()
      await dispose()
    })
  })
}
