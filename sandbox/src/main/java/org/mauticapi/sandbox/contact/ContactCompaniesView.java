package org.mauticapi.sandbox.contact;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The companies a contact belongs to: what contact searches ({@code company:}) and
 * segment filters on company fields need from the company store. Implemented by the
 * company package; called under the state's lock.
 */
public interface ContactCompaniesView {

	List<CompanyRef> companiesOf(long contactId);

	/**
	 * A company of a contact.
	 *
	 * @param id the company id
	 * @param name the company name
	 * @param fields the company's field values by alias (companyname, companycity, ...)
	 */
	record CompanyRef(long id, String name, Map<String, @Nullable Object> fields) {
	}

}
