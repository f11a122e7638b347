import type { TypedDocumentString } from './gql/graphql.js';

/** Runs a typed document against the gateway: its result and variables are typed by the generated code. */
export async function execute<TResult, TVariables>(
  gatewayUrl: string,
  document: TypedDocumentString<TResult, TVariables>,
  ...[variables]: TVariables extends Record<string, never> ? [] : [TVariables]
): Promise<TResult> {
  const response = await fetch(`${gatewayUrl}/graphql`, {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json',
      Authorization: 'Basic ' + Buffer.from('admin:mautic').toString('base64'),
    },
    body: JSON.stringify({ query: document.toString(), variables }),
  });
  const answer = (await response.json()) as { data?: TResult; errors?: { message: string }[] };
  if (answer.errors?.length || !answer.data) {
    throw new Error(`GraphQL errors: ${JSON.stringify(answer.errors)}`);
  }
  return answer.data;
}
