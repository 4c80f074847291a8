/**
 * A GraphQL client for the benchmark scripts: keeps the session cookie it is given at sign-in and throws on any
 * GraphQL error, so a benchmark never measures refusals.
 */
export function graphqlClient(url: string | URL) {
  let cookie = '';
  const headers = () => ({ 'content-type': 'application/json', 'apollo-require-preflight': 'true', cookie });
  const call = async (query: string, variables: Record<string, unknown> = {}) => {
    const res = await fetch(url, { method: 'POST', headers: headers(), body: JSON.stringify({ query, variables }) });
    const set = res.headers.get('set-cookie');
    if (set) cookie = set.split(';')[0];
    // biome-ignore lint/suspicious/noExplicitAny: responses of hand-written queries, read by shape
    const json = (await res.json()) as { data?: Record<string, any>; errors?: unknown[] };
    if (json.errors) throw new Error(JSON.stringify(json.errors));
    // biome-ignore lint/suspicious/noExplicitAny: as above
    return json.data as Record<string, any>;
  };
  const signIn = (username: string, password: string) =>
    call('mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { username } }', { u: username, p: password });
  return { call, signIn, headers, cookie: () => cookie };
}
