package org.mauticapi.sandbox.field;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * One field of Mautic's field table, contact ({@code object = lead}) or company.
 *
 * @param id the id
 * @param label the label
 * @param alias the alias, the key in payloads
 * @param type the type: text, email, number, boolean, select, multiselect, date,
 * datetime, lookup, ...
 * @param group core, social, personal or professional
 * @param object {@code lead} or {@code company}
 * @param order the display order
 * @param fixed whether Mautic installed it
 * @param properties the decoded type settings (select lists, boolean labels, number
 * scale)
 * @param defaultValue the default value
 * @param flags its yes/no settings
 * @param dateAdded when it was created, null for the installed ones
 */
public record FieldDefinition(long id, String label, String alias, String type, String group, String object, int order,
		boolean fixed, JsonNode properties, @Nullable String defaultValue, FieldFlags flags,
		@Nullable Instant dateAdded) {

	public boolean isContactField() {
		return "lead".equals(this.object);
	}

	public FieldDefinition withOrder(int newOrder) {
		return new FieldDefinition(this.id, this.label, this.alias, this.type, this.group, this.object, newOrder,
				this.fixed, this.properties, this.defaultValue, this.flags, this.dateAdded);
	}

}
