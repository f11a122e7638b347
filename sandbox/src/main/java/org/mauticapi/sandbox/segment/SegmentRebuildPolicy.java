package org.mauticapi.sandbox.segment;

import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the sandbox runs Mautic's segment rebuild job. Mautic applies filter memberships
 * only when its cron job ({@code mautic:segments:update}) runs; the sandbox offers
 * {@code sandbox.segment-rebuild=immediate} (the default: after every segment or contact
 * change, so filters always decide at once) or {@code manual} (only when
 * {@code POST /api/sandbox/segments/rebuild} is called, as Mautic's recordings were
 * made).
 */
@Component
class SegmentRebuildPolicy {

	private final boolean immediate;

	SegmentRebuildPolicy(@Value("${sandbox.segment-rebuild:immediate}") String mode) {
		this.immediate = switch (mode.trim().toLowerCase(Locale.ROOT)) {
			case "immediate" -> true;
			case "manual" -> false;
			default -> throw new IllegalStateException(
					"sandbox.segment-rebuild must be 'immediate' or 'manual', not [" + mode + "]");
		};
	}

	/**
	 * @return whether every segment or contact change rebuilds the memberships at once
	 */
	boolean isImmediate() {
		return this.immediate;
	}

}
