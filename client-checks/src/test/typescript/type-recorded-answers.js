// Writes a TypeScript module that assigns every answer recorded from a real Mautic to the type the generated client
// declares for it (MauticErrors for an error status), so that compiling it with tsc --strict checks the client's types
// against Mautic's real answers, unknown keys included.
//
// Usage: node type-recorded-answers.js CLIENT_DIR RECORDINGS_DIR OUT_FILE
const fs = require('fs');
const path = require('path');

const [clientDir, recordingsDir, outFile] = process.argv.slice(2);

// typescript-fetch merges the alternatives of an anyOf into one interface (with the last alternative's property
// types), so a contact answer is checked against the variants the spec lists (ContactGetResponse, ContactListItem).
const VARIANTS = {
  ContactGetResponse: "Omit<ContactGetResponse, 'contact'> & { contact: Contact | SelectContact }",
  ContactListResponse:
    "Omit<ContactListResponse, 'contacts'> & { contacts: { [id: string]: Contact | ContactMinimal | SelectContact } }",
};

// "METHOD /path" -> the type of the answer, from the generated API classes.
const answerTypes = {};
for (const file of fs.readdirSync(path.join(clientDir, 'apis')).filter((name) => name.endsWith('Api.ts'))) {
  const source = fs.readFileSync(path.join(clientDir, 'apis', file), 'utf8');
  for (const block of source.split(/\n    async (?=\w+RequestOpts\()/).slice(1)) {
    const urlPath = block.match(/let urlPath = `([^`]*)`;/)[1];
    const method = block.match(/method: '(\w+)'/)[1];
    answerTypes[`${method} ${urlPath}`] = block.match(/Promise<runtime\.ApiResponse<(.+)>> \{/)[1];
  }
}

const lines = [];
const names = new Set(['MauticErrors']);
for (const file of fs.readdirSync(recordingsDir).filter((name) => name.endsWith('.json')).sort()) {
  const recording = JSON.parse(fs.readFileSync(path.join(recordingsDir, file), 'utf8'));
  const answerType = answerTypes[recording.operation];
  if (answerType === undefined) {
    continue;
  }
  const status = recording.response.status;
  const declared = status < 300 ? (VARIANTS[answerType] ?? answerType) : 'MauticErrors';
  (declared.match(/\b[A-Z]\w+/g) ?? []).filter((name) => !['Array', 'Omit'].includes(name)).forEach((name) => names.add(name));
  lines.push(`// ${file}: ${recording.operation} answered ${status}`);
  lines.push(`export const answer${file.slice(0, file.indexOf('-'))}: ${declared} = ${JSON.stringify(recording.response.body)};`);
}
const client = path.relative(path.dirname(outFile), clientDir).split(path.sep).join('/');
fs.writeFileSync(outFile, `import type { ${[...names].sort().join(', ')} } from '${client.startsWith('.') ? client : './' + client}';\n\n${lines.join('\n')}\n`);
console.log(`${lines.length / 2} recorded answers typed`);
