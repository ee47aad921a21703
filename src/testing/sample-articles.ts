import type { AnalysedArticle } from '../analyse/analyse-article.ts'
import { extractDocument } from '../extract/extract-document.ts'
import { SEED_LIKE_STORY, testKb } from './test-kb.ts'

/** Three analysed articles for store and API tests: distinct URLs, dates and words. */
export function sampleArticles(): AnalysedArticle[] {
  const kb = testKb()
  return [
    extractDocument(
      {
        url: 'https://scmonitor.example/a/1',
        published: '2019-11-29',
        title: 'Pashinyan urges CSTO allies not to arm Azerbaijan',
        text: SEED_LIKE_STORY,
      },
      { kb },
    ),
    extractDocument(
      {
        url: 'https://kurareview.example/b/2',
        published: '2019-09-13',
        title: 'Borisov on an observer status for Azerbaijan',
        text: 'Russian Deputy Prime Minister Yuri Borisov said on Thursday that Azerbaijan could become an observer in the CSTO.\n\nThe Armenian Foreign Ministry responded to Borisov’s remarks that such a status needs the consent of every member state.',
      },
      { kb },
    ),
    extractDocument(
      {
        url: 'https://blackseadispatch.example/c/3',
        published: '2020-11-10',
        title: 'Ceasefire statement signed in Moscow',
        text: 'Armenia and Azerbaijan signed a ceasefire statement brokered by Russia, ending six weeks of fighting.',
      },
      { kb },
    ),
  ]
}
