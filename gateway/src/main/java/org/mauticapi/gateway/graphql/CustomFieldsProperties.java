package org.mauticapi.gateway.graphql;

import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Typed GraphQL fields for the custom fields of the default upstream
 * ({@code mautic.graphql.custom-fields.*}).
 *
 * @param typed whether to read the contact fields from {@code /api/contacts/list/fields}
 * at start-up and give each custom field a typed field on {@code Contact} and the contact
 * inputs; the start fails when they cannot be read
 * @param username the Mautic user that reads them when the default upstream is in
 * passthrough mode (there are no caller credentials at start-up); in service mode the
 * gateway's own credentials are used
 * @param password that user's password
 */
@ConfigurationProperties("mautic.graphql.custom-fields")
public record CustomFieldsProperties(@DefaultValue("false") boolean typed, @Nullable String username,
		@Nullable String password) {

	@Override
	public String toString() {
		return "CustomFieldsProperties[typed=" + this.typed + ", username=" + this.username + ", password="
				+ ((this.password != null) ? "******" : null) + "]";
	}

}
