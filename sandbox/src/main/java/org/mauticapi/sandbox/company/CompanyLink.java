package org.mauticapi.sandbox.company;

import java.time.Instant;

/**
 * A contact's membership of a company (Mautic's {@code companies_leads} row).
 *
 * @param companyId the company
 * @param contactId the contact
 * @param dateAssociated when the contact was linked
 * @param primary whether this is the contact's primary company (the one named in its
 * {@code company} field)
 */
public record CompanyLink(long companyId, long contactId, Instant dateAssociated, boolean primary) {

	CompanyLink withPrimary(boolean isPrimary) {
		return new CompanyLink(this.companyId, this.contactId, this.dateAssociated, isPrimary);
	}

}
