package org.mauticapi.sandbox.company;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import org.jspecify.annotations.Nullable;

import org.mauticapi.sandbox.field.FieldDefinition;
import org.mauticapi.sandbox.field.FieldStore;
import org.mauticapi.sandbox.field.FieldValues;
import org.mauticapi.sandbox.field.PhpSerializer;
import org.mauticapi.sandbox.state.SandboxState;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Serialises companies in Mautic's two shapes: the entity a create answers ({@code id},
 * {@code score} and the fields by group plus {@code all}, recording 014) and the raw
 * database row {@code GET /contacts/{id}/companies} lists (every value a string, SQL
 * dates, null columns left out, recording 318). Call under the state's lock.
 */
@Component
public class CompanyJson {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	/**
	 * The groups of a company's {@code fields} as a create answers them, in Mautic's
	 * order (recording 014).
	 */
	private static final List<String> GROUPS = List.of("core", "professional", "social", "personal");

	/**
	 * The groups a company read back adds after those its fields fill
	 * ({@code CompanyRepository::getFieldGroups}).
	 */
	private static final List<String> LOADED_GROUPS = List.of("core", "professional", "other");

	/**
	 * The installed company fields in the order of a fresh 5.1.0's {@code companies}
	 * columns.
	 */
	private static final List<String> INSTALLED_COLUMNS = List.of("companyemail", "companyaddress1", "companyaddress2",
			"companyphone", "companycity", "companystate", "companyzipcode", "companycountry", "companyname",
			"companywebsite", "companyindustry", "companydescription", "companynumber_of_employees", "companyfax",
			"companyannual_revenue");

	private final FieldStore fields;

	public CompanyJson(FieldStore fields) {
		this.fields = fields;
	}

	/** The company fields, in display order. */
	List<FieldDefinition> companyFields() {
		return this.fields.allFields().stream().filter((field) -> "company".equals(field.object())).toList();
	}

	/** The entity, as {@code POST /companies/new} answers it. */
	public ObjectNode entity(Company company) {
		ObjectNode json = JSON.objectNode().put("id", company.id()).put("score", 0);
		ObjectNode groups = json.putObject("fields");
		ObjectNode all = JSON.objectNode().put("id", company.id());
		List<FieldDefinition> definitions = companyFields();
		for (String group : GROUPS) {
			ObjectNode entries = JSON.objectNode();
			for (FieldDefinition field : definitions) {
				if (!field.group().equals(group)) {
					continue;
				}
				Object value = company.value(field.alias());
				ObjectNode entry = entries.putObject(field.alias());
				entry.put("id", field.id()).put("group", field.group()).put("label", field.label());
				entry.put("alias", field.alias()).put("type", field.type());
				entry.set("value", FieldValues.plain(value));
				entry.set("normalizedValue", (value == null) ? JSON.stringNode("") : FieldValues.plain(value));
			}
			groups.set(group, entries.isEmpty() ? JSON.arrayNode() : entries);
		}
		for (String group : GROUPS) {
			definitions.stream()
				.filter((field) -> field.group().equals(group))
				.forEach((field) -> all.set(field.alias(), FieldValues.plain(company.value(field.alias()))));
		}
		groups.set("all", all);
		return json;
	}

	/**
	 * The entity as read back (get, edits, delete; lists and batch answers with
	 * {@code columnOrder}): fields as the database gives them (string ids, PHP-serialised
	 * properties), in display or column order, groups as the fields fill them, then
	 * {@code other}.
	 * @param company the company
	 * @param id the id to show, null once deleted
	 * @param columnOrder whether the fields come in the table's column order (lists)
	 * rather than display order
	 * @return the JSON
	 */
	public ObjectNode loaded(Company company, @Nullable Long id, boolean columnOrder) {
		List<FieldDefinition> definitions = companyFields();
		if (columnOrder) {
			definitions = inColumnOrder(definitions);
		}
		java.util.LinkedHashSet<String> groupOrder = new java.util.LinkedHashSet<>();
		definitions.forEach((field) -> groupOrder.add(field.group()));
		groupOrder.addAll(LOADED_GROUPS);
		ObjectNode json = JSON.objectNode().put("id", id).put("score", 0);
		ObjectNode groups = json.putObject("fields");
		ObjectNode all = JSON.objectNode().put("id", id);
		for (String group : groupOrder) {
			ObjectNode entries = JSON.objectNode();
			for (FieldDefinition field : definitions) {
				if (field.group().equals(group)) {
					Object value = company.value(field.alias());
					ObjectNode entry = entries.putObject(field.alias());
					entry.put("id", String.valueOf(field.id())).put("label", field.label()).put("alias", field.alias());
					entry.put("type", field.type()).put("group", field.group()).put("object", field.object());
					entry.put("is_fixed", field.fixed() ? "1" : "0");
					entry.put("properties", PhpSerializer.serialize(field.properties()));
					entry.put("default_value", field.defaultValue());
					entry.set("value", FieldValues.loaded(value));
					entry.set("normalizedValue", FieldValues.normalized(field, value));
					all.set(field.alias(), FieldValues.loaded(value));
				}
			}
			groups.set(group, entries.isEmpty() ? JSON.arrayNode() : entries);
		}
		groups.set("all", all);
		return json;
	}

	private static List<FieldDefinition> inColumnOrder(List<FieldDefinition> definitions) {
		return definitions.stream()
			.sorted(Comparator
				.comparingInt((FieldDefinition field) -> (field.dateAdded() == null)
						? INSTALLED_COLUMNS.indexOf(field.alias()) : INSTALLED_COLUMNS.size())
				.thenComparingLong(FieldDefinition::id))
			.toList();
	}

	/**
	 * The row of a contact's company: the link's columns, then the company's, all as
	 * strings.
	 */
	public ObjectNode row(Company company, CompanyLink link) {
		ObjectNode row = JSON.objectNode();
		row.put("company_id", String.valueOf(company.id()));
		row.put("date_associated", SandboxState.sql(link.dateAssociated()));
		row.put("is_primary", link.primary() ? "1" : "0");
		row.put("id", String.valueOf(company.id()));
		row.put("is_published", "1");
		row.put("date_added", SandboxState.sql(company.dateAdded()));
		row.put("created_by", String.valueOf(company.createdBy()));
		row.put("created_by_user", company.createdByUser());
		// null columns are left out; an edited company has its modifier (99-fresh
		// company-membership)
		if (company.dateModified() != null) {
			row.put("date_modified", SandboxState.sql(company.dateModified()));
			row.put("modified_by", String.valueOf(company.modifiedBy()));
			row.put("modified_by_user", company.modifiedByUser());
		}
		row.put("social_cache", "a:0:{}");
		row.put("score", "0");
		inColumnOrder(companyFields()).stream()
			.filter((field) -> company.value(field.alias()) != null)
			.forEach((field) -> row.put(field.alias(), text(company.value(field.alias()))));
		return row;
	}

	private static String text(Object value) {
		if (value instanceof BigDecimal number) {
			return number.toPlainString();
		}
		if (value instanceof Boolean bool) {
			return bool ? "1" : "0";
		}
		return value.toString();
	}

}
