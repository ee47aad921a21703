import { describe, expect, it } from 'vitest'
import { bareHead } from '../../testing/bare-head.ts'
import { defaultTestKb } from '../../testing/resolve-actors.ts'
import { TEST_KB_ENTRIES } from '../../testing/test-kb.ts'
import { KnowledgeBase } from '../../kb/knowledge-base.ts'
import { analyseArticle } from '../analyse-article.ts'

const kb = new KnowledgeBase([
  ...TEST_KB_ENTRIES,
  {
    id: 'ARM-MOD',
    name: 'Ministry of Defence of Armenia',
    kind: 'institution',
    country: 'ARM',
    aliases: ['Armenian Defence Ministry', 'Defence Ministry'],
    cameo: 'ARMMIL',
  },
  {
    id: 'ARM-LIB',
    name: 'Liberal Party of Armenia',
    kind: 'organization',
    country: 'ARM',
    aliases: ['Liberals'],
    cameo: 'ARMPTY',
  },
  {
    id: 'viktor-biyagov',
    name: 'Viktor Biyagov',
    kind: 'person',
    country: 'ARM',
    aliases: [],
    cameo: 'ARMGOV',
  },
])

function speakers(body: string): [string | null, string][] {
  const { record } = analyseArticle(bareHead(body, '2021-05-14'), { kb })
  return record.quotes.map((q) => [q.speaker.actor, q.cue])
}

function named(body: string): [string, string | null][] {
  const { record } = analyseArticle(bareHead(body, '2021-05-14'), { kb })
  return record.quotes.map((q) => [q.speaker.name, q.speaker.role])
}

/** Each quote's cue and speaker actor, analysed with the default pack. */
function packCues(body: string, published: string): [string, string | null][] {
  const { record } = analyseArticle(bareHead(body, published), { kb: defaultTestKb() })
  return record.quotes.map((q) => [q.cue, q.speaker.actor])
}

/** Each quote's speaker name and actor, analysed with the default pack. */
function packSpeakers(body: string, published: string): [string, string | null][] {
  const { record } = analyseArticle(bareHead(body, published), { kb: defaultTestKb() })
  return record.quotes.map((q) => [q.speaker.name, q.speaker.actor])
}

describe('quote attribution', () => {
  it('resolves "the ministry said" to the last institution, not the last person', () => {
    expect(
      speakers(
        'Nikol Pashinyan met the troops. The Defence Ministry reported new incidents. “The other side has presented a demand to withdraw,” the ministry said.',
      ),
    ).toContainEqual(['ARM-MOD', 'said'])
  })

  it('reads "his office" as speaking for the last person named', () => {
    expect(
      speakers(
        'Nikol Pashinyan spoke to the bloc. According to his office, the talks with Moscow went on for an hour.',
      ),
    ).toEqual([['nikol-pashinyan', 'according to']])
  })

  it('finds a subject named earlier in the sentence than the words before the cue', () => {
    expect(
      speakers(
        "Armenia's envoy to the bloc, Viktor Biyagov, briefed its council the same day and warned that troops must leave within days.",
      ),
    ).toEqual([['viktor-biyagov', 'warned']])
  })

  it("lets a pronoun continue the paragraph's last speaker", () => {
    expect(
      speakers(
        'Leyla Abdullayeva responded to Pashinyan’s statement, saying that the bloc has no role here. “It is Pashinyan who undermines the negotiations,” she said.',
      ).map(([actor]) => actor),
    ).toEqual(['leyla-abdullayeva', 'leyla-abdullayeva'])
  })

  it('drops a quote whose speaker cannot be found at all', () => {
    expect(speakers('“Nobody knows who said these words at all.”')).toEqual([])
  })

  it('reads attributions that close the sentence, and keeps anonymous sources by name', () => {
    expect(
      speakers(
        'The talks will resume in Brussels next week, a source said.\n\nTurnout was above 40 percent, according to the election commission.',
      ),
    ).toEqual([
      [null, 'said'],
      [null, 'according to'],
    ])
  })

  it('reads a trailing attribution with its circumstance, a party tag, or its cue first', () => {
    expect(
      named(
        [
          'Talks with Baku will resume next month, the ministry said in a statement on Friday.',
          'Prices in Yerevan rose by a tenth in a year, Sen. Ann Lee (D-Ore.) told The Tbilisi Post on Thursday.',
          'The ceasefire held along the whole line until late on Sunday, said Ruben Hakobyan, a former envoy who follows the talks.',
          'The bloc has no role to play in the region, said a spokesman for the ministry.',
        ].join('\n\n'),
      ).map(([name]) => name),
    ).toEqual(['the ministry', 'Ann Lee', 'Ruben Hakobyan', 'a spokesman for the ministry'])
    expect(named('Talks End Without A Deal, Viktor Biyagov Says.')).toEqual([
      ['Viktor Biyagov', null],
    ])
  })

  it('gives a relayed report to its speaker, and a described outlet to its name', () => {
    expect(
      named(
        'Viktor Biyagov returned to the subject on Monday, saying the contingent would leave by May, the agency reported.',
      ).map(([name]) => name),
    ).toEqual(['Viktor Biyagov'])
    expect(
      named(
        'Viktor Biyagov met the deputies. Two ministers resigned on Saturday, the opposition-leaning broadcaster Formula reported.',
      ).map(([name]) => name),
    ).toEqual(['the opposition-leaning broadcaster Formula'])
  })

  it('keeps groups, shares of a poll and sources after "according to" by name', () => {
    expect(
      named(
        [
          'Federal and state officials said the two men had raised millions through the scheme.',
          'Another 19 percent said they would not vote for either candidate.',
          'Nearly eight of 10 voters say they plan to watch the debate in Tbilisi.',
          'The ruling party holds a lead of ten points, according to a new Caucasus Barometer poll released last week.',
          'Footage showed people being kicked, and several journalists said they had been attacked.',
        ].join('\n\n'),
      ).map(([name]) => name),
    ).toEqual([
      'Federal and state officials',
      'Another 19 percent',
      'Nearly eight of 10 voters',
      'a new Caucasus Barometer poll released last week',
      'several journalists',
    ])
  })

  it('keeps a quote attributed by a pronoun when no one is named before it', () => {
    expect(named('“This is normally a big open park,” he said.')).toEqual([['he', null]])
    expect(named('He noted that the park had been closed since May.')).toEqual([['He', null]])
  })

  it('gives a phrase naming two people to the one it ends on, unless they are joined', () => {
    const { record } = analyseArticle(
      bareHead(
        'Nikol Pashinyan met the press. Pashinyan campaign spokesman Viktor Biyagov told reporters that the policy would extend to single mothers.',
        '2021-05-14',
      ),
      { kb },
    )
    expect(record.quotes.map((q) => q.speaker.actor)).toEqual(['viktor-biyagov'])
  })

  it('gives "the ministry’s press release, which insisted" to whoever issued the release', () => {
    expect(
      speakers(
        'Nikol Pashinyan met the envoys. The talks were an interference, according to the Defence Ministry’s press release, which insisted that all units were acting under the constitution.',
      ).map(([actor]) => actor),
    ).toEqual(['ARM-MOD'])
  })

  it('reads a subject past an apposition and its relative clause, and a body named after its parent', () => {
    expect(
      named(
        [
          'Ruben Hakobyan, president of the Union of Teachers, which represents Yerevan educators, said he hopes the strike sends a message.',
          'The Defence Ministry Press Centre said that the night had passed quietly.',
        ].join('\n\n'),
      ).map(([name]) => name),
    ).toEqual(['Ruben Hakobyan', 'Defence Ministry Press Centre'])
  })

  it('does not take "only to be told that" for an attribution', () => {
    expect(
      speakers(
        'When those incursions happened, Nikol Pashinyan said, Armenia reminded its allies of the red line, only to be told that the border had not been delimited.',
      ),
    ).toEqual([['nikol-pashinyan', 'said']])
  })

  it('drops reported speech whose subject is a clause fragment, not a noun phrase', () => {
    expect(
      speakers(
        'Responding to those remarks said that the president did not understand what was happening in the streets.',
      ),
    ).toEqual([])
  })

  it('gives the quote to the person a title phrase ends on, not to their country', () => {
    expect(
      named(
        '“We will keep the border crossing at Bagratashen open all winter,” Armenian Deputy Foreign Minister Tamar Beridze said.',
      ),
    ).toEqual([['Tamar Beridze', 'Deputy Foreign Minister']])
  })

  it('keeps the body a name closes on: "chairman of the Central Election Commission"', () => {
    expect(
      named(
        '“The count in Gyumri will be finished by morning,” said the chairman of the Central Election Commission.',
      ).map(([name]) => name),
    ).not.toContain('Central Election Commission')
  })

  it('does not give a named speaker the country named earlier in the sentence', () => {
    expect(
      named(
        'Asked about the Azerbaijani proposal, Beridze said, “The railway talks will resume in Kars next month.”',
      ),
    ).toEqual([['Beridze', null]])
  })

  it('lets a pronoun continue a named speaker the knowledge base does not know', () => {
    expect(
      named(
        'Nikol Pashinyan spoke in Gyumri on Monday. Later, Beridze said that the railway would reopen in spring.\n\n“Nobody in Tbilisi wants to delay it again,” she said.',
      ).map(([name]) => name),
    ).toEqual(['Beridze', 'Beridze'])
  })

  it('reads the subject past the adverbs before the cue and a conjunction before it', () => {
    expect(
      named('The governor has long said that the Meghri crossing would stay open.').map(
        ([name]) => name,
      ),
    ).toEqual(['The governor'])
    expect(
      named('But local traders say the Meghri crossing would stay open.').map(([name]) => name),
    ).toEqual(['local traders'])
  })

  it('reads the subject before an apposition closed right before the cue', () => {
    expect(
      named(
        'Ruben Hakobyan, a former Armenian envoy to Tehran, said the Meghri crossing would stay open.',
      ).map(([name]) => name),
    ).toEqual(['Ruben Hakobyan'])
  })

  it('reads a named apposition after a descriptive subject', () => {
    expect(
      named(
        "The ministry's new spokeswoman, Narine Sargsyan, said the Meghri crossing would stay open.",
      ).map(([name]) => name),
    ).toEqual(['Narine Sargsyan'])
  })

  it('leaves a direct quote before the subject out of it', () => {
    expect(
      speakers(
        'Nikol Pashinyan spoke in Gyumri. “Russia is not the only partner we have,” he wrote on Facebook, adding that Armenia would keep talking to Moscow.',
      ).map(([actor]) => actor),
    ).toEqual(['nikol-pashinyan', 'nikol-pashinyan'])
  })

  it('reads "told reporters on Friday that" as one circumstance', () => {
    expect(
      speakers(
        'Nikol Pashinyan told reporters on Friday in Yerevan that the border commission would meet again.',
      ),
    ).toEqual([['nikol-pashinyan', 'told']])
  })

  it('keeps a body the knowledge base does not know by its full name', () => {
    expect(
      named(
        'The Caucasus Institute for Peace and Democracy, a Tbilisi research group, said that turnout in Marneuli had fallen.',
      ).map(([name]) => name),
    ).toEqual(['The Caucasus Institute for Peace and Democracy'])
  })

  it('reads a capitalised "The ministry" as the last ministry named, not the last body', () => {
    expect(
      speakers(
        'The Azerbaijani Foreign Ministry summoned the envoy. The ministry argued that the CSTO had no say in the matter. The ministry said it hoped the talks would go on.',
      ),
    ).toEqual([
      ['AZE-MFA', 'argued'],
      ['AZE-MFA', 'said'],
    ])
  })

  it('reads an attribution set inside the clause with a "the …" speaker, but not inside a relative clause', () => {
    expect(
      speakers(
        'The Azerbaijani Foreign Ministry issued a statement. Armenia, the ministry stressed, still had to withdraw its troops.',
      ),
    ).toEqual([['AZE-MFA', 'stressed']])
    expect(
      named('Officials met the envoys over a step that, the ministry said, broke the accord.').map(
        ([name]) => name,
      ),
    ).not.toContain('the ministry')
  })

  it('does not give "the ministers" to the one person named last', () => {
    expect(
      named(
        'Nikol Pashinyan hosted the talks. The ministers agreed to meet again in spring and confirmed that the mediators would stay.',
      ).map(([name]) => name),
    ).toEqual(['The ministers'])
  })

  it('gives "the … spokesman" to the person who spoke before, not to the body named in it', () => {
    expect(
      speakers(
        'Yuri Borisov told reporters that the launch would go ahead. The schedule, the CSTO spokesman said, had not changed.',
      ).map(([actor]) => actor),
    ).toEqual(['yuri-borisov', 'yuri-borisov'])
  })

  it('gives "the statement said" to whoever spoke before it', () => {
    expect(
      speakers(
        'The Azerbaijani Foreign Ministry said the road was open. “Nobody has blocked the civilian traffic,” the statement said.',
      ).map(([actor]) => actor),
    ).toEqual(['AZE-MFA', 'AZE-MFA'])
  })

  it('lets "it" continue the body that spoke last, across a paragraph', () => {
    expect(
      speakers(
        'The Azerbaijani Foreign Ministry said the road had been closed by the CSTO and its observers.\n\nIt also dismissed calls for a new mission in the region.',
      ).map(([actor]) => actor),
    ).toEqual(['AZE-MFA', 'AZE-MFA'])
  })

  it('does not let a pronoun continue the last speaker past a person named since', () => {
    expect(
      speakers(
        'Nikol Pashinyan said the border was calm. Later in Baku, Leyla Abdullayeva met the envoys. “The talks will go on in Brussels,” she said.',
      ).map(([actor]) => actor),
    ).toEqual(['nikol-pashinyan', 'leyla-abdullayeva'])
  })

  it('does not take a body named inside the quote for "the ministry" that says it', () => {
    expect(
      speakers(
        'The Azerbaijani Foreign Ministry summoned the envoy. “We reject the claims of the Armenian Foreign Ministry about the corridor,” the ministry said.',
      ).map(([actor]) => actor),
    ).toEqual(['AZE-MFA'])
  })

  it('does not take a person named inside an earlier quote for the speaker', () => {
    expect(
      named(
        '"Nobody in the valley expects much from Nikol Pashinyan," said Representative Ana Ruiz of Gyumri. "The talks will go on for months and nothing will change."',
      ).map(([name]) => name),
    ).toEqual(['Representative Ana Ruiz of Gyumri', 'Representative Ana Ruiz of Gyumri'])
  })

  it('keeps a body named after the place it serves, not the place', () => {
    expect(
      named('In May, Voice of Armenia reported that the border posts had been moved.'),
    ).toEqual([['Voice of Armenia', null]])
  })

  it('keeps a headline’s title-case description of a speaker, not the body it names', () => {
    expect(
      named(
        'Border Posts Will Move Again Next Month, Armenian Defence Ministry Adviser Says\n\nThe talks went on.',
      ),
    ).toEqual([['Armenian Defence Ministry Adviser', null]])
  })

  it('names "many Liberals" as written, some of the party’s members, not the party', () => {
    expect(speakers('But many Liberals say the budget is far too large.')).toEqual([
      ['ARM-LIB', 'say'],
    ])
    expect(named('But many Liberals say the budget is far too large.')).toEqual([
      ['many Liberals', null],
    ])
  })

  it('keeps "the independent Valley Institute" by name, not as "the …" for the last person', () => {
    expect(
      named(
        'Nikol Pashinyan spoke first. Turnout rose by 9 percent, according to the independent Valley Institute.',
      ).map(([name]) => name),
    ).toEqual(['the independent Valley Institute'])
  })

  it('does not cut "Nikol Pashinyan Jr." to the Nikol Pashinyan the knowledge base knows', () => {
    expect(named('Nikol Pashinyan Jr. said the family would not comment.')).toEqual([
      ['Nikol Pashinyan Jr.', null],
    ])
    expect(speakers('Nikol Pashinyan Jr. said the family would not comment.')).toEqual([
      [null, 'said'],
    ])
  })

  it('reads a first name that is also a country, and a home town after the name', () => {
    expect(
      named('“The talks have to start again in the spring,” said Armenia Lee, a lecturer.'),
    ).toEqual([['Armenia Lee', null]])
    expect(
      named('Ruben Hakobyan, 61, of Gyumri, Shirak, said the crossing would stay open.').map(
        ([name]) => name,
      ),
    ).toEqual(['Ruben Hakobyan'])
  })

  it('gives a verb after the object\'s comma the sentence\'s subject, and "his office" its body', () => {
    expect(
      packCues(
        "Prime Minister Nikol Pashinyan's office said Baku had handed over no evidence. The office repeated a proposal for a joint mechanism to investigate such incidents, said the army had no order to violate the ceasefire, and urged Baku to sign the treaty.\n\nPashinyan asked Moscow for help. According to his office, Putin told Pashinyan that escalation was inadmissible.",
        '2025-03-20',
      ),
    ).toEqual([
      ['said', 'ARM-GOV'],
      ['said', 'ARM-GOV'],
      ['urged', 'ARM-GOV'],
      ['according to', 'ARM-GOV'],
    ])
  })

  it('keeps a list of bodies or countries as one joint speaker, and people as the first', () => {
    const speakers = (text: string) => packSpeakers(text, '2021-11-17')
    expect(
      speakers(
        'The European Union, France, the United Nations and the United States have called on both sides to de-escalate.',
      ),
    ).toEqual([['The European Union, France, the United Nations and the United States', null]])
    expect(
      speakers(
        'The European Union and the United States both called for a thorough investigation into the reported violations.',
      ),
    ).toEqual([['The European Union and the United States', null]])
    expect(speakers('On Friday, the European Union and Russia said the talks had failed.')).toEqual(
      [['the European Union and Russia', null]],
    )
    expect(speakers('Nikol Pashinyan and Ilham Aliyev said the talks had gone well.')[0]?.[1]).toBe(
      'nikol-pashinyan',
    )
    // A body named after a place keeps its name whole: "all" and "both" are trimmed off joint
    // speakers only.
    expect(packSpeakers('All Voices of Armenia said the border was calm.', '2021-11-17')).toEqual([
      ['All Voices of Armenia', null],
    ])
    // People whose words the text calls joint.
    expect(
      speakers('Mirzoyan and Bayramov said in a joint statement that the talks were constructive.'),
    ).toEqual([['Mirzoyan and Bayramov', null]])
  })

  it('gives "criticised X for saying" to X, "him" to a person before the sentence, "her accusation" to her', () => {
    const speakers = (text: string) => packCues(text, '2023-05-01')
    expect(
      speakers('Aliyev criticised Pashinyan for saying that the border talks had stalled.'),
    ).toEqual([
      ['criticised', 'ilham-aliyev'],
      ['saying', 'nikol-pashinyan'],
    ])
    expect(
      speakers('Zakharova rebuked Mirzoyan for claiming that Russia had failed its allies.'),
    ).toEqual([['claiming', 'ararat-mirzoyan']])
    expect(
      speakers('Pashinyan was criticised for saying that Armenia could leave the CSTO.'),
    ).toEqual([['saying', 'nikol-pashinyan']])
    expect(
      speakers(
        'Pashinyan spoke in Yerevan on Friday. Aliyev mocked him for suggesting that the corridor was open.',
      ),
    ).toEqual([['suggesting', 'nikol-pashinyan']])
    expect(
      speakers(
        'Salome Zourabichvili spoke on Sunday. In Moscow, the Kremlin on Monday rejected her accusation that Russia had interfered.',
      ).at(-1),
    ).toEqual(['accusation', 'salome-zourabichvili'])
  })

  it('gives "he" the sentence\'s subject, not the speaker of a claim that subject was asked about', () => {
    const speakers = (text: string) => packCues(text, '2024-02-28')
    expect(
      speakers(
        "Speaking in parliament, Pashinyan was asked about Putin's claim that there had been no aggression. He said Yerevan had never linked the freeze to Karabakh.",
      ),
    ).toEqual([
      ['claim', 'vladimir-putin'],
      ['said', 'nikol-pashinyan'],
    ])
    // The speaker who is the subject goes on as before.
    expect(
      speakers('Putin said there had been no aggression. He added that the alliance was intact.'),
    ).toEqual([
      ['said', 'vladimir-putin'],
      ['added', 'vladimir-putin'],
    ])
  })
})
