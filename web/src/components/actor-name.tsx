import { Link } from 'react-router'

/** Props of {@link ActorName}. */
export interface ActorNameProps {
  name: string
  /** The actor's id when the knowledge base resolved it. */
  actor: string | null
  role?: string | null | undefined
}

/** A person or organisation's name: a link to the actor page when resolved, with its role. */
export function ActorName({ name, actor, role }: ActorNameProps) {
  return (
    <span className="actor-name">
      {actor ? (
        <Link to={`/actors/${encodeURIComponent(actor)}`}>{name}</Link>
      ) : (
        <span>{name}</span>
      )}
      {role ? <span className="role">, {role}</span> : null}
    </span>
  )
}
