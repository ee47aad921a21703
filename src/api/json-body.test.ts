import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { ValidationError } from '../core/errors.ts'
import { jsonBody } from './json-body.ts'

const schema = z.object({ title: z.string().max(5), tags: z.array(z.string()).optional() })
const request = (body: string) => new Request('http://x/', { method: 'POST', body })

describe('jsonBody', () => {
  it('gives the checked body', async () => {
    expect(await jsonBody(request('{"title":"ok"}'), schema)).toEqual({ title: 'ok' })
  })

  it('says when the body is not JSON', async () => {
    await expect(jsonBody(request('{nope'), schema)).rejects.toThrow(
      new ValidationError('the body must be JSON'),
    )
  })

  it('names the first field that does not fit', async () => {
    await expect(jsonBody(request('{"title":"too long"}'), schema)).rejects.toThrow(/^title: /)
    await expect(jsonBody(request('{"title":"a","tags":[1]}'), schema)).rejects.toThrow(
      /^tags\.0: /,
    )
    await expect(jsonBody(request('[]'), schema)).rejects.toThrow(/^body: /)
  })
})
