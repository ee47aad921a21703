import {
  Form,
  redirect,
  useActionData,
  useNavigation,
  useSearchParams,
  type ActionFunctionArgs,
} from 'react-router'
import { ApiError } from '../api/api-error'
import { sendJson } from '../api/send'
import { setSessionUser, type StaffUser } from '../lib/session'
import { formText } from '../lib/form'
import { useDocumentTitle } from '../lib/use-document-title'

/** What a refused sign-in shows. */
export interface LoginFailure {
  message: string
  /** The account has TOTP on: the form asks for the code. */
  needsCode: boolean
  email: string
}

/** Only paths on this site are followed after signing in (no open redirect). */
export function safeNext(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') ? next : '/'
}

/** Posts the sign-in form to `/api/auth/login`; on success goes to `?next=` (default home). */
export async function loginAction({
  request,
}: ActionFunctionArgs): Promise<LoginFailure | Response> {
  const form = await request.formData()
  const email = formText(form, 'email')
  const code = formText(form, 'code').trim()
  try {
    const answer = (await sendJson('POST', '/api/auth/login', {
      email,
      password: formText(form, 'password'),
      ...(code ? { code } : {}),
    })) as { user: StaffUser }
    setSessionUser(answer.user)
    return redirect(safeNext(new URL(request.url).searchParams.get('next')))
  } catch (error: unknown) {
    if (error instanceof ApiError) {
      return {
        message: error.message,
        needsCode: error.code === 'totp_required' || error.code === 'totp_invalid',
        email,
      }
    }
    throw error
  }
}

/** `/login`: staff sign in with e-mail, password and, when they have set it up, a TOTP code. */
export function LoginRoute() {
  useDocumentTitle('Sign in')
  const failure = useActionData<LoginFailure>()
  const navigation = useNavigation()
  const [params] = useSearchParams()
  const busy = navigation.state === 'submitting'
  return (
    <section className="login-page" aria-labelledby="login-title">
      <h1 id="login-title">Sign in</h1>
      <p className="intro">For the desk’s staff. Readers need no account.</p>
      <Form method="post" className="login-form" action={`/login?${params.toString()}`}>
        {failure ? (
          <p className="form-error" role="alert">
            {failure.message}
          </p>
        ) : null}
        <label>
          E-mail
          <input
            type="email"
            name="email"
            autoComplete="username"
            required
            defaultValue={failure?.email ?? ''}
          />
        </label>
        <label>
          Password
          <input type="password" name="password" autoComplete="current-password" required />
        </label>
        {failure?.needsCode ? (
          <label>
            Authenticator code
            <input
              type="text"
              name="code"
              inputMode="numeric"
              autoComplete="one-time-code"
              pattern="[0-9 ]{6,7}"
              required
            />
          </label>
        ) : null}
        <button type="submit" disabled={busy}>
          {busy ? 'Signing in…' : 'Sign in'}
        </button>
      </Form>
    </section>
  )
}
