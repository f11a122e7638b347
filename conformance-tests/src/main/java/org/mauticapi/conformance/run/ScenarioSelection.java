package org.mauticapi.conformance.run;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.cucumber.tagexpressions.Expression;
import io.cucumber.tagexpressions.TagExpressionParser;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.launcher.PostDiscoveryFilter;

import org.mauticapi.conformance.report.SkippedGroup;

/**
 * Decides which scenarios a run includes, and keeps why it left the others out, so that
 * the console says it once per reason in words rather than once per scenario in tag
 * expressions: work in progress, the user's {@code --tags}, writes not allowed, a Mautic
 * older than the scenario needs.
 */
final class ScenarioSelection implements PostDiscoveryFilter {

	// "@since-5.1": the scenario needs Mautic 5.1 or later.
	private static final Pattern SINCE = Pattern.compile("^@since-(\\d+(?:\\.\\d+)*)$");

	private final @Nullable String userExpression;

	private final @Nullable Expression userTags;

	private final @Nullable Pattern names;

	private final boolean writesAllowed;

	private final @Nullable MauticVersion targetVersion;

	private final Map<String, List<String>> leftOut = new LinkedHashMap<>();

	ScenarioSelection(ConformanceConfig config, @Nullable MauticVersion targetVersion) {
		this.userExpression = (config.tags() != null && !config.tags().isBlank()) ? config.tags() : null;
		this.userTags = (this.userExpression != null) ? TagExpressionParser.parse(this.userExpression) : null;
		this.names = (config.names() != null && !config.names().isBlank()) ? Pattern.compile(config.names()) : null;
		this.writesAllowed = config.allowWrites();
		this.targetVersion = targetVersion;
	}

	@Override
	public FilterResult apply(TestDescriptor descriptor) {
		if (!descriptor.isTest()) {
			return FilterResult.included("features and rules are kept while they hold a selected scenario");
		}
		Set<String> tags = descriptor.getTags().stream().map((tag) -> "@" + tag.getName()).collect(Collectors.toSet());
		Optional<String> reason = reasonToLeaveOut(tags, descriptor.getDisplayName());
		if (reason.isPresent()) {
			synchronized (this.leftOut) {
				this.leftOut.computeIfAbsent(reason.get(), (key) -> new ArrayList<>()).add(descriptor.getDisplayName());
			}
			return FilterResult.excluded(reason.get());
		}
		return FilterResult.included("selected");
	}

	private Optional<String> reasonToLeaveOut(Set<String> tags, String name) {
		if (tags.contains("@wip")) {
			return Optional.of("work in progress (@wip)");
		}
		if (this.userTags != null && !this.userTags.evaluate(List.copyOf(tags))) {
			return Optional.of("not matched by --tags \"" + this.userExpression + "\"");
		}
		if (this.names != null && !this.names.matcher(name).find()) {
			return Optional.of("not matched by --name \"" + this.names + "\"");
		}
		if (!this.writesAllowed && tags.contains("@writes")) {
			return Optional.of("they write (@writes), and this run is read-only: run with --allow-writes to let the "
					+ "kit create, change and delete data of its own");
		}
		return tags.stream()
			.map(SINCE::matcher)
			.filter(Matcher::matches)
			.map((since) -> MauticVersion.parse(since.group(1)).orElseThrow())
			.filter((needed) -> this.targetVersion != null && !this.targetVersion.isAtLeast(needed))
			.findFirst()
			.map((needed) -> "they need Mautic " + needed + " or later (@since-" + needed + "), and the target runs "
					+ this.targetVersion);
	}

	/**
	 * The scenarios left out, by reason.
	 * @return one group per reason
	 */
	List<SkippedGroup> leftOut() {
		synchronized (this.leftOut) {
			return this.leftOut.entrySet()
				.stream()
				.map((entry) -> new SkippedGroup(entry.getKey(), entry.getValue()))
				.toList();
		}
	}

}
