import { graphql } from './gql/index.js';
import { execute } from './client.js';

// The README's queries and a round of mutations, each a typed document: a field that does not exist, or a result
// read as the wrong type, fails the compilation.
const contactQuery = graphql(`
  query ReadmeContact($id: ID!) {
    contact(id: $id) { email points tags segments { name } }
  }
`);

const segmentQuery = graphql(`
  query ReadmeSegment {
    segment(alias: "vip-customers") {
      name
      contacts(first: 20) {
        totalCount
        nodes { email points tags segments { name } activity(first: 5) { nodes { event eventType timestamp } } }
      }
    }
  }
`);

const createContact = graphql(`
  mutation TypedCreateContact($contact: ContactInput!) {
    createContact(contact: $contact) { id email firstname tags }
  }
`);

const updateContact = graphql(`
  mutation TypedUpdateContact($id: ID!, $contact: ContactInput!) {
    updateContact(id: $id, contact: $contact) { id city }
  }
`);

const deleteContact = graphql(`
  mutation TypedDeleteContact($id: ID!) {
    deleteContact(id: $id) { id email }
  }
`);

const gatewayUrl = process.argv[2];
const contact = await execute(gatewayUrl, contactQuery, { id: '1' });
const segment = await execute(gatewayUrl, segmentQuery);
const created = await execute(gatewayUrl, createContact, {
  contact: { email: 'typed.client@example.com', firstname: 'Typed', tags: ['typed'] },
});
const id: string = created.createContact!.id;
const updated = await execute(gatewayUrl, updateContact, { id, contact: { city: 'Basel' } });
const deleted = await execute(gatewayUrl, deleteContact, { id });
const firstContact = segment.segment?.contacts?.nodes[0];
const eventTypes: string[] = firstContact?.activity?.nodes.map((event) => event.eventType) ?? [];
console.log(JSON.stringify({
  contactEmail: contact.contact?.email,
  contactPoints: contact.contact?.points,
  segmentName: segment.segment?.name,
  segmentTotal: segment.segment?.contacts?.totalCount,
  firstContactEventTypes: eventTypes.length,
  createdEmail: created.createContact?.email,
  updatedCity: updated.updateContact?.city,
  deletedId: deleted.deleteContact?.id === id,
}));
