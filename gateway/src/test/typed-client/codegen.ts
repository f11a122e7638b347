import type { CodegenConfig } from '@graphql-codegen/cli';

// The schema is the running gateway's, downloaded from /graphql/schema.graphqls by fetch-schema.mjs; the documents
// are the operations in src/, typed as GraphQL Code Generator's typed document strings.
const config: CodegenConfig = {
  schema: 'schema.graphqls',
  documents: ['src/**/*.ts', '!src/gql/**'],
  ignoreNoDocuments: false,
  // ES module imports with their .js extension, as Node's module resolution wants them.
  emitLegacyCommonJSImports: false,
  generates: {
    './src/gql/': {
      preset: 'client',
      config: { documentMode: 'string', enumsAsTypes: true, useTypeImports: true },
    },
  },
};

export default config;
