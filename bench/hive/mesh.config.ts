import { defineConfig } from '@graphql-mesh/compose-cli';
import { loadOpenAPISubgraph } from '@omnigraph/openapi';

// GraphQL Mesh composed from the project's own spec, calling the same upstream as the gateway (MAUTIC_URL) and
// passing the caller's Authorization through, as the gateway does in its default mode.
export const composeConfig = defineConfig({
  subgraphs: [
    {
      sourceHandler: loadOpenAPISubgraph('Mautic', {
        source: './mautic-api.yaml',
        endpoint: `${process.env.MAUTIC_URL}/api`,
        operationHeaders: { Authorization: '{context.headers.authorization}' },
      }),
    },
  ],
});
