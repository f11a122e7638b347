package org.mauticapi.sandbox.user;

import java.time.Instant;

import org.jspecify.annotations.Nullable;

/**
 * A Mautic user.
 *
 * @param id the id
 * @param username the login name
 * @param firstName the first name
 * @param lastName the last name
 * @param email the email
 * @param dateAdded when it was created
 * @param createdBy who created it, null for the admin installed with Mautic
 */
public record User(long id, String username, String firstName, String lastName, String email, Instant dateAdded,
		@Nullable Long createdBy) {

	public String fullName() {
		return this.firstName + " " + this.lastName;
	}

}
