package org.mauticapi.sandbox.campaign;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.entity.EntityKind;
import org.mauticapi.sandbox.entity.EntityNames;
import org.mauticapi.sandbox.entity.FormErrors;
import org.mauticapi.sandbox.entity.FormValues;
import org.mauticapi.sandbox.state.SandboxState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;

/**
 * Campaigns through Mautic's API ({@code /api/campaigns}, {@code CampaignApiController}):
 * created with events, source segments and canvas; edits change name, description and
 * publication; a deleted campaign takes its memberships with it.
 */
@Component
class CampaignKind implements EntityKind<Campaign> {

	private final CampaignStore campaigns;

	private final CampaignService service;

	private final SandboxState state;

	CampaignKind(CampaignStore campaigns, CampaignService service, SandboxState state) {
		this.campaigns = campaigns;
		this.service = service;
		this.state = state;
	}

	@Override
	public EntityNames names() {
		return EntityNames.of("/campaigns", "campaign", "campaigns").listed(EntityNames.ListStyle.KEYED_BY_ID);
	}

	@Override
	public Optional<Campaign> find(long id) {
		return this.campaigns.find(id);
	}

	@Override
	public List<Campaign> all() {
		return this.campaigns.all();
	}

	@Override
	public long id(Campaign campaign) {
		return campaign.id();
	}

	@Override
	public Campaign create(JsonNode payload) {
		return this.service.create(payload);
	}

	@Override
	public void edit(Campaign campaign, JsonNode payload, boolean replace) {
		String name = FormValues.binds(payload, "name", replace) ? FormValues.text(payload, "name") : campaign.name();
		if (name == null || name.isBlank()) {
			new FormErrors().add("name", FormErrors.NAME_REQUIRED).throwIfAny();
		}
		if (replace) {
			CampaignService.checkSources(payload);
		}
		String description = FormValues.binds(payload, "description", replace) ? FormValues.text(payload, "description")
				: campaign.description();
		boolean published = FormValues.binds(payload, "isPublished", replace) ? FormValues.bool(payload, "isPublished")
				: campaign.published();
		if (!Objects.equals(name, campaign.name()) || !Objects.equals(description, campaign.description())
				|| published != campaign.published()) {
			this.campaigns.replace(new Campaign(campaign.id(), name, description, published, campaign.dateAdded(),
					campaign.createdBy(), campaign.createdByUser(), campaign.segmentIds(), campaign.events(),
					campaign.canvasSettings(), this.state.now()));
		}
	}

	@Override
	public void delete(Campaign campaign) {
		this.campaigns.remove(campaign);
	}

	/**
	 * {@code minimal}: the publish details and the list properties (id, name, category,
	 * description).
	 */
	@Override
	public ObjectNode minimal(Campaign campaign) {
		return EntityKind.only(json(campaign, View.LISTED),
				java.util.stream.Stream
					.concat(PUBLISH_DETAILS.stream(), List.of("id", "name", "category", "description").stream())
					.toList());
	}

	@Override
	public ObjectNode json(Campaign campaign, View view) {
		Campaign current = this.campaigns.find(campaign.id()).orElse(campaign);
		ObjectNode json = this.service.json(current, (view == View.DELETED) ? null : current.id());
		if (view == View.DELETED) {
			// Doctrine removed the events and detached the source segments with the
			// campaign.
			json.putArray("events");
			json.putArray("lists");
		}
		return json;
	}

	@Override
	public List<String> columns() {
		return List.of("id", "name", "description", "isPublished");
	}

	@Override
	public @Nullable Object column(Campaign campaign, String column) {
		return switch (column) {
			case "name" -> campaign.name();
			case "description" -> campaign.description();
			case "isPublished" -> campaign.published();
			default -> campaign.id();
		};
	}

	@Override
	public List<String> searchColumns() {
		// CampaignRepository::addCatchAllWhereClause
		return List.of("name", "description");
	}

}
