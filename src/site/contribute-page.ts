import { escapeHtml, sitePage } from './layout.ts'
import type { CallConfig } from '../applications/call-config.ts'
import type { ApplicationForm } from '../applications/applications.ts'

const escape = escapeHtml

const EMPTY: ApplicationForm = {
  name: '',
  email: '',
  region: '',
  languages: [],
  beats: [],
  coverLetter: '',
  talentPool: false,
}

function page(title: string, body: string): string {
  return sitePage({ title }, body)
}

function checks(name: string, options: string[], ticked: string[]): string {
  return options
    .map(
      (o) =>
        `<label><input type="checkbox" name="${name}" value="${escape(o)}"${ticked.includes(o) ? ' checked' : ''}> ${escape(o)}</label>`,
    )
    .join(' ')
}

/** The call for contributors and its form; with `problems`, the form again with what was typed. */
export function contributePage(
  call: CallConfig,
  problems: string[] = [],
  form: ApplicationForm = EMPTY,
): string {
  const list = (items: string[]): string => items.map(escape).join(', ')
  const errorBox = problems.length
    ? `<div class="problems" role="alert" id="problems"><h2>Your application was not sent</h2><ul>${problems.map((p) => `<li>${escape(p)}</li>`).join('')}</ul><p>Correct these and send it again; what you typed is kept below, but files must be attached again.</p></div>`
    : ''
  return page(
    `Write for ${call.outlet}`,
    `<h1>Write for ${escape(call.outlet)}</h1>
<p>We are looking for local specialists and reporters. Regions: ${list(call.regions)}. Languages: ${list(call.languages)}. Beats: ${list(call.beats)}.</p>
${errorBox}
<form method="post" action="/site/contribute" enctype="multipart/form-data">
<label for="name">Name or pen name</label><input type="text" id="name" name="name" required maxlength="200" value="${escape(form.name)}">
<label for="email">E-mail</label><input type="email" id="email" name="email" required value="${escape(form.email)}">
<label for="region">Region</label><select id="region" name="region" required><option value="">Choose…</option>${call.regions.map((r) => `<option${r === form.region ? ' selected' : ''}>${escape(r)}</option>`).join('')}</select>
<fieldset><legend>Languages you write in</legend>${checks('languages', call.languages, form.languages)}</fieldset>
<fieldset><legend>Beats</legend>${checks('beats', call.beats, form.beats)}</fieldset>
<label for="cover_letter">Cover letter</label><textarea id="cover_letter" name="cover_letter" rows="10" required>${escape(form.coverLetter)}</textarea>
<label for="cv">CV (PDF, DOCX, ODT or TXT, up to 10 MB)</label><input type="file" id="cv" name="cv" accept=".pdf,.docx,.odt,.txt" required>
<label for="sample">Writing sample (PDF, DOCX, ODT or TXT, up to 10 MB)</label><input type="file" id="sample" name="sample" accept=".pdf,.docx,.odt,.txt" required>
<div class="hp" aria-hidden="true"><label for="website">Leave this empty</label><input type="text" id="website" name="website" tabindex="-1" autocomplete="off"></div>
<p><label><input type="checkbox" name="talent_pool" value="yes"${form.talentPool ? ' checked' : ''}> Keep my application in the talent pool for future calls</label></p>
<section id="privacy"><h2>Privacy</h2><p>We keep what you send here — your name, e-mail, region, languages, beats, cover letter and files — only to consider your application, and show it only to our editors. Files must pass a virus scan before an editor can open them. If your application is not accepted, your files are deleted ${call.retentionMonths} months after our decision; if you tick the talent-pool box, we keep your details for future calls until you ask us to remove them. You may ask for a copy of everything we hold about you (export) or for its erasure at any time, quoting your reference. This page sets no cookies.</p></section>
<p><button type="submit">Send application</button></p>
</form>`,
  )
}

/** The answer to a sent application. */
export function receivedPage(call: CallConfig, reference: string | null): string {
  return page(
    'Application received',
    `<h1>Thank you</h1><p>Your application to ${escape(call.outlet)} has been received.</p>${reference ? `<p>Your reference is <strong id="reference">${escape(reference)}</strong>. We have sent it to your e-mail address too.</p>` : ''}<p><a href="/site/contribute">Back to the call for contributors</a></p>`,
  )
}

/** A refusal that is not about a field (too large, too many requests). */
export function refusedPage(message: string): string {
  return page(
    'Application not sent',
    `<h1>Your application was not sent</h1><p role="alert">${escape(message)}</p><p><a href="/site/contribute">Back to the form</a></p>`,
  )
}
