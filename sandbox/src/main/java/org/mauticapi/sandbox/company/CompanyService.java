package org.mauticapi.sandbox.company;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactStore;
import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.contract.MauticErrors;
import org.mauticapi.sandbox.field.FieldDefinition;
import org.mauticapi.sandbox.field.FieldValues;
import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.UserStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Service;

/**
 * Companies and their contacts: the raw rows per contact, adding and removing a contact.
 */
@Service
public class CompanyService {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private final SandboxState state;

	private final CompanyStore companies;

	private final CompanyJson json;

	private final ContactStore contacts;

	private final UserStore users;

	public CompanyService(SandboxState state, CompanyStore companies, CompanyJson json, ContactStore contacts,
			UserStore users) {
		this.state = state;
		this.companies = companies;
		this.json = json;
		this.contacts = contacts;
		this.users = users;
	}

	/**
	 * {@code GET /contacts/{id}/companies}: the contact's companies as raw rows,
	 * {@code total} an integer.
	 */
	public ResponseEntity<JsonNode> listForContact(long id) {
		return this.state.read(() -> {
			this.contacts.get(id);
			ObjectNode body = JSON.objectNode();
			List<CompanyLink> links = this.companies.linksOf(id);
			body.put("total", links.size());
			ArrayNode rows = body.putArray("companies");
			for (CompanyLink link : links) {
				this.companies.find(link.companyId()).ifPresent((company) -> rows.add(this.json.row(company, link)));
			}
			return ResponseEntity.ok(body);
		});
	}

	/**
	 * {@code POST /companies/{id}/contact/{contactId}/add}: {@code {"success": 1}}, 404
	 * for a missing id.
	 */
	public ResponseEntity<JsonNode> addContact(long companyId, long contactId) {
		return this.state.write(() -> {
			Company company = this.companies.find(companyId).orElseThrow(MauticApiException::notFound);
			Contact contact = this.contacts.get(contactId);
			this.companies.addContact(company, contact);
			return ResponseEntity.ok(JSON.objectNode().put("success", 1));
		});
	}

	/**
	 * {@code POST /companies/{id}/contact/{contactId}/remove}: {@code {"success": 1}},
	 * also when the contact was not in the company; 404 for a missing id.
	 */
	public ResponseEntity<JsonNode> removeContact(long companyId, long contactId) {
		return this.state.write(() -> {
			Company company = this.companies.find(companyId).orElseThrow(MauticApiException::notFound);
			Contact contact = this.contacts.get(contactId);
			this.companies.removeContact(company, contact);
			return ResponseEntity.ok(JSON.objectNode().put("success", 1));
		});
	}

}
