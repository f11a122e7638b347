package org.mauticapi.sandbox.contact;

/**
 * What other parts of the sandbox do when contacts change: segment memberships follow
 * filters, the activity timeline records events, related rows go with a deleted contact.
 * Called under the write lock.
 */
public interface ContactLifecycle {

	default void created(Contact contact) {
	}

	default void changed(Contact contact) {
	}

	default void deleted(Contact contact) {
	}

}
