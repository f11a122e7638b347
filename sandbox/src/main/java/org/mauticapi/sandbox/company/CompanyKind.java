package org.mauticapi.sandbox.company;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.entity.EntityKind;
import org.mauticapi.sandbox.entity.EntityNames;
import org.mauticapi.sandbox.entity.FormErrors;
import org.mauticapi.sandbox.error.MauticApiException;
import org.mauticapi.contract.MauticErrors;
import org.mauticapi.sandbox.field.FieldDefinition;
import org.mauticapi.sandbox.field.FieldValues;
import org.mauticapi.sandbox.user.UserStore;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Companies through Mautic's API ({@code /api/companies}, {@code CompanyApiController}):
 * values by field alias, {@code companyname} required, and a new company whose name an
 * existing one has updates that one instead ({@code IdentifyCompanyHelper::findCompany},
 * 200). Lists are keyed by id with a text total.
 */
@Component
class CompanyKind implements EntityKind<Company> {

	private final CompanyStore companies;

	private final CompanyJson json;

	private final UserStore users;

	CompanyKind(CompanyStore companies, CompanyJson json, UserStore users) {
		this.companies = companies;
		this.json = json;
		this.users = users;
	}

	@Override
	public EntityNames names() {
		return EntityNames.of("/companies", "company", "companies")
			.listed(EntityNames.ListStyle.KEYED_BY_ID_TOTAL_AS_TEXT);
	}

	@Override
	public Optional<Company> find(long id) {
		return this.companies.find(id);
	}

	@Override
	public List<Company> all() {
		return this.companies.all();
	}

	@Override
	public long id(Company company) {
		return company.id();
	}

	@Override
	public Optional<Company> existing(JsonNode payload) {
		JsonNode name = payload.path("companyname");
		return (name.isValueNode() && !name.asString("").isBlank()) ? this.companies.findByName(name.asString())
				: Optional.empty();
	}

	@Override
	public Company create(JsonNode payload) {
		Map<String, @Nullable Object> values = read(payload);
		if (values.get("companyname") == null) {
			new FormErrors().add("companyname", "This field is required.").throwIfAny();
		}
		Company company = this.companies.create(this.users.currentUser());
		values.forEach(company::put);
		return company;
	}

	@Override
	public void edit(Company company, JsonNode payload, boolean replace) {
		Map<String, @Nullable Object> values = read(payload);
		if (replace) {
			for (FieldDefinition field : this.json.companyFields()) {
				values.putIfAbsent(field.alias(), null);
			}
		}
		if (values.containsKey("companyname") && values.get("companyname") == null) {
			new FormErrors().add("companyname", "This field is required.").throwIfAny();
		}
		values.forEach(company::put);
		this.companies.modified(company, this.users.currentUser());
	}

	@Override
	public void delete(Company company) {
		this.companies.delete(company);
	}

	@Override
	public ObjectNode json(Company company, View view) {
		return switch (view) {
			case CREATED -> this.json.entity(company);
			case LOADED -> this.json.loaded(company, company.id(), false);
			case LISTED -> this.json.loaded(company, company.id(), true);
			case DELETED -> this.json.loaded(company, null, false);
		};
	}

	/** The company the form refused has no fields.all (a probe of Mautic 5.1.0). */
	@Override
	public ObjectNode refused(Company company, JsonNode payload, boolean replace) {
		ObjectNode json = this.json.loaded(company, company.id(), true);
		((ObjectNode) json.get("fields")).remove("all");
		return json;
	}

	@Override
	public List<String> columns() {
		List<String> columns = new ArrayList<>(List.of("id", "isPublished", "score"));
		this.json.companyFields().forEach((field) -> columns.add(field.alias()));
		return columns;
	}

	@Override
	public @Nullable Object column(Company company, String column) {
		return switch (column) {
			case "id" -> company.id();
			case "isPublished" -> true;
			case "score" -> 0;
			default -> company.value(column);
		};
	}

	@Override
	public List<String> searchColumns() {
		// CompanyRepository::addCatchAllWhereClause
		return List.of("companyname", "companyemail");
	}

	/**
	 * The company values a payload sends; a select without a list of choices takes any
	 * text.
	 */
	private Map<String, @Nullable Object> read(JsonNode payload) {
		Map<String, @Nullable Object> values = new LinkedHashMap<>();
		Map<String, List<String>> errors = new LinkedHashMap<>();
		for (FieldDefinition field : this.json.companyFields()) {
			JsonNode value = payload.get(field.alias());
			if (value == null) {
				continue;
			}
			try {
				boolean freeChoice = field.type().endsWith("select") && field.properties().path("list").isEmpty();
				values.put(field.alias(), (freeChoice && !value.isNull() && !value.asString("").isEmpty())
						? value.asString() : FieldValues.read(field, value));
			}
			catch (FieldValues.InvalidValueException ex) {
				errors.put(field.alias(), List.of(ex.getMessage()));
			}
		}
		if (!errors.isEmpty()) {
			throw new MauticApiException(400, MauticErrors.validation(400, errors));
		}
		return values;
	}

}
