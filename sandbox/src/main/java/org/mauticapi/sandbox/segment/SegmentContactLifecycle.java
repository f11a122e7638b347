package org.mauticapi.sandbox.segment;

import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactLifecycle;

import org.springframework.stereotype.Component;

/**
 * Keeps segment memberships in step with contacts: a new or changed contact is rebuilt at
 * once when the rebuild is immediate, and a deleted contact's rows go with it (Mautic's
 * foreign key cascades). Called under the write lock.
 */
@Component
class SegmentContactLifecycle implements ContactLifecycle {

	private final SegmentStore segments;

	private final SegmentMemberships memberships;

	private final SegmentRebuildPolicy policy;

	SegmentContactLifecycle(SegmentStore segments, SegmentMemberships memberships, SegmentRebuildPolicy policy) {
		this.segments = segments;
		this.memberships = memberships;
		this.policy = policy;
	}

	@Override
	public void created(Contact contact) {
		changed(contact);
	}

	@Override
	public void changed(Contact contact) {
		if (this.policy.isImmediate()) {
			this.memberships.rebuildContact(contact);
		}
	}

	@Override
	public void deleted(Contact contact) {
		this.segments.removeContact(contact.id());
	}

}
