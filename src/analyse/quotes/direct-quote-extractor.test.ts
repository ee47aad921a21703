import { describe, expect, it } from 'vitest'
import { bareHead } from '../../testing/bare-head.ts'
import { testKb } from '../../testing/test-kb.ts'
import { analyseArticle } from '../analyse-article.ts'

const kb = testKb()

/** Each quote's text and speaker name, as the record gives them. */
function quotes(body: string): [string, string][] {
  const { record } = analyseArticle(bareHead(body, '2024-03-14'), { kb })
  return record.quotes.filter((q) => q.type === 'direct').map((q) => [q.text, q.speaker.name])
}

describe('direct quote attribution', () => {
  it('keeps a short quote that opens its sentence with its own attribution, not scare quotes', () => {
    expect(quotes('“We need change,” said Anahit Petrosyan, a teacher in Gyumri.')).toEqual([
      ['We need change,', 'Anahit Petrosyan'],
    ])
    expect(quotes('The plan is “dead on arrival,” Anahit Petrosyan said.')).toEqual([])
  })

  it('does not take the next sentence’s "She says …" for the attribution of a quote that ends its own', () => {
    expect(
      quotes(
        'Anahit Petrosyan says Lee’s “latest outburst is unhinged, even for him.” She says it shows he is unfit.',
      ),
    ).toEqual([['latest outburst is unhinged, even for him.', 'Anahit Petrosyan']])
  })

  it('reads the cue before its speaker before the quote: "Said Lee: “…”"', () => {
    expect(
      quotes('Said Anahit Petrosyan: “I don’t get the sense they are interested in reform.”'),
    ).toEqual([['I don’t get the sense they are interested in reform.', 'Anahit Petrosyan']])
  })

  it('reads a speaker phrase with lower-case titles between the quote and the cue', () => {
    expect(
      quotes(
        '“The crossing at Margara will reopen on Monday,” Armenian Foreign Ministry press secretary Lusine Avetyan said.',
      ),
    ).toEqual([['The crossing at Margara will reopen on Monday,', 'Lusine Avetyan']])
  })

  it('skips a party tag and an apposition after the name', () => {
    expect(
      quotes(
        '“Nobody in Congress will vote for that deal,” Rep. Anna Hakobyan (D-Ore.) said. “We want the prisoners home first,” Levon Mkrtchyan, a lawyer in Gyumri, said on Friday.',
      ).map(([, name]) => name),
    ).toEqual(['Anna Hakobyan', 'Levon Mkrtchyan'])
  })

  it('reads the speaker of a name given in quotes: "X called Y a “…”"', () => {
    expect(
      quotes(
        'A film called “The Long Night of the River” opened in Austin on Friday.\n\nMayor Lena Ortiz called the council vote a “betrayal of every family on the east side.”',
      ),
    ).toEqual([['betrayal of every family on the east side.', 'Lena Ortiz']])
  })

  it('reads a name past several appositions, between commas or dashes', () => {
    expect(
      quotes(
        "Ann Lee, the head of Lee Media -- the firm that owns Mr. Kim's shows, which run on Hulu -- told me, ''We sell content to people who want it.'' Jo Roe, 59, of Ashton, Md., who watched on a screen, said it was ''a day for all of us who came here.''\n\nPaul Marek, the foreign minister of Ruritania, a member of the council, said the test was “a provocation that cannot go without an answer.”\n\nAt a panel in Tampa, Rosa Diaz, the head of the league, told a student that “not voting is not a strategy at all.”\n\nIn a statement, Secretary of State Ivan Petrov said the law would “stifle every free voice in the country.”",
      ).map(([, name]) => name),
    ).toEqual(['Ann Lee', 'Jo Roe', 'Paul Marek', 'Rosa Diaz', 'Ivan Petrov'])
  })

  it('reads a speaker phrase after the cue', () => {
    expect(
      quotes('“The debate changed nothing in Tbilisi,” said Georgian TV host Ara Petrosyan.').map(
        ([, name]) => name,
      ),
    ).toEqual(['Ara Petrosyan'])
  })

  it('lets a quote continue the attribution of a short quote before it', () => {
    expect(
      quotes('“It is over,” Beridze said. “The talks on the railway will not resume this year.”'),
    ).toEqual([
      ['It is over,', 'Beridze'],
      ['The talks on the railway will not resume this year.', 'Beridze'],
    ])
  })

  it('does not read an attribution from the next paragraph', () => {
    expect(
      quotes(
        'Beridze asked, “Who will pay for the new bridge at Sadakhlo?”\n\nThe ministry said the bridge would cost 30 million lari.',
      ).map(([, name]) => name),
    ).toEqual(['Beridze'])
  })

  it('reads the next paragraph for a quote standing alone as a heading', () => {
    expect(
      quotes(
        '“We will not give up the corridor talks”\n\nNikol Pashinyan said on Tuesday that Armenia would keep negotiating.',
      ).map(([, name]) => name),
    ).toEqual(['Nikol Pashinyan'])
  })

  it('takes the speaker and cue nearest the quote, not a cue inside a reported clause', () => {
    expect(
      quotes(
        'Asked what Pashinyan had said in Gyumri, Beridze replied: “Nobody in Tbilisi has heard it yet.”\n\nSpokesman Levon Mkrtchyan wrote that Armenia condemned the “use of force against peaceful protesters”.',
      ).map(([, name]) => name),
    ).toEqual(['Beridze', 'Levon Mkrtchyan'])
  })

  it('reads an adverb before the cue, and "According to X, “…”"', () => {
    expect(
      quotes(
        'Ola Brandt forcefully told the crowd that “nobody will close this factory while I am mayor.”\n\n“We will not wait for the others to decide,” Ines Varga firmly said.\n\nAccording to Tom Hale, “the bridge will be finished by the end of the summer.”',
      ).map(([, name]) => name),
    ).toEqual(['Ola Brandt', 'Ines Varga', 'Tom Hale'])
  })

  it('reads a speaker phrase opening in lower case after the cue', () => {
    expect(
      quotes('“The money was never going to reach the villages,” said former mayor Ines Varga.'),
    ).toEqual([['The money was never going to reach the villages,', 'Ines Varga']])
  })

  it('takes no possessive for a speaker', () => {
    expect(
      quotes('The paper called Ola Brandt’s remarks “a sad day for the whole city council.”').map(
        ([, name]) => name,
      ),
    ).not.toContain('Ola Brandt’s')
  })

  it('attributes a quote to the attribution closing its sentence, and carries it on to the next', () => {
    expect(
      quotes(
        '“I admire the whole design” of the bridge, Ines Varga said. “But the cost is far too high for a city of this size.”',
      ),
    ).toEqual([
      ['I admire the whole design', 'Ines Varga'],
      ['But the cost is far too high for a city of this size.', 'Ines Varga'],
    ])
    expect(
      quotes(
        'Tom Hale said the vote was close. “We lost the argument on cost” in the end, Ines Varga said on Friday.',
      ),
    ).toEqual([['We lost the argument on cost', 'Ines Varga']])
  })

  it('reads "X called Mr. Y’s remarks “…”", past an opening phrase that ends on a noun', () => {
    expect(
      quotes(
        'With a week until the vote, Ines Varga, a lawyer for the union, called Mr. Hale’s remarks “a slap in the face” to the workers.',
      ),
    ).toEqual([['a slap in the face', 'Ines Varga']])
  })

  it('gives "…, saying, “…”" to the subject of the sentence, not to the speaker before', () => {
    expect(
      quotes(
        '“We will not wait,” the mayor said. In a speech on Friday, Ola Brandt attacked the budget, saying, “It leaves the villages with nothing.”',
      ).map(([, name]) => name),
    ).toEqual(['the mayor', 'Ola Brandt'])
  })

  it('reads an outlet that reported the quote, the speaker ending with its sentence', () => {
    expect(
      quotes(
        'Turnout was “the highest the region has seen in decades,” The Valley Courier reported.',
      ),
    ).toEqual([['the highest the region has seen in decades,', 'The Valley Courier']])
    expect(
      quotes('“The count will take at least a week,” reported Reuters. Another poll differed.'),
    ).toEqual([['The count will take at least a week,', 'Reuters']])
  })

  it('takes the name in apposition after a description of the speaker', () => {
    expect(
      quotes('“The plan will never pass the council,” the mayor’s spokeswoman, Ines Varga, said.'),
    ).toEqual([['The plan will never pass the council,', 'Ines Varga']])
  })

  it('takes a cue word after a determiner for a noun, not the cue of a speaker phrase', () => {
    expect(
      quotes(
        '“The rules go well beyond what the law allows,” Tom Hale, the lawyer for one of the states suing the agency, said on Monday.',
      ),
    ).toEqual([['The rules go well beyond what the law allows,', 'Tom Hale']])
  })

  it('reads "according to" after the quote, a statement standing for its issuer', () => {
    expect(
      quotes(
        '“The claims are baseless and must stop,” according to a statement from the Valley Institute on Monday. “We will answer in time,” according to Anahit Petrosyan.',
      ),
    ).toEqual([
      ['The claims are baseless and must stop,', 'the Valley Institute'],
      ['We will answer in time,', 'Anahit Petrosyan'],
    ])
  })
})
