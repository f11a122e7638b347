package org.mauticapi.sandbox.entity;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.state.SandboxState;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whether an entity is published, who created it and who changed it last: what Mautic's
 * {@code FormEntity} adds to most entities, kept as its {@code FormModel::setTimestamps}
 * keeps it. An edit always records the editing user, but moves {@code dateModified} only
 * when something actually changed.
 */
public final class EntityAudit {

	private boolean published = true;

	private final Instant dateAdded;

	private final long createdBy;

	private final String createdByUser;

	private @Nullable Instant dateModified;

	private @Nullable Long modifiedBy;

	private @Nullable String modifiedByUser;

	/**
	 * The audit of a new entity.
	 * @param dateAdded when it was created
	 * @param createdBy who created it
	 * @param createdByUser that user's name
	 */
	public EntityAudit(Instant dateAdded, long createdBy, String createdByUser) {
		this.dateAdded = dateAdded;
		this.createdBy = createdBy;
		this.createdByUser = createdByUser;
	}

	public boolean published() {
		return this.published;
	}

	public void published(boolean published) {
		this.published = published;
	}

	public Instant dateAdded() {
		return this.dateAdded;
	}

	public @Nullable Instant dateModified() {
		return this.dateModified;
	}

	/**
	 * Records an edit.
	 * @param changed whether the edit changed anything
	 * @param now the time
	 * @param by who edited
	 * @param byName that user's name
	 */
	public void edited(boolean changed, Instant now, long by, String byName) {
		if (changed) {
			this.dateModified = now;
		}
		this.modifiedBy = by;
		this.modifiedByUser = byName;
	}

	/**
	 * Writes the {@code publishDetails} properties: {@code isPublished} to
	 * {@code modifiedByUser}.
	 * @param json where
	 * @return the same JSON
	 */
	public ObjectNode writeTo(ObjectNode json) {
		json.put("isPublished", this.published);
		json.put("dateAdded", SandboxState.iso(this.dateAdded));
		json.put("dateModified", (this.dateModified != null) ? SandboxState.iso(this.dateModified) : null);
		json.put("createdBy", this.createdBy);
		json.put("createdByUser", this.createdByUser);
		json.put("modifiedBy", this.modifiedBy);
		json.put("modifiedByUser", this.modifiedByUser);
		return json;
	}

}
