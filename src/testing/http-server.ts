import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/** A route of the test server: answers one path. */
export type TestRoute = (request: IncomingMessage, response: ServerResponse) => void

/** A local HTTP server for tests: serves fixed routes on 127.0.0.1 and logs every request. */
export interface TestServer {
  url: string
  requests: { path: string; headers: IncomingMessage['headers'] }[]
  close(): Promise<void>
}

/**
 * Starts a server on a free loopback port. Paths without a route answer 404. No test in
 * Watchdesk touches any other network.
 */
export async function startTestServer(routes: Record<string, TestRoute>): Promise<TestServer> {
  const requests: TestServer['requests'] = []
  const server = createServer((request, response) => {
    const path = request.url ?? '/'
    requests.push({ path, headers: request.headers })
    const route = routes[path]
    if (route) {
      route(request, response)
    } else {
      response.writeHead(404).end('not found')
    }
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => {
          resolve()
        })
      }),
  }
}
