// Downloads the running gateway's schema from its stable SDL URL for GraphQL Code Generator (whose own URL loader
// needs Node 22); usage: node fetch-schema.mjs http://127.0.0.1:8080
import { writeFile } from 'node:fs/promises';

const response = await fetch(`${process.argv[2]}/graphql/schema.graphqls`);
if (!response.ok) {
  throw new Error(`The SDL download answered ${response.status}`);
}
await writeFile('schema.graphqls', await response.text());
