import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { TEST_KB_ENTRIES, testKb } from '../testing/test-kb.ts'
import { KnowledgeBase } from './knowledge-base.ts'

function pack(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), 'watchdesk-kb-'))
  for (const [name, content] of Object.entries(files)) {
    writeFileSync(join(dir, name), typeof content === 'string' ? content : JSON.stringify(content))
  }
  return dir
}

describe('KnowledgeBase', () => {
  it('looks names up by name, alias, demonym and capital, ignoring case and apostrophe style', () => {
    const kb = testKb()
    expect(kb.lookup('n. pashinyan')).toEqual([{ actor: 'nikol-pashinyan', kind: 'name' }])
    expect(kb.lookup('Armenian')).toEqual([{ actor: 'ARM', kind: 'demonym' }])
    expect(kb.lookup('Baku')).toEqual([{ actor: 'AZE', kind: 'capital' }])
    expect(kb.lookup('Azerbaijan’s Ministry of Foreign Affairs')).toEqual([
      { actor: 'AZE-MFA', kind: 'name' },
    ])
    expect(kb.lookup('Gondor')).toEqual([])
  })

  it('answers the roles a person held on a date, including year-only bounds', () => {
    const kb = testKb()
    expect(kb.rolesOn('yuri-borisov', '2019-09-12').map((r) => r.title)).toEqual([
      'Deputy Prime Minister of Russia',
    ])
    expect(kb.rolesOn('yuri-borisov', '2023-01-01')).toEqual([])
    expect(kb.rolesOn('leyla-abdullayeva', '2022-06-01')).toHaveLength(1)
    expect(kb.rolesOn('leyla-abdullayeva', '2023-01-01')).toEqual([])
  })

  it("names a person's office by the state post before a party's, whatever began later", () => {
    const kb = new KnowledgeBase([
      {
        id: 'AZE-YAP',
        name: 'New Azerbaijan Party',
        kind: 'institution',
        country: 'AZE',
        aliases: [],
        cameo: 'AZEGOVPTY',
      },
      {
        id: 'AZE-PRES',
        name: 'President of Azerbaijan',
        kind: 'institution',
        country: 'AZE',
        aliases: [],
        cameo: 'AZEGOV',
      },
      {
        id: 'ilham-aliyev',
        name: 'Ilham Aliyev',
        kind: 'person',
        country: 'AZE',
        aliases: [],
        cameo: 'AZEGOV',
        roles: [
          { title: 'President', org: 'AZE-PRES', from: '2003-10-31', to: null },
          { title: 'Chairman', org: 'AZE-YAP', from: '2005', to: null },
          { title: 'Mayor of Baku', org: 'AZE', from: '2010', to: null },
        ],
      },
    ])
    expect(kb.rolesOn('ilham-aliyev', '2020-01-01')[0]?.title).toBe('Mayor of Baku')
    expect(kb.officeOn('ilham-aliyev', '2020-01-01')).toBe('President')
    // Before the party post began.
    expect(kb.officeOn('ilham-aliyev', '2004-01-01')).toBe('President')
    expect(kb.isParty('AZE-YAP')).toBe(true)
    expect(kb.isParty('AZE-PRES')).toBe(false)
  })

  it('loads packs from directories, later packs overriding earlier entries by id', () => {
    const base = pack({ 'people.json': TEST_KB_ENTRIES })
    const user = pack({
      'people.json': [
        {
          id: 'nikol-pashinyan',
          name: 'Nikol Vovayi Pashinyan',
          kind: 'person',
          aliases: ['Nikol'],
        },
      ],
    })
    const kb = KnowledgeBase.load([base, user, '/does/not/exist'])
    expect(kb.get('nikol-pashinyan')?.name).toBe('Nikol Vovayi Pashinyan')
    expect(kb.lookup('Nikol')).toHaveLength(1)
    expect(kb.size).toBe(TEST_KB_ENTRIES.length)
  })

  it('names the file and entry of a bad pack', () => {
    expect(() => KnowledgeBase.load([pack({ 'x.json': '{ nope' })])).toThrow(
      /x\.json" is not valid JSON/,
    )
    expect(() => KnowledgeBase.load([pack({ 'x.json': { id: 'a' } })])).toThrow(
      /must hold a JSON array/,
    )
    expect(() =>
      KnowledgeBase.load([pack({ 'x.json': [{ id: 'a', name: 'A', kind: 'planet' }] })]),
    ).toThrow(/x\.json\[0\] \("a"\) has kind "planet"/)
    expect(() => KnowledgeBase.load([pack({ 'x.json': [{ name: 'A' }] })])).toThrow(/has no "id"/)
  })
})
