package org.mauticapi.sandbox.contact;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.mauticapi.php.PhpArray;
import org.mauticapi.php.PhpInputLimits;
import org.mauticapi.php.PhpInputReader;
import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.sandbox.field.FieldDefinition;
import org.mauticapi.sandbox.field.FieldStore;
import org.mauticapi.sandbox.search.ContactFieldCatalog;
import org.mauticapi.sandbox.search.ContactQuery;
import org.mauticapi.sandbox.search.MauticQueryException;
import org.mauticapi.sandbox.search.QueryResult;
import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.UserStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * GET /contacts: search, where, order and paging by the list engine, then {@code minimal}
 * or {@code select[]} serialisation; {@code total} is a string and {@code contacts} an
 * object keyed by id ({@code {}} when empty), as Mautic sends them in this list only.
 */
@Service
public class ContactListing {

	private final SandboxState state;

	private final ContactStore contacts;

	private final ContactJson json;

	private final TagStore tags;

	private final UserStore users;

	private final FieldStore fields;

	private final ObjectProvider<ContactSegmentsView> segments;

	private final ObjectProvider<ContactCompaniesView> companies;

	public ContactListing(SandboxState state, ContactStore contacts, ContactJson json, TagStore tags, UserStore users,
			FieldStore fields, ObjectProvider<ContactSegmentsView> segments,
			ObjectProvider<ContactCompaniesView> companies) {
		this.state = state;
		this.contacts = contacts;
		this.json = json;
		this.tags = tags;
		this.users = users;
		this.fields = fields;
		this.segments = segments;
		this.companies = companies;
	}

	// select[] as PHP reads it (select[]=a, select[0]=a and select=a alike).
	private static List<String> selected(Map<String, List<String>> query) {
		Object select = new PhpInputReader(PhpInputLimits.DEFAULTS).readPairs(query).values().get("select");
		if (select instanceof PhpArray list) {
			return list.values().stream().filter(String.class::isInstance).map(String.class::cast).toList();
		}
		return (select instanceof String one) ? List.of(one) : List.of();
	}

	public ResponseEntity<JsonNode> list(Map<String, List<String>> query) {
		List<String> select = selected(query);
		// Mautic cannot build its select without the id column (recording 147).
		if (!select.isEmpty() && !select.contains("id")) {
			throw MauticApiException.serverError();
		}
		SelectColumns.check(select);
		boolean minimal = query.getOrDefault("minimal", List.of())
			.stream()
			.anyMatch((value) -> value.equals("true") || value.equals("1"));
		return this.state.read(() -> {
			QueryResult<SearchableContactView> result = run(query);
			ObjectNode body = JsonNodeFactory.instance.objectNode();
			body.put("total", String.valueOf(result.total()));
			ObjectNode list = body.putObject("contacts");
			for (SearchableContactView view : result.page()) {
				Contact contact = view.contact();
				ObjectNode item = select.isEmpty()
						? (minimal ? this.json.listedMinimal(contact) : this.json.listed(contact))
						: this.json.selectedInList(contact, select, minimal);
				list.set(String.valueOf(contact.id()), item);
			}
			return ResponseEntity.ok(body);
		});
	}

	private QueryResult<SearchableContactView> run(Map<String, List<String>> query) {
		try {
			List<SearchableContactView> views = this.contacts.all().stream().map(this::view).toList();
			return ContactQuery.parse(query).run(views, catalog(), this.users.currentUser().id());
		}
		catch (MauticQueryException ex) {
			throw MauticApiException.serverError();
		}
	}

	private SearchableContactView view(Contact contact) {
		ContactSegmentsView segmentView = this.segments.getIfAvailable();
		ContactCompaniesView companyView = this.companies.getIfAvailable();
		return new SearchableContactView(contact, this.tags,
				(contact.ownerId() != null) ? this.users.find(contact.ownerId()).orElse(null) : null,
				(segmentView != null) ? segmentView.segmentAliasesOf(contact.id()) : Set.of(),
				(companyView != null) ? companyView.companiesOf(contact.id()) : List.of());
	}

	private ContactFieldCatalog catalog() {
		ContactFieldCatalog catalog = ContactFieldCatalog.core();
		for (FieldDefinition field : this.fields.contactFields()) {
			if (!field.fixed()) {
				catalog = catalog.withField(field.alias(), field.group());
			}
		}
		return catalog;
	}

}
