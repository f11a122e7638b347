"""Calls each of the 43 documented operations once with the generated Python client and reads each answer.

Usage: PYTHONPATH=<generated client> python3 tour.py BASE_URL USERNAME PASSWORD

Works against the embedded sandbox and a fresh real Mautic alike: it creates what it needs (contacts, a segment, a
point group), prints one line per operation ("OK <operationId> <status> <what was read>") and deletes its contacts
and segment again. Any exception ends it with status 1.
"""
import json
import sys
import time
import urllib3

import mautic_client
from mautic_client import ContactsApi, SegmentsApi
from mautic_client.exceptions import ApiException
from mautic_client.models import (BatchContactEditItem, ContactPayload, DncAddRequest, PointsChangeRequest,
                                  SegmentContactIds, SegmentCreate, SegmentFlag, SegmentPatch, UtmAddRequest)

base_url, username, password = sys.argv[1:4]
client = mautic_client.ApiClient(mautic_client.Configuration(host=base_url.rstrip("/") + "/api", username=username,
                                                             password=password))
contacts = ContactsApi(client)
segments = SegmentsApi(client)
read = []


def call(operation_id, request, describe):
    response = request()
    print("OK", operation_id, response.status_code, describe(response.data), flush=True)
    read.append(operation_id)
    return response.data


def call_error(operation_id, request, status):
    """An operation whose documented answer is an error: the client raises, with Mautic's error body read."""
    try:
        request()
    except ApiException as error:
        if error.status != status or error.data is None:
            raise
        print("OK", operation_id, error.status, "error:", error.data.errors[0].message, flush=True)
        read.append(operation_id)
        return
    raise AssertionError(operation_id + " answered 2xx, expected " + str(status))


def entries(collection):
    """An id-keyed collection: a map model, an inline map, or [] when empty."""
    value = collection.actual_instance if hasattr(collection, "actual_instance") else collection
    value = value.additional_properties if hasattr(value, "additional_properties") else value
    return value if isinstance(value, dict) else {}


def point_group_id():
    """A point group to score: the documented operations cannot create one, Mautic's points API can."""
    http = urllib3.PoolManager()
    response = http.request("POST", base_url.rstrip("/") + "/api/points/groups/new",
                            body=json.dumps({"name": "Client tour " + stamp}),
                            headers={**urllib3.make_headers(basic_auth=username + ":" + password),
                                     "Content-Type": "application/json"})
    if response.status != 201:
        raise AssertionError("creating a point group answered " + str(response.status))
    return json.loads(response.data)["pointGroup"]["id"]


stamp = str(int(time.time() * 1000))
email = "python-tour-" + stamp + "@example.com"

call("listContactOwners", lambda: contacts.list_contact_owners_with_http_info(), lambda owners: f"{len(owners)} owners")
call("listContactFields", lambda: contacts.list_contact_fields_with_http_info(),
     lambda fields: f"{len(entries(fields))} fields")
call("listUserSegments", lambda: segments.list_user_segments_with_http_info(),
     lambda user_segments: f"{len(entries(user_segments))} segments")

created = call("createContact", lambda: contacts.create_contact_with_http_info(
    ContactPayload(email=email, firstname="Ada", lastname="Tour")), lambda answer: f"contact {answer.contact.id}")
contact_id = created.contact.id
call("getContact", lambda: contacts.get_contact_with_http_info(contact_id),
     lambda answer: answer.contact.actual_instance.fields.all.additional_properties["email"])
call("listContacts", lambda: contacts.list_contacts_with_http_info(limit=100),
     lambda page: f"{len(page.contacts)} of {page.total} contacts")
call("editContact", lambda: contacts.edit_contact_with_http_info(contact_id, ContactPayload(lastname="Edited")),
     lambda answer: answer.contact.fields.all.additional_properties["lastname"])
call("replaceContact", lambda: contacts.replace_contact_with_http_info(
    contact_id, ContactPayload(email=email, firstname="Ada", lastname="Replaced")),
     lambda answer: answer.contact.fields.all.additional_properties["lastname"])

batch = call("createContactsBatch", lambda: contacts.create_contacts_batch_with_http_info(
    [ContactPayload(email="python-batch-" + stamp + "-" + str(n) + "@example.com", firstname="Batch") for n in (1, 2)]),
     lambda answer: f"status codes {answer.status_codes.actual_instance}")
batch_contacts = batch.contacts.actual_instance
batch_ids = [item["id"] for item in (batch_contacts if isinstance(batch_contacts, list) else entries(batch_contacts).values())]
call("editContactsBatch", lambda: contacts.edit_contacts_batch_with_http_info(
    [BatchContactEditItem(id=batch_id, lastname="Batch-edited") for batch_id in batch_ids]),
     lambda answer: f"status codes {answer.status_codes.actual_instance}")
call("replaceContactsBatch", lambda: contacts.replace_contacts_batch_with_http_info(
    [BatchContactEditItem(id=batch_id, firstname="Batch", lastname="Replaced") for batch_id in batch_ids]),
     lambda answer: f"status codes {answer.status_codes.actual_instance}")

call("addContactDoNotContact", lambda: contacts.add_contact_do_not_contact_with_http_info(
    contact_id, "email", DncAddRequest(reason=3, comments="client tour")),
     lambda answer: f"{len(answer.contact.do_not_contact or [])} do-not-contact entries")
call("removeContactDoNotContact", lambda: contacts.remove_contact_do_not_contact_with_http_info(contact_id, "email"),
     lambda answer: f"record found: {answer.record_found}")
utm = call("addContactUtmTags", lambda: contacts.add_contact_utm_tags_with_http_info(
    contact_id, UtmAddRequest(utm_source="client-tour", utm_campaign="clients",
                              useragent="Mozilla/5.0 (X11; Linux x86_64; rv:120.0) Gecko/20100101 Firefox/120.0")),
     lambda answer: f"{len(answer.contact.utmtags)} UTM tag sets")
call("removeContactUtmTag", lambda: contacts.remove_contact_utm_tag_with_http_info(contact_id, utm.contact.utmtags[-1].id),
     lambda answer: f"record found: {answer.record_found}")
call("addContactPoints", lambda: contacts.add_contact_points_with_http_info(
    contact_id, 5, PointsChangeRequest(event_name="Client tour")), lambda answer: f"success {answer.success}")
call("subtractContactPoints", lambda: contacts.subtract_contact_points_with_http_info(contact_id, 2),
     lambda answer: f"success {answer.success}")

group_id = point_group_id()
call("getContactPointGroupScore", lambda: contacts.get_contact_point_group_score_with_http_info(contact_id, group_id),
     lambda answer: f"score {answer.actual_instance}")
for operation_id, change, value in (("addContactPointGroupScore", contacts.add_contact_point_group_score_with_http_info, 10),
                                    ("subtractContactPointGroupScore", contacts.subtract_contact_point_group_score_with_http_info, 2),
                                    ("setContactPointGroupScore", contacts.set_contact_point_group_score_with_http_info, 20),
                                    ("divideContactPointGroupScore", contacts.divide_contact_point_group_score_with_http_info, 2),
                                    ("multiplyContactPointGroupScore", contacts.multiply_contact_point_group_score_with_http_info, 3)):
    call(operation_id, lambda: change(contact_id, group_id, value), lambda answer: f"score {answer.group_score.score}")
call("listContactPointGroupScores", lambda: contacts.list_contact_point_group_scores_with_http_info(contact_id),
     lambda answer: f"{len(answer.group_scores)} group scores")

call("listContactNotes", lambda: contacts.list_contact_notes_with_http_info(contact_id),
     lambda answer: f"{answer.total} notes")
call("listContactSegments", lambda: contacts.list_contact_segments_with_http_info(contact_id),
     lambda answer: f"{len(entries(answer.lists))} segments")
call("listContactCampaigns", lambda: contacts.list_contact_campaigns_with_http_info(contact_id),
     lambda answer: f"{len(entries(answer.campaigns))} campaigns")
call_error("getContactEvents", lambda: contacts.get_contact_events_with_http_info(contact_id), 404)
call("listContactActivity", lambda: contacts.list_contact_activity_with_http_info(contact_id),
     lambda page: f"{len(page.events)} of {page.total} events")
call("listActivity", lambda: contacts.list_activity_with_http_info(), lambda page: f"{len(page.events)} of {page.total} events")
call("listContactCompanies", lambda: contacts.list_contact_companies_with_http_info(contact_id),
     lambda answer: f"{answer.total} companies")
call("listContactDevices", lambda: contacts.list_contact_devices_with_http_info(contact_id),
     lambda answer: f"{answer.total} devices")

segment = call("createSegment", lambda: segments.create_segment_with_http_info(
    SegmentCreate(name="Python tour " + stamp, is_published=SegmentFlag(True), filters=[])),
    lambda answer: f"segment {answer.list.id}")
segment_id = segment.list.id
call("getSegment", lambda: segments.get_segment_with_http_info(segment_id), lambda answer: answer.list.name)
call("listSegments", lambda: segments.list_segments_with_http_info(limit=100),
     lambda page: f"{len(entries(page.lists))} of {page.total} segments")
call("editSegment", lambda: segments.edit_segment_with_http_info(segment_id, SegmentPatch(description="Edited")),
     lambda answer: answer.list.description)
call("replaceSegment", lambda: segments.replace_segment_with_http_info(
    segment_id, SegmentCreate(name="Python tour " + stamp + " replaced", is_published=SegmentFlag(True))),
    lambda answer: answer.list.name)
call("addContactToSegment", lambda: segments.add_contact_to_segment_with_http_info(segment_id, contact_id),
     lambda answer: f"success {answer.success}")
call("addContactsToSegment", lambda: segments.add_contacts_to_segment_with_http_info(
    segment_id, SegmentContactIds(ids=batch_ids)), lambda answer: f"details {answer.details}")
call("removeContactFromSegment", lambda: segments.remove_contact_from_segment_with_http_info(segment_id, contact_id),
     lambda answer: f"success {answer.success}")
call("deleteSegment", lambda: segments.delete_segment_with_http_info(segment_id), lambda answer: answer.list.name)

call("deleteContactsBatch", lambda: contacts.delete_contacts_batch_with_http_info(",".join(map(str, batch_ids))),
     lambda answer: f"deleted {len(answer.contacts.actual_instance)}")
call("deleteContact", lambda: contacts.delete_contact_with_http_info(contact_id),
     lambda answer: answer.contact.fields.all.additional_properties["email"])
print(len(read), "operations read")
