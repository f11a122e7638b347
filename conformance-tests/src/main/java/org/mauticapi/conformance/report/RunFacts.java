package org.mauticapi.conformance.report;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.jspecify.annotations.Nullable;

/**
 * What a report is about: which target, when, for how long, with which marker.
 *
 * @param target the target's base URL
 * @param mauticVersion the target's {@code Mautic-Version}, or {@code null} when it sent
 * none
 * @param marker the run's marker, carried by everything the run created
 * @param startedAt when the run started
 * @param duration how long it took
 * @param writesAllowed whether the scenarios that write ran
 */
public record RunFacts(String target, @Nullable String mauticVersion, String marker, OffsetDateTime startedAt,
		Duration duration, boolean writesAllowed) {

}
