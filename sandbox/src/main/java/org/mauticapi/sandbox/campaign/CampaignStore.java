package org.mauticapi.sandbox.campaign;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.mauticapi.sandbox.contact.Contact;
import org.mauticapi.sandbox.contact.ContactLifecycle;

import org.springframework.stereotype.Component;

/**
 * The campaigns and their members; a deleted contact's memberships go with it. Call under
 * the state's lock.
 */
@Component
public class CampaignStore implements ContactLifecycle {

	private final Map<Long, Campaign> campaigns = new LinkedHashMap<>();

	private final List<CampaignMember> members = new ArrayList<>();

	public void add(Campaign campaign) {
		this.campaigns.put(campaign.id(), campaign);
	}

	public Optional<Campaign> find(long id) {
		return Optional.ofNullable(this.campaigns.get(id));
	}

	public List<Campaign> all() {
		return List.copyOf(this.campaigns.values());
	}

	/** Replaces a campaign with its edited version. */
	public void replace(Campaign campaign) {
		this.campaigns.put(campaign.id(), campaign);
	}

	/** Deletes a campaign and its memberships. */
	public void remove(Campaign campaign) {
		this.campaigns.remove(campaign.id());
		this.members.removeIf((member) -> member.campaignId() == campaign.id());
	}

	/** Takes a contact out of a campaign. */
	public void removeMember(long campaignId, long contactId) {
		this.members.removeIf((member) -> member.campaignId() == campaignId && member.contactId() == contactId);
	}

	/** Adds a member; false when the contact already is one. */
	public boolean addMember(CampaignMember member) {
		if (membership(member.campaignId(), member.contactId()).isPresent()) {
			return false;
		}
		this.members.add(member);
		return true;
	}

	public Optional<CampaignMember> membership(long campaignId, long contactId) {
		return this.members.stream()
			.filter((member) -> member.campaignId() == campaignId && member.contactId() == contactId)
			.findFirst();
	}

	/** The memberships of a contact, by campaign id. */
	public List<CampaignMember> membershipsOf(long contactId) {
		return this.members.stream().filter((member) -> member.contactId() == contactId).toList();
	}

	@Override
	public void deleted(Contact contact) {
		this.members.removeIf((member) -> member.contactId() == contact.id());
	}

}
