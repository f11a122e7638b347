package org.mauticapi.conformance.run;

import java.net.URI;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

/**
 * Everything one run needs: the target, how to authenticate, what it may do and where reports go.
 *
 * @param baseUrl the target's base URL without {@code /api}, e.g. {@code https://mautic.example.com}
 * @param credentials how to authenticate
 * @param allowWrites whether {@code @writes} scenarios (which create, change and delete their own entities) run
 * @param tags a Cucumber tag expression selecting scenarios, or {@code null} for all
 * @param reportDir where the reports are written
 * @param featuresDir a folder of features to run instead of those packaged in the kit, or {@code null}
 */
public record ConformanceConfig(URI baseUrl, Credentials credentials, boolean allowWrites, @Nullable String tags,
		Path reportDir, @Nullable Path featuresDir) {

	/**
	 * A run of every packaged feature, writes included, against a target the caller owns (the sandbox in the build).
	 * @param baseUrl the target's base URL
	 * @param credentials how to authenticate
	 * @param reportDir where reports go
	 * @return the configuration
	 */
	public static ConformanceConfig allScenarios(URI baseUrl, Credentials credentials, Path reportDir) {
		return new ConformanceConfig(baseUrl, credentials, true, null, reportDir, null);
	}

	/**
	 * The same run restricted to a tag expression.
	 * @param expression the tag expression
	 * @return the configuration
	 */
	public ConformanceConfig withTags(String expression) {
		return new ConformanceConfig(this.baseUrl, this.credentials, this.allowWrites, expression, this.reportDir,
				this.featuresDir);
	}

	/**
	 * The tag expression the run uses: the user's, without {@code @writes} unless writes are allowed, and never
	 * {@code @wip}.
	 * @return the effective expression
	 */
	public String effectiveTags() {
		String expression = "not @wip";
		if (!this.allowWrites) {
			expression += " and not @writes";
		}
		return (this.tags != null && !this.tags.isBlank()) ? "(" + this.tags + ") and " + expression : expression;
	}

}
