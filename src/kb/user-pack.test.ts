import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { mentionsOf } from '../testing/resolve-actors.ts'
import { ACCEPTED_FILE, entryForProposal } from './apply-proposal.ts'
import { IMPORTED_FILE, importKbFile } from './import-file.ts'
import { DEFAULT_KB_DIR, KnowledgeBase } from './knowledge-base.ts'
import type { RoleProposal } from './role-change.ts'
import { writeUserEntries } from './user-pack.ts'

function tmp(): string {
  return mkdtempSync(join(tmpdir(), 'watchdesk-pack-'))
}

describe('kb import', () => {
  it('imports a CSV of entries, one row per role, and later resolution uses it', () => {
    const dir = tmp()
    const csv = join(dir, 'people.csv')
    writeFileSync(
      csv,
      [
        'id,name,kind,aliases,country,cameo,role_title,role_org,role_from,role_to',
        'valery-semerikov,Valery Semerikov,person,"V. Semerikov;Semerikov",RUS,,Acting Secretary General,CSTO-SEC,2019,2019-12-31',
        'valery-semerikov,Valery Semerikov,person,,,,Deputy Secretary General,CSTO-SEC,,',
      ].join('\n'),
    )
    const pack = join(dir, 'pack')
    expect(importKbFile(csv, pack)).toMatchObject({ entries: 1, relations: 0, rules: 0 })
    const saved = JSON.parse(readFileSync(join(pack, IMPORTED_FILE), 'utf8')) as {
      roles: unknown[]
    }[]
    expect(saved[0]?.roles).toHaveLength(2)
    const kb = KnowledgeBase.load([DEFAULT_KB_DIR, pack])
    const { mentions } = mentionsOf(
      'Semerikov said the decision needs consensus.',
      '2019-09-12',
      kb,
    )
    expect(mentions).toEqual([{ text: 'Semerikov', actor: 'valery-semerikov' }])
  })

  it('imports JSON relations and rules, and rejects a bad file without writing', () => {
    const dir = tmp()
    const json = join(dir, 'extra.json')
    writeFileSync(
      json,
      JSON.stringify([
        { between: ['AZE', 'CYP'], type: 'diplomatic', status: 'none', from: null, to: null },
        {
          id: 'x-rule',
          org: 'CSTO',
          kind: 'un-member',
          statuses: ['member'],
          text: 'UN members only.',
        },
      ]),
    )
    expect(importKbFile(json, join(dir, 'pack'))).toMatchObject({ relations: 1, rules: 1 })
    const kb = KnowledgeBase.load([DEFAULT_KB_DIR, join(dir, 'pack')])
    expect(kb.haveDiplomaticRelations('CYP', 'AZE', '2020-01-01')).toBe(false)
    const bad = join(dir, 'bad.csv')
    writeFileSync(bad, 'id,name,kind,role_title,role_from\nx,X,person,President,last year\n')
    expect(() => importKbFile(bad, join(dir, 'pack2'))).toThrow(/role date "last year"/)
    writeFileSync(bad, 'id,name,kind\ny,,person\n')
    expect(() => importKbFile(bad, join(dir, 'pack2'))).toThrow(
      /bad\.csv:2: column "name" is empty/,
    )
  })
})

describe('accepted proposals', () => {
  const proposal = (over: Partial<RoleProposal>): RoleProposal => ({
    id: 'p-1',
    articleId: 'a1',
    person: 'local:taalatbek-masadykov',
    personName: 'Taalatbek Masadykov',
    change: 'start',
    verb: 'appointed',
    title: 'Secretary General',
    org: 'CSTO-SEC',
    country: 'KGZ',
    date: '2026-01-01',
    evidence: { text: 'Taalatbek Masadykov was appointed secretary general.', start: 0, end: 52 },
    status: 'pending',
    createdAt: '2026-01-01T00:00:00Z',
    decidedAt: null,
    ...over,
  })

  it('turns a new person into an entry whose role changes later resolution', () => {
    const dir = tmp()
    const kb = KnowledgeBase.load([DEFAULT_KB_DIR])
    const entry = entryForProposal(kb, proposal({}))
    expect(entry).toMatchObject({
      id: 'taalatbek-masadykov',
      country: 'KGZ',
      roles: [{ title: 'Secretary General', from: '2026-01-01', to: null }],
    })
    writeUserEntries(dir, ACCEPTED_FILE, [entry])
    const later = KnowledgeBase.load([DEFAULT_KB_DIR, dir])
    const { mentions } = mentionsOf(
      'The CSTO Secretary General arrived in Minsk.',
      '2026-02-01',
      later,
    )
    expect(mentions).toContainEqual({
      text: 'CSTO Secretary General',
      actor: 'taalatbek-masadykov',
    })
  })

  it('closes the role a person left', () => {
    const kb = KnowledgeBase.load([DEFAULT_KB_DIR])
    const entry = entryForProposal(
      kb,
      proposal({
        person: 'irakli-kobakhidze',
        personName: 'Irakli Kobakhidze',
        change: 'end',
        verb: 'stepped down',
        title: 'Speaker of the Georgian Parliament',
        org: 'GEO-LEG',
        date: '2019-06-21',
      }),
    )
    expect(entry.roles?.find((r) => r.org === 'GEO-LEG')?.to).toBe('2019-06-21')
  })
})
