import { describe, expect, it } from 'vitest'
import { mentionsOf } from '../../testing/resolve-actors.ts'

function changesIn(text: string, published = '2022-11-24'): unknown[] {
  return mentionsOf(text, published).analysed.roleChanges ?? []
}

describe('role changes from the news', () => {
  it('reads elections and appointments, with the office and its organisation', () => {
    expect(
      changesIn(
        'Stanislav Zas, a Belarusian official, was elected secretary general of the CSTO on Thursday.',
      ),
    ).toEqual([
      expect.objectContaining({
        person: 'stanislav-zas',
        change: 'start',
        verb: 'elected',
        title: 'Secretary General of the CSTO',
        org: 'CSTO',
      }),
    ])
    expect(
      changesIn('Pashinyan appointed Ararat Mirzoyan as foreign minister.', '2021-08-19'),
    ).toContainEqual(
      expect.objectContaining({
        person: 'ararat-mirzoyan',
        change: 'start',
        title: 'Foreign Minister',
      }),
    )
    expect(
      changesIn(
        "The CSTO summit ended. It appointed Kazakhstan's Imangali Tasmagambetov as the next secretary general.",
      ),
    ).toContainEqual(expect.objectContaining({ person: 'imangali-tasmagambetov', org: 'CSTO' }))
  })

  it('reads resignations and dismissals, for people the KB does not know too', () => {
    expect(
      changesIn(
        'Irakli Kobakhidze stepped down as Speaker of the Georgian parliament on Friday.',
        '2019-06-21',
      ),
    ).toEqual([
      expect.objectContaining({ person: 'irakli-kobakhidze', change: 'end', verb: 'stepped down' }),
    ])
    expect(
      changesIn('Otar Berdzenishvili, Georgia’s ambassador to Bulgaria, resigned.', '2024-11-29'),
    ).toEqual([
      expect.objectContaining({
        person: 'local:otar-berdzenishvili',
        change: 'end',
        country: 'GEO',
      }),
    ])
    expect(
      changesIn('On Monday the president dismissed Sergei Shoigu.', '2024-05-13'),
    ).toContainEqual(
      expect.objectContaining({ person: 'sergei-shoigu', change: 'end', verb: 'dismissed' }),
    )
  })

  it('skips refusals and possibilities', () => {
    expect(changesIn('Zourabichvili refused to resign as president.', '2024-12-01')).toEqual([])
    expect(changesIn('The opposition said Kobakhidze would never resign.', '2024-12-01')).toEqual(
      [],
    )
  })
})
