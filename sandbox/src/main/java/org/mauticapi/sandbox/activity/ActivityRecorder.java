package org.mauticapi.sandbox.activity;

import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactLifecycle;
import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.UserStore;

import org.springframework.stereotype.Component;

/**
 * Writes the timeline events contacts produce themselves: a contact created with an
 * identifying field is "identified by" the API user ({@code lead.source.identified},
 * numbered in {@code lead_event_log} with the segment and campaign memberships; anonymous
 * contacts get none, recording 344); a deleted contact's events go with it.
 */
@Component
public class ActivityRecorder implements ContactLifecycle {

	/**
	 * The id sequence of Mautic's {@code lead_event_log}, shared by every event type
	 * stored there.
	 */
	public static final String EVENT_LOG = "lead_event_log";

	private final SandboxState state;

	private final ActivityLog log;

	private final UserStore users;

	public ActivityRecorder(SandboxState state, ActivityLog log, UserStore users) {
		this.state = state;
		this.log = log;
		this.users = users;
	}

	@Override
	public void created(Contact contact) {
		if (contact.dateIdentified() != null) {
			this.log.append(ActivityEvents.identified(new ContactIdentified(this.state.nextId(EVENT_LOG), contact.id(),
					this.users.currentUser().fullName(), contact.dateIdentified())));
		}
	}

	@Override
	public void deleted(Contact contact) {
		this.log.removeContact(contact.id());
	}

}
