/** Graph client set-up: the same middleware chain for Microsoft Graph and the local stand-in. */
import {
  AuthenticationHandler,
  Client,
  HTTPMessageHandler,
  RedirectHandler,
  RedirectHandlerOptions,
  RetryHandler,
  RetryHandlerOptions,
  TelemetryHandler,
  type AuthenticationProvider,
  type Context,
  type FetchOptions,
  type Middleware,
} from '@microsoft/microsoft-graph-client';

/** Base URL of Microsoft Graph, without the version segment. */
export const GRAPH_BASE_URL = 'https://graph.microsoft.com/';

/** Options for {@link createGraphClient}. */
export interface GraphClientOptions {
  /** Graph's base URL, or the tab's own https origin plus '/' in local mode. */
  baseUrl: string;
  /** Returns a bearer token for Graph; called before every request. */
  getToken: () => Promise<string>;
  /** Host names (no scheme, port or path) that receive the token besides Graph's own hosts. */
  customHosts?: string[];
  /** Extra fetch options, such as an undici dispatcher that trusts the stand-in's certificate. */
  fetchOptions?: FetchOptions;
}

/** A Graph client and the number of HTTP requests it has sent, retries included. */
export interface GraphClient {
  client: Client;
  requestCount(): number;
}

/** Counts every HTTP request that reaches the network, so retries count too. */
class RequestCounter implements Middleware {
  count = 0;
  private next: Middleware | undefined;

  async execute(context: Context): Promise<void> {
    this.count += 1;
    if (!this.next) throw new Error('[graph] the request counter needs a next middleware');
    await this.next.execute(context);
  }

  setNext(next: Middleware): void {
    this.next = next;
  }
}

function isNode(): boolean {
  return typeof process === 'object' && typeof process.versions?.node === 'string';
}

/** Creates the Graph client: authentication, outer retry, redirects (Node), telemetry, counting. */
export function createGraphClient(options: GraphClientOptions): GraphClient {
  const baseUrl = options.baseUrl.endsWith('/') ? options.baseUrl : `${options.baseUrl}/`;
  if (!baseUrl.startsWith('https://')) {
    throw new Error(
      `[graph] baseUrl must start with https:// because the Graph client sends tokens only over HTTPS; got "${baseUrl}"`,
    );
  }
  for (const host of options.customHosts ?? []) {
    if (/[/:]/.test(host)) {
      throw new Error(
        `[graph] customHosts takes bare host names such as "localhost"; got "${host}" with a scheme, port or path`,
      );
    }
  }
  const authProvider: AuthenticationProvider = { getAccessToken: () => options.getToken() };
  const counter = new RequestCounter();
  const middleware: Middleware[] = [
    new AuthenticationHandler(authProvider),
    new RetryHandler(new RetryHandlerOptions()),
  ];
  if (isNode()) middleware.push(new RedirectHandler(new RedirectHandlerOptions()));
  middleware.push(new TelemetryHandler(), counter, new HTTPMessageHandler());

  const client = Client.initWithMiddleware({
    baseUrl,
    middleware,
    customHosts: new Set(options.customHosts ?? []),
    fetchOptions: options.fetchOptions,
  });
  return { client, requestCount: () => counter.count };
}
