import { Link, useLocation, useNavigate } from 'react-router'
import { sendJson } from '../api/send'
import { setSessionUser, useSession } from '../lib/session'

/** The header's account corner: "Sign in", or who is signed in and "Sign out". */
export function StaffMenu() {
  const user = useSession()
  const { pathname, search } = useLocation()
  const navigate = useNavigate()
  if (user === undefined) {
    // Keeps the header's layout while the session loads.
    return <div className="staff-menu" aria-hidden="true" />
  }
  if (user === null) {
    const next = pathname === '/login' ? '' : `?next=${encodeURIComponent(`${pathname}${search}`)}`
    return (
      <div className="staff-menu">
        <Link to={`/login${next}`}>Sign in</Link>
      </div>
    )
  }
  const signOut = async () => {
    await sendJson('POST', '/api/auth/logout').catch(() => undefined)
    setSessionUser(null)
    await navigate('/')
  }
  return (
    <div className="staff-menu">
      <span className="staff-name">
        {user.name} <span className="muted">({user.role})</span>
      </span>{' '}
      <button type="button" className="link-button" onClick={() => void signOut()}>
        Sign out
      </button>
    </div>
  )
}
