package org.mauticapi.sandbox.segment;

import org.mauticapi.sandbox.state.SandboxState;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/sandbox/segments/rebuild}: runs Mautic's segment rebuild job
 * ({@code mautic:segments:update}) now. This endpoint is the sandbox's own, not part of
 * Mautic's API: with {@code sandbox.segment-rebuild=manual} it is the only way filter
 * memberships change, as in a Mautic whose cron job has not run yet. Answers how many
 * published segments it went through and how many memberships it added and dropped.
 */
@RestController
class SegmentRebuildController {

	private final SandboxState state;

	private final SegmentMemberships memberships;

	SegmentRebuildController(SandboxState state, SegmentMemberships memberships) {
		this.state = state;
		this.memberships = memberships;
	}

	@PostMapping("/sandbox/segments/rebuild")
	ResponseEntity<JsonNode> rebuild() {
		SegmentMemberships.RebuildSummary summary = this.state.write(this.memberships::rebuildAll);
		return ResponseEntity.ok(JsonNodeFactory.instance.objectNode()
			.put("segments", summary.segments())
			.put("added", summary.added())
			.put("removed", summary.removed()));
	}

}
