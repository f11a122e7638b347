package org.mauticapi.sandbox.api;

import java.util.List;

import org.mauticapi.sandbox.activity.ActivityService;
import org.mauticapi.sandbox.campaign.CampaignService;
import org.mauticapi.sandbox.company.CompanyService;
import org.mauticapi.sandbox.contact.ContactListing;
import org.mauticapi.sandbox.contact.ContactService;
import org.mauticapi.sandbox.contact.ContactWriter;
import org.mauticapi.sandbox.device.DeviceService;
import org.mauticapi.sandbox.dnc.DoNotContactService;
import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.contract.MauticErrors;
import org.mauticapi.sandbox.field.FieldListing;
import org.mauticapi.sandbox.note.NoteService;
import org.mauticapi.sandbox.owner.OwnerService;
import org.mauticapi.sandbox.pointgroup.PointGroupService;
import org.mauticapi.sandbox.points.PointsService;
import org.mauticapi.sandbox.segment.SegmentService;
import org.mauticapi.sandbox.utm.UtmService;
import org.mauticapi.spec.server.api.ContactsApi;
import org.mauticapi.spec.server.model.OrderClause;
import org.mauticapi.spec.server.model.WhereClause;
import reactor.core.publisher.Mono;
import tools.jackson.databind.JsonNode;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ServerWebExchange;

/**
 * The 33 contact operations of the contract.
 */
@RestController
public class ContactsApiController implements ContactsApi {

	private final ContactService contacts;

	private final ContactListing listing;

	private final DoNotContactService doNotContact;

	private final UtmService utm;

	private final PointsService points;

	private final PointGroupService pointGroups;

	private final OwnerService owners;

	private final FieldListing fields;

	private final NoteService notes;

	private final DeviceService devices;

	private final CompanyService companies;

	private final CampaignService campaigns;

	private final ActivityService activity;

	private final SegmentService segments;

	public ContactsApiController(ContactService contacts, ContactListing listing, DoNotContactService doNotContact,
			UtmService utm, PointsService points, PointGroupService pointGroups, OwnerService owners,
			FieldListing fields, NoteService notes, DeviceService devices, CompanyService companies,
			CampaignService campaigns, ActivityService activity, SegmentService segments) {
		this.contacts = contacts;
		this.listing = listing;
		this.doNotContact = doNotContact;
		this.utm = utm;
		this.points = points;
		this.pointGroups = pointGroups;
		this.owners = owners;
		this.fields = fields;
		this.notes = notes;
		this.devices = devices;
		this.companies = companies;
		this.campaigns = campaigns;
		this.activity = activity;
		this.segments = segments;
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> getContact(Long id, List<String> select, ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> this.contacts.get(id, Requests.list(exchange, "select")));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> listContacts(String search, Integer start, Integer limit, String orderBy,
			String orderByDir, Boolean published, Boolean publishedOnly, Boolean minimal, List<WhereClause> where,
			List<OrderClause> order, List<String> select, ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> this.listing.list(Requests.query(exchange)));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> createContact(Mono<JsonNode> body, ServerWebExchange exchange) {
		return Requests.body(body).map(this.contacts::create);
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> createContactsBatch(Mono<List<JsonNode>> body, ServerWebExchange exchange) {
		return Requests.batch(body).map(this.contacts::createBatch);
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> editContact(Long id, Mono<JsonNode> body, ServerWebExchange exchange) {
		return Requests.body(body).map((payload) -> this.contacts.edit(id, payload));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> replaceContact(Long id, Mono<JsonNode> body, ServerWebExchange exchange) {
		return Requests.body(body).map((payload) -> this.contacts.replace(id, payload));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> editContactsBatch(Mono<List<JsonNode>> body, ServerWebExchange exchange) {
		return Requests.batch(body).map((payload) -> this.contacts.editBatch(payload, ContactWriter.Mode.UPDATE));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> replaceContactsBatch(Mono<List<JsonNode>> body, ServerWebExchange exchange) {
		return Requests.batch(body).map((payload) -> this.contacts.editBatch(payload, ContactWriter.Mode.REPLACE));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> deleteContact(Long id, ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> this.contacts.delete(id));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> deleteContactsBatch(String ids, ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> this.contacts.deleteBatch(ids));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> addContactDoNotContact(Long id, String channel, Mono<JsonNode> body,
			ServerWebExchange exchange) {
		return Requests.body(body).map((payload) -> this.doNotContact.add(id, channel, payload));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> removeContactDoNotContact(Long id, String channel,
			ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> this.doNotContact.remove(id, channel));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> addContactUtmTags(Long id, Mono<JsonNode> body, ServerWebExchange exchange) {
		return Requests.body(body).map((payload) -> this.utm.add(id, payload));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> removeContactUtmTag(Long id, Long utmId, ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> this.utm.remove(id, utmId));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> addContactPoints(Long id, Integer value, Mono<JsonNode> body,
			ServerWebExchange exchange) {
		return Requests.body(body).map((payload) -> this.points.change(id, "plus", value, payload));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> subtractContactPoints(Long id, Integer value, Mono<JsonNode> body,
			ServerWebExchange exchange) {
		return Requests.body(body).map((payload) -> this.points.change(id, "minus", value, payload));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> listContactPointGroupScores(Long id, ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> this.pointGroups.list(id));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> getContactPointGroupScore(Long id, Long groupId, ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> this.pointGroups.get(id, groupId));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> addContactPointGroupScore(Long id, Long groupId, Integer value,
			Mono<JsonNode> body, ServerWebExchange exchange) {
		return groupScore(id, groupId, "plus", value, body);
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> subtractContactPointGroupScore(Long id, Long groupId, Integer value,
			Mono<JsonNode> body, ServerWebExchange exchange) {
		return groupScore(id, groupId, "minus", value, body);
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> setContactPointGroupScore(Long id, Long groupId, Integer value,
			Mono<JsonNode> body, ServerWebExchange exchange) {
		return groupScore(id, groupId, "set", value, body);
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> divideContactPointGroupScore(Long id, Long groupId, Integer value,
			Mono<JsonNode> body, ServerWebExchange exchange) {
		return groupScore(id, groupId, "divide", value, body);
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> multiplyContactPointGroupScore(Long id, Long groupId, Integer value,
			Mono<JsonNode> body, ServerWebExchange exchange) {
		return groupScore(id, groupId, "times", value, body);
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> listContactOwners(String filter, Integer limit, Integer start,
			ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> this.owners.list(filter, limit, start));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> listContactFields(ServerWebExchange exchange) {
		return Mono.fromSupplier(this.fields::list);
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> listContactNotes(Long id, String search, Integer start, Integer limit,
			String orderBy, String orderByDir, ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> this.notes.list(id, Requests.query(exchange)));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> listContactSegments(Long id, ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> this.segments.contactSegments(id));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> listContactCampaigns(Long id, ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> this.campaigns.listForContact(id));
	}

	// Documented, deprecated, and not routed by Mautic 5.1 (recordings 315, 316).
	@Override
	public Mono<ResponseEntity<JsonNode>> getContactEvents(Long id, String filtersSearch,
			List<String> filtersIncludeEvents, List<String> filtersExcludeEvents, String filtersDateFrom,
			String filtersDateTo, String order0, String order1, Integer page, ServerWebExchange exchange) {
		return Mono.error(new MauticApiException(404,
				MauticErrors.kernel(404, "Requested URL not found: " + exchange.getRequest().getPath().value())));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> listContactActivity(Long id, String filtersSearch,
			List<String> filtersIncludeEvents, List<String> filtersExcludeEvents, String filtersDateFrom,
			String filtersDateTo, String order0, String order1, Integer page, Integer limit,
			ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> this.activity.forContact(id, Requests.query(exchange)));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> listActivity(String filtersSearch, List<String> filtersIncludeEvents,
			List<String> filtersExcludeEvents, String filtersDateFrom, String filtersDateTo, String order0,
			String order1, Integer page, Integer limit, ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> this.activity.forAll(Requests.query(exchange)));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> listContactCompanies(Long id, ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> this.companies.listForContact(id));
	}

	@Override
	public Mono<ResponseEntity<JsonNode>> listContactDevices(Long id, String search, Integer start, Integer limit,
			String orderBy, String orderByDir, ServerWebExchange exchange) {
		return Mono.fromSupplier(() -> this.devices.list(id, Requests.query(exchange)));
	}

	private Mono<ResponseEntity<JsonNode>> groupScore(Long id, Long groupId, String operator, Integer value,
			Mono<JsonNode> body) {
		return Requests.body(body).map((payload) -> this.pointGroups.change(id, groupId, operator, value, payload));
	}

}
