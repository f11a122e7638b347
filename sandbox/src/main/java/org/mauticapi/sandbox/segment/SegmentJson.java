package org.mauticapi.sandbox.segment;

import java.time.Instant;

import org.jspecify.annotations.Nullable;
import org.mauticapi.sandbox.state.SandboxState;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Segments and memberships serialised as Mautic 5.1.0 answers them: keys in its order,
 * nulls included (recordings 037, 351, 356, 312, 397).
 */
final class SegmentJson {

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private SegmentJson() {
	}

	/** The full segment, as {@code GET /segments/{id}} and the lists answer it. */
	static ObjectNode full(Segment segment) {
		ObjectNode json = minimal(segment);
		json.set("filters", segment.filters.deepCopy());
		json.put("isGlobal", segment.global);
		json.put("isPreferenceCenter", segment.preferenceCenter);
		return json;
	}

	/**
	 * {@code minimal=true}: without filters, isGlobal and isPreferenceCenter (recording
	 * 356).
	 */
	static ObjectNode minimal(Segment segment) {
		ObjectNode json = JSON.objectNode();
		json.put("isPublished", segment.published);
		putDate(json, "dateAdded", segment.dateAdded);
		putDate(json, "dateModified", segment.dateModified);
		json.put("createdBy", segment.createdBy);
		json.put("createdByUser", segment.createdByUser);
		json.put("modifiedBy", segment.modifiedBy);
		json.put("modifiedByUser", segment.modifiedByUser);
		json.put("id", segment.id);
		json.put("name", segment.name);
		json.put("publicName", segment.publicName);
		json.put("alias", segment.alias);
		json.put("description", segment.description);
		json.putNull("category");
		return json;
	}

	/**
	 * The segment a delete removed: the full segment with {@code "id": null} (recording
	 * 407).
	 */
	static ObjectNode deleted(Segment segment) {
		ObjectNode json = full(segment);
		json.putNull("id");
		return json;
	}

	/**
	 * A segment among {@code GET /contacts/list/segments}: id, name and alias (recording
	 * 397).
	 */
	static ObjectNode userSegment(Segment segment) {
		return JSON.objectNode().put("id", segment.id).put("name", segment.name).put("alias", segment.alias);
	}

	/** A segment among {@code GET /contacts/{id}/segments} (recording 312). */
	static ObjectNode membership(Segment segment, Membership membership) {
		ObjectNode json = JSON.objectNode().put("id", segment.id).put("name", segment.name).put("alias", segment.alias);
		putDate(json, "dateAdded", membership.dateAdded());
		json.put("manuallyRemoved", membership.manuallyRemoved());
		json.put("manuallyAdded", membership.manuallyAdded());
		return json;
	}

	private static void putDate(ObjectNode json, String key, @Nullable Instant instant) {
		if (instant == null) {
			json.putNull(key);
		}
		else {
			json.put(key, SandboxState.iso(instant));
		}
	}

}
