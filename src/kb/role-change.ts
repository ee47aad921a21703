/** A change of office the news reports: someone took up or left a role. */
export interface RoleChange {
  /** The person's actor id (KB id, or `local:` for someone the KB does not know yet). */
  person: string
  personName: string
  /** `start`: elected, appointed, named; `end`: resigned, dismissed, stepped down. */
  change: 'start' | 'end'
  /** The verb as written ("was elected", "resigned"). */
  verb: string
  /** The office as written, cleaned ("Secretary General"); null when the text names none. */
  title: string | null
  /** The institution or organisation of the office, when the text says it. */
  org: string | null
  country: string | null
  /** `YYYY-MM-DD`: the article's publication date (the evidence's date). */
  date: string | null
  /** The sentence that reports it, with its span in the article body. */
  evidence: { text: string; start: number; end: number }
}

/** A role change proposed as a knowledge-base update, with the article as evidence. */
export interface RoleProposal extends RoleChange {
  id: string
  articleId: string
  status: 'pending' | 'accepted' | 'rejected'
  createdAt: string
  decidedAt: string | null
}
