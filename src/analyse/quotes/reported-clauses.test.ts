import { describe, expect, it } from 'vitest'
import { findReportedClauses, type ReportedClause } from './reported-clauses.ts'

const outside = () => false

/** Each clause as [cue, class, content, subject or "(same)"]. */
function clauses(text: string, inQuote: (at: number) => boolean = outside): string[][] {
  return findReportedClauses(text, inQuote).map((c: ReportedClause) => [
    c.cue,
    c.cueClass,
    text.slice(c.contentStart, c.contentEnd).replace(/[\s.]+$/u, ''),
    c.continues ? '(same)' : c.subject ? text.slice(c.subject.start, c.subject.end) : '',
  ])
}

describe('reported clauses', () => {
  it('reads "told X to …" as an appeal, and "told X he …" as a report', () => {
    expect(clauses('The premier told his ministers to prepare a reply by Friday.')).toEqual([
      ['told', 'appeal', 'his ministers to prepare a reply by Friday', ''],
    ])
    expect(clauses('The premier told parliament he was ready to sign the treaty.')).toEqual([
      ['told', 'assert', 'he was ready to sign the treaty', ''],
    ])
  })

  it('reads a bare "said" before a subject pronoun and any verb, but not before an object', () => {
    expect(clauses('The governor said he expects the talks to resume soon.')).toEqual([
      ['said', 'assert', 'he expects the talks to resume soon', ''],
    ])
    expect(clauses('Two envoys say they share the same worry about the border.')).toEqual([
      ['say', 'assert', 'they share the same worry about the border', ''],
    ])
    expect(clauses('She said it again in Tbilisi on Monday.')).toEqual([])
  })

  it('reads a clause after "say" by a contraction, a far verb, or a name and its verb', () => {
    expect(clauses('Some deputies say it’s too early to talk about a vote.')[0]?.[2]).toBe(
      'it’s too early to talk about a vote',
    )
    expect(
      clauses(
        'Aides say the claims about the talks with the other two delegations are false.',
      )[0]?.[2],
    ).toBe('the claims about the talks with the other two delegations are false')
    expect(clauses('Supporters say Grigoryan deserves the seat.')[0]?.[2]).toBe(
      'Grigoryan deserves the seat',
    )
  })

  it('reads any noun phrase after "say" as the start of what was said, but not a weekday, a modal or a speaker', () => {
    expect(clauses('She said Prime Minister Nikol Pashinyan favours a quick deal.')[0]?.[2]).toBe(
      'Prime Minister Nikol Pashinyan favours a quick deal',
    )
    expect(clauses('The ombudsman says an internal review shows no abuse.')[0]?.[2]).toBe(
      'an internal review shows no abuse',
    )
    expect(clauses('The deputy said Friday morning in Tbilisi.')).toEqual([])
    expect(
      clauses('She promoted her bill, which she said would ensure accountability for all.'),
    ).toEqual([])
    expect(
      clauses('“We do not believe them,” said opposition politician Ana Lee on Friday.'),
    ).toEqual([])
  })

  it('reads "that," before an inserted phrase, and a clause opening on an abbreviated title', () => {
    expect(
      clauses('She said that, with the weather improving, work on the border would go on.'),
    ).toEqual([
      ['said', 'assert', 'with the weather improving, work on the border would go on', ''],
    ])
    expect(clauses('Many deputies say Mr. Grigoryan deserves the seat.')[0]?.[2]).toBe(
      'Mr. Grigoryan deserves the seat',
    )
  })

  it('reads an appeal whose words after "to" are quoted', () => {
    expect(
      clauses('Hale called on the council to “stop hiding behind the rules” and vote again.'),
    ).toEqual([
      ['called on', 'appeal', 'the council to “stop hiding behind the rules” and vote again', ''],
    ])
  })

  it('reads "warned X to …" as a warning, not as a report from a later "that"', () => {
    expect(
      clauses('The envoy warned the rebels to stop attacks that would wreck the truce.'),
    ).toEqual([['warned', 'warn', 'the rebels to stop attacks that would wreck the truce', '']])
  })

  it('ends an object report where a contrasting clause of the reporter begins', () => {
    expect(
      clauses(
        'The mayor called for cutting the fare to one dollar, but the council would keep it.',
      ),
    ).toEqual([['called for', 'appeal', 'cutting the fare to one dollar', '']])
  })

  it('reads "called X a Y" with any object, but not "called a press conference"', () => {
    expect(clauses('Aliyev has called the Armenian claims a hoax invented abroad.')).toEqual([
      ['called', 'assert', 'the Armenian claims a hoax invented abroad', ''],
    ])
    expect(clauses('Kobakhidze called half of the protesters “paid agents”.')[0]?.[2]).toBe(
      'half of the protesters “paid agents”',
    )
    expect(clauses('Pashinyan called a press conference on Monday.')).toEqual([])
  })

  it('gives a relative clause the phrase it hangs on, and ends it where the main clause resumes', () => {
    expect(
      clauses(
        'Zourabichvili, who says she will stay in office until a new vote, joined the crowd.',
      ),
    ).toEqual([['says', 'assert', 'she will stay in office until a new vote', 'Zourabichvili']])
    expect(
      clauses('They turned to the Yerevan police department which reported 30 incidents in May.'),
    ).toEqual([['reported', 'assert', '30 incidents in May', 'the Yerevan police department']])
    expect(
      clauses(
        'The case was heard by a court in which the defence argued that the vote was void.',
      )[0]?.[3],
    ).not.toBe('a court')
  })

  it('keeps a cue after "and" and a common noun inside the report it is the verb of', () => {
    expect(
      clauses(
        'The mayor said the spate of floods and fires demands that every town prepare a plan.',
      ),
    ).toEqual([
      [
        'said',
        'assert',
        'the spate of floods and fires demands that every town prepare a plan',
        '',
      ],
      ['demands', 'appeal', 'every town prepare a plan', '(same)'],
    ])
    expect(
      clauses('The mayor said the dam had failed and officials warned that more rain was coming.'),
    ).toEqual([
      ['said', 'assert', 'the dam had failed', ''],
      ['warned', 'warn', 'more rain was coming', 'officials'],
    ])
  })

  it('gives "which Mr. X says" its own subject: the relative pronoun is the object', () => {
    expect(
      clauses('The union bought the old mill, which Mr. Hale says he will keep open all year.'),
    ).toEqual([['says', 'assert', 'he will keep open all year', 'Mr. Hale']])
  })

  it('gives "by saying" the subject of the sentence, and reads "tweeted that"', () => {
    expect(
      clauses('Aliyev answered the journalist on Wednesday by saying the issue was manufactured.'),
    ).toEqual([['saying', 'assert', 'the issue was manufactured', 'Aliyev']])
    expect(
      clauses('Hale, a retired judge, then went on radio and began by saying he would not run.'),
    ).toEqual([['saying', 'assert', 'he would not run', 'Hale']])
    expect(clauses('Pashinyan tweeted on Friday that the border was calm.')).toEqual([
      ['tweeted', 'assert', 'the border was calm', ''],
    ])
  })

  it('reads a vow "to …" on its own, but leaves "…, and promised to …" in the report before it', () => {
    expect(clauses('Opposition parties vowed to return to the street on Friday evening.')).toEqual([
      ['vowed', 'assert', 'to return to the street on Friday evening', ''],
    ])
    expect(
      clauses('Pashinyan said the border was calm and promised to reopen the crossing.'),
    ).toEqual([['said', 'assert', 'the border was calm and promised to reopen the crossing', '']])
  })

  it('splits a report carried on by a participle, with the same speaker', () => {
    expect(
      clauses('The minister said the border was calm, adding that talks would resume in May.'),
    ).toEqual([
      ['said', 'assert', 'the border was calm', ''],
      ['adding', 'assert', 'talks would resume in May', '(same)'],
    ])
  })

  it('reads "accused X of …" and a second cue after "and"', () => {
    expect(
      clauses('Baku accused Yerevan of shelling its posts and warned that it would answer.'),
    ).toEqual([
      ['accused', 'accuse', 'Yerevan of shelling its posts', ''],
      ['warned', 'warn', 'it would answer', '(same)'],
    ])
  })

  it('gives a coordinated clause its own subject', () => {
    expect(
      clauses(
        'The mayor announced the closure and officials in the capital insisted it was temporary.',
      ),
    ).toEqual([
      ['announced', 'assert', 'the closure', ''],
      ['insisted', 'assert', 'it was temporary', 'officials in the capital'],
    ])
  })

  it('finds "said" with no "that" when a clause with a verb follows', () => {
    expect(clauses('Officials said armed units had advanced two kilometres.')).toEqual([
      ['said', 'assert', 'armed units had advanced two kilometres', ''],
    ])
    expect(clauses('She said 40 people were detained overnight.')).toEqual([
      ['said', 'assert', '40 people were detained overnight', ''],
    ])
    // A place or a time after the cue is not what was said.
    expect(clauses('He said in a statement issued late on Friday.')).toEqual([])
  })

  it('reads "told <listener> that …" for any listener', () => {
    expect(clauses('The envoy told fellow ambassadors that the mission was over.')).toEqual([
      ['told', 'assert', 'the mission was over', ''],
    ])
  })

  it('keeps a report inside a noun phrase beside the outer one', () => {
    expect(clauses("The ministry dismissed Tbilisi's claim that the talks had collapsed.")).toEqual(
      [
        ['dismissed', 'reject', "Tbilisi's claim that the talks had collapsed", ''],
        ['claim', 'assert', 'the talks had collapsed', 'Tbilisi'],
      ],
    )
  })

  it('skips negated speech, "states" as a noun, and a participle with no comma before it', () => {
    expect(clauses('The spokesman did not say that the plan had failed.')).toEqual([])
    expect(clauses('The United States accused the group of fraud.')).toEqual([
      ['accused', 'accuse', 'the group of fraud', ''],
    ])
    expect(
      clauses("Answering Baku's warning of a new crisis, the ministry said the road was open."),
    ).toEqual([['said', 'assert', 'the road was open', '']])
  })

  it('ends the content before the attribution of a direct quote that follows', () => {
    const text = 'Asked about the report that Yerevan had left the bloc, Peskov said: “No comment.”'
    const open = text.indexOf('“')
    expect(clauses(text, (at) => at > open)).toEqual([])
    expect(
      clauses(
        'The premier told a channel that Yerevan had left the bloc, Peskov said: “No comment.”',
        (at) => at > 80,
      ),
    ).toEqual([['told', 'assert', 'Yerevan had left the bloc', '']])
  })

  it('leaves cues inside quotation marks to the quoted speech', () => {
    const text = 'She wrote: “They said that nothing would change.”'
    expect(clauses(text, (at) => at > text.indexOf('“'))).toEqual([])
  })

  it('reads a question asked, a short object, and a second cue after "but"', () => {
    expect(clauses('The senator asked whether the treaty would survive.')).toEqual([
      ['asked', 'appeal', 'whether the treaty would survive', ''],
    ])
    expect(
      clauses('The president thanked the observers but said that the count was flawed.'),
    ).toEqual([
      ['thanked', 'comment', 'the observers', ''],
      ['said', 'assert', 'the count was flawed', '(same)'],
    ])
    expect(clauses('Local officials deny any shelling.')).toEqual([
      ['deny', 'deny', 'any shelling', ''],
    ])
  })

  it('gives a participle or a cue after "and" with no subject the sentence\'s subject', () => {
    expect(
      clauses(
        'The Kestrel Trust on Monday fined Ola Brandt, the firm’s founder, accusing him of fraud.',
      ),
    ).toEqual([['accusing', 'accuse', 'him of fraud', 'The Kestrel Trust']])
    expect(
      clauses(
        'In March Mayor Ines Varga opened the bridge to traffic, saying it had cost too much.',
      ),
    ).toEqual([['saying', 'assert', 'it had cost too much', 'Mayor Ines Varga']])
    expect(
      clauses(
        'Dr. Pell generally backed Labour during his years at the paper and said he regretted it.',
      ),
    ).toEqual([['said', 'assert', 'he regretted it', 'Dr. Pell']])
  })
})
