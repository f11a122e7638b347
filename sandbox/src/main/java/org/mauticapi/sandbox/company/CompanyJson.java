package org.mauticapi.sandbox.company;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;

import org.mauticapi.sandbox.field.FieldDefinition;
import org.mauticapi.sandbox.field.FieldStore;
import org.mauticapi.sandbox.field.FieldValues;
import org.mauticapi.sandbox.state.SandboxState;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Serialises companies in Mautic's two shapes: the entity a create answers ({@code id}, {@code score} and the
 * fields by group plus {@code all}, recording 014) and the raw database row {@code GET /contacts/{id}/companies}
 * lists (every value a string, SQL dates, null columns left out, recording 318). Call under the state's lock.
 */
@Component
public class CompanyJson {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	/** The groups of a company's {@code fields}, in Mautic's order (recording 014). */
	private static final List<String> GROUPS = List.of("core", "professional", "social", "personal");

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

	/** The row of a contact's company: the link's columns, then the company's, all as strings. */
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
		row.put("social_cache", "a:0:{}");
		row.put("score", "0");
		companyFields().stream()
			.sorted(Comparator.comparingLong(FieldDefinition::id))
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
