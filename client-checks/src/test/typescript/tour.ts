// Calls each of the 43 documented operations once with the generated TypeScript client and reads each answer.
//
// Usage: node tour.js BASE_URL USERNAME PASSWORD (compiled with the client under tsc --strict)
//
// Works against the embedded sandbox and a fresh real Mautic alike: it creates what it needs (contacts, a segment,
// a point group), prints one line per operation ("OK <operationId> <status> <what was read>") and deletes its contacts
// and segment again. Any error ends it with status 1.
import {
  ApiResponse,
  BatchContactsResponse,
  Configuration,
  ContactsApi,
  MauticErrors,
  ResponseError,
  SegmentsApi,
} from './client';

// Node's own globals, declared here so that compiling needs no @types/node.
declare const process: { argv: string[]; exit(code: number): never };

const [baseUrl, username, password] = process.argv.slice(2);
const api = baseUrl.replace(/\/+$/, '') + '/api';
const configuration = new Configuration({ basePath: api, username, password });
const contacts = new ContactsApi(configuration);
const segments = new SegmentsApi(configuration);
const read: string[] = [];

async function call<T>(operationId: string, request: () => Promise<ApiResponse<T>>, describe: (value: T) => string): Promise<T> {
  const response = await request();
  const value = await response.value();
  console.log('OK', operationId, response.raw.status, describe(value));
  read.push(operationId);
  return value;
}

// An operation whose documented answer is an error: the client throws, and Mautic's error body is read.
async function callError(operationId: string, request: () => Promise<unknown>, status: number): Promise<void> {
  try {
    await request();
  } catch (error) {
    if (!(error instanceof ResponseError) || error.response.status !== status) {
      throw error;
    }
    const body = (await error.response.json()) as MauticErrors;
    console.log('OK', operationId, status, 'error:', body.errors[0].message);
    read.push(operationId);
    return;
  }
  throw new Error(`${operationId} answered 2xx, expected ${status}`);
}

function fail(expectation: string): never {
  throw new Error(`Expected ${expectation}`);
}

// An id-keyed collection, or Mautic's [] when it is empty.
function entries<T>(collection: Array<unknown> | { [key: string]: T }): T[] {
  return Array.isArray(collection) ? [] : Object.values(collection);
}

function ids(batch: BatchContactsResponse): number[] {
  const items = Array.isArray(batch.contacts) ? batch.contacts : Object.values(batch.contacts);
  return items.map((item) => (item as { id: number }).id);
}

// A point group to score: the documented operations cannot create one, Mautic's points API can.
async function pointGroupId(stamp: string): Promise<number> {
  const response = await fetch(`${api}/points/groups/new`, {
    method: 'POST',
    headers: {
      Authorization: `Basic ${btoa(`${username}:${password}`)}`,
      'Content-Type': 'application/json',
    },
    body: JSON.stringify({ name: `Client tour ${stamp}` }),
  });
  if (response.status !== 201) {
    throw new Error(`creating a point group answered ${response.status}`);
  }
  return ((await response.json()) as { pointGroup: { id: number } }).pointGroup.id;
}

async function tour(): Promise<void> {
  const stamp = String(Date.now());
  const email = `typescript-tour-${stamp}@example.com`;

  await call('listContactOwners', () => contacts.listContactOwnersRaw({}), (owners) => `${owners.length} owners`);
  await call('listContactFields', () => contacts.listContactFieldsRaw(), (fields) => `${Object.keys(fields).length} fields`);
  await call('listUserSegments', () => segments.listUserSegmentsRaw(), (map) => `${entries(map).length} segments`);

  const created = await call('createContact', () => contacts.createContactRaw({ contactPayload: { email, firstname: 'Ada', lastname: 'Tour' } }),
    (answer) => `contact ${answer.contact.id}`);
  const id = created.contact.id ?? fail('a created contact has an id');
  await call('getContact', () => contacts.getContactRaw({ id }), (answer) => String(answer.contact.fields.all['email']));
  await call('listContacts', () => contacts.listContactsRaw({ limit: 100 }),
    (page) => `${Object.keys(page.contacts).length} of ${page.total} contacts`);
  await call('editContact', () => contacts.editContactRaw({ id, contactPayload: { lastname: 'Edited' } }),
    (answer) => String(answer.contact.fields.all?.['lastname']));
  await call('replaceContact', () => contacts.replaceContactRaw({ id, contactPayload: { email, firstname: 'Ada', lastname: 'Replaced' } }),
    (answer) => String(answer.contact.fields.all?.['lastname']));

  const batch = await call('createContactsBatch', () => contacts.createContactsBatchRaw({
    contactPayload: [1, 2].map((n) => ({ email: `typescript-batch-${stamp}-${n}@example.com`, firstname: 'Batch' })),
  }), (answer) => `status codes ${JSON.stringify(answer.statusCodes)}`);
  const batchIds = ids(batch);
  await call('editContactsBatch', () => contacts.editContactsBatchRaw({
    batchContactEditItem: batchIds.map((batchId) => ({ id: batchId, lastname: 'Batch-edited' })),
  }), (answer) => `status codes ${JSON.stringify(answer.statusCodes)}`);
  await call('replaceContactsBatch', () => contacts.replaceContactsBatchRaw({
    batchContactEditItem: batchIds.map((batchId) => ({ id: batchId, firstname: 'Batch', lastname: 'Replaced' })),
  }), (answer) => `status codes ${JSON.stringify(answer.statusCodes)}`);

  await call('addContactDoNotContact', () => contacts.addContactDoNotContactRaw({ id, channel: 'email', dncAddRequest: { reason: 3, comments: 'client tour' } }),
    (answer) => `${(answer.contact.doNotContact ?? []).length} do-not-contact entries`);
  await call('removeContactDoNotContact', () => contacts.removeContactDoNotContactRaw({ id, channel: 'email' }),
    (answer) => `record found: ${answer.recordFound}`);
  const utm = await call('addContactUtmTags', () => contacts.addContactUtmTagsRaw({
    id,
    utmAddRequest: { utm_source: 'client-tour', utm_campaign: 'clients', useragent: 'Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0' },
  }), (answer) => `${(answer.contact.utmtags ?? []).length} UTM tag sets`);
  const utmTags = utm.contact.utmtags ?? [];
  await call('removeContactUtmTag', () => contacts.removeContactUtmTagRaw({ id, utmId: utmTags[utmTags.length - 1].id }),
    (answer) => `record found: ${answer.recordFound}`);
  await call('addContactPoints', () => contacts.addContactPointsRaw({ id, points: 5, pointsChangeRequest: { eventName: 'Client tour' } }),
    (answer) => `success ${answer.success}`);
  await call('subtractContactPoints', () => contacts.subtractContactPointsRaw({ id, points: 2 }), (answer) => `success ${answer.success}`);

  const groupId = await pointGroupId(stamp);
  await call('getContactPointGroupScore', () => contacts.getContactPointGroupScoreRaw({ id, groupId }),
    (answer) => (Array.isArray(answer) ? 'no score yet' : `score ${answer.groupScore.score}`));
  const changes = [
    ['addContactPointGroupScore', contacts.addContactPointGroupScoreRaw, 10],
    ['subtractContactPointGroupScore', contacts.subtractContactPointGroupScoreRaw, 2],
    ['setContactPointGroupScore', contacts.setContactPointGroupScoreRaw, 20],
    ['divideContactPointGroupScore', contacts.divideContactPointGroupScoreRaw, 2],
    ['multiplyContactPointGroupScore', contacts.multiplyContactPointGroupScoreRaw, 3],
  ] as const;
  for (const [operationId, change, value] of changes) {
    await call(operationId, () => change.call(contacts, { id, groupId, value }), (answer) => `score ${answer.groupScore.score}`);
  }
  await call('listContactPointGroupScores', () => contacts.listContactPointGroupScoresRaw({ id }),
    (answer) => `${answer.groupScores.length} group scores`);

  await call('listContactNotes', () => contacts.listContactNotesRaw({ id }), (answer) => `${answer.total} notes`);
  await call('listContactSegments', () => contacts.listContactSegmentsRaw({ id }), (answer) => `${entries(answer.lists).length} segments`);
  await call('listContactCampaigns', () => contacts.listContactCampaignsRaw({ id }), (answer) => `${entries(answer.campaigns).length} campaigns`);
  await callError('getContactEvents', () => contacts.getContactEventsRaw({ id }), 404);
  await call('listContactActivity', () => contacts.listContactActivityRaw({ id }), (page) => `${page.events.length} of ${page.total} events`);
  await call('listActivity', () => contacts.listActivityRaw({}), (page) => `${page.events.length} of ${page.total} events`);
  await call('listContactCompanies', () => contacts.listContactCompaniesRaw({ id }), (answer) => `${answer.total} companies`);
  await call('listContactDevices', () => contacts.listContactDevicesRaw({ id }), (answer) => `${answer.total} devices`);

  const segment = await call('createSegment', () => segments.createSegmentRaw({
    segmentCreate: { name: `TypeScript tour ${stamp}`, isPublished: true, filters: [] },
  }), (answer) => `segment ${answer.list.id}`);
  const segmentId = segment.list.id;
  await call('getSegment', () => segments.getSegmentRaw({ id: segmentId }), (answer) => answer.list.name);
  await call('listSegments', () => segments.listSegmentsRaw({ limit: 100 }), (page) => `${entries(page.lists).length} of ${page.total} segments`);
  await call('editSegment', () => segments.editSegmentRaw({ id: segmentId, segmentPatch: { description: 'Edited' } }),
    (answer) => String(answer.list.description));
  await call('replaceSegment', () => segments.replaceSegmentRaw({ id: segmentId, segmentCreate: { name: `TypeScript tour ${stamp} replaced`, isPublished: true } }),
    (answer) => answer.list.name);
  await call('addContactToSegment', () => segments.addContactToSegmentRaw({ id: segmentId, contactId: id }), (answer) => `success ${answer.success}`);
  await call('addContactsToSegment', () => segments.addContactsToSegmentRaw({ id: segmentId, segmentContactIds: { ids: batchIds } }),
    (answer) => `details ${JSON.stringify(answer.details)}`);
  await call('removeContactFromSegment', () => segments.removeContactFromSegmentRaw({ id: segmentId, contactId: id }),
    (answer) => `success ${answer.success}`);
  await call('deleteSegment', () => segments.deleteSegmentRaw({ id: segmentId }), (answer) => answer.list.name);

  await call('deleteContactsBatch', () => contacts.deleteContactsBatchRaw({ ids: batchIds.join(',') }),
    (answer) => `deleted ${Array.isArray(answer.contacts) ? answer.contacts.length : Object.keys(answer.contacts).length}`);
  await call('deleteContact', () => contacts.deleteContactRaw({ id }), (answer) => String(answer.contact.fields.all?.['email']));
  console.log(read.length, 'operations read');
}

tour().catch((error: unknown) => {
  console.error(error instanceof ResponseError ? `${error.message}: ${error.response.status} ${error.response.url}` : error);
  process.exit(1);
});
