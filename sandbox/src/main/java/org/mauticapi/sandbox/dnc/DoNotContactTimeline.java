package org.mauticapi.sandbox.dnc;

import java.util.Set;
import java.util.stream.Collectors;

import org.mauticapi.sandbox.activity.ActivityEvent;
import org.mauticapi.sandbox.activity.ActivityEventTypes;
import org.mauticapi.sandbox.activity.ActivityEvents;
import org.mauticapi.sandbox.activity.ActivityLog;
import org.mauticapi.sandbox.activity.DoNotContactAdded;
import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactLifecycle;

import org.springframework.stereotype.Component;

/**
 * Keeps a contact's {@code lead.donotcontact} timeline events in step with its entries,
 * also those a contact payload's {@code doNotContact} list creates or replaces (the entry
 * created with contact 51 in recording 255 is event {@code lead.donotcontact9} in
 * recording 345).
 */
@Component
class DoNotContactTimeline implements ContactLifecycle {

	private final ActivityLog activity;

	DoNotContactTimeline(ActivityLog activity) {
		this.activity = activity;
	}

	@Override
	public void created(Contact contact) {
		synchronise(contact);
	}

	@Override
	public void changed(Contact contact) {
		synchronise(contact);
	}

	private void synchronise(Contact contact) {
		Set<Long> logged = this.activity.eventsOf(contact.id())
			.stream()
			.filter((event) -> event.type().equals(ActivityEventTypes.DO_NOT_CONTACT))
			.map(ActivityEvent::id)
			.collect(Collectors.toSet());
		Set<Long> entries = contact.doNotContact().stream().map(Contact.DoNotContact::id).collect(Collectors.toSet());
		logged.stream()
			.filter((id) -> !entries.contains(id))
			.forEach((id) -> this.activity.remove(ActivityEventTypes.DO_NOT_CONTACT + id));
		contact.doNotContact()
			.stream()
			.filter((entry) -> !logged.contains(entry.id()))
			.forEach((entry) -> this.activity
				.append(ActivityEvents.doNotContact(new DoNotContactAdded(entry.id(), contact.id(), entry.channel(),
						entry.channelId(), entry.reason(), entry.comments(), entry.dateAdded()))));
	}

}
