package org.mauticapi.sandbox.contact;

import java.util.List;

import org.mauticapi.sandbox.state.SandboxState;
import org.mauticapi.sandbox.user.UserStore;

import org.springframework.stereotype.Component;

/**
 * Records that a contact was saved after a change made outside its form (do-not-contact,
 * UTM tags, points): it is modified by the API user now, and everything that follows
 * contacts (segment membership, activity) hears of it. Call under the state's write lock.
 */
@Component
public class ContactChanges {

	private final SandboxState state;

	private final UserStore users;

	private final List<ContactLifecycle> lifecycle;

	public ContactChanges(SandboxState state, UserStore users, List<ContactLifecycle> lifecycle) {
		this.state = state;
		this.users = users;
		this.lifecycle = lifecycle;
	}

	public void saved(Contact contact) {
		contact.modifiedBy(this.state.now(), this.users.currentUser());
		this.lifecycle.forEach((listener) -> listener.changed(contact));
	}

	/**
	 * Records a save that changed nothing the contact tracks: Mautic's
	 * {@code setTimestamps} records the user, and {@code dateModified} stays.
	 * @param contact the contact
	 */
	public void savedUnchanged(Contact contact) {
		contact.savedBy(this.users.currentUser());
	}

}
