package org.mauticapi.conformance.run;

import java.net.URI;
import java.nio.file.Path;

import org.jspecify.annotations.Nullable;

import org.mauticapi.conformance.http.Credentials;

/**
 * Everything one run needs: the target, how to authenticate, what it may do and where
 * reports go.
 *
 * @param baseUrl the target's base URL without {@code /api}, e.g.
 * {@code https://mautic.example.com}
 * @param credentials how to authenticate
 * @param allowWrites whether {@code @writes} scenarios (which create, change and delete
 * their own entities) run
 * @param tags a Cucumber tag expression selecting scenarios, or {@code null} for all
 * @param names a regular expression the names of the selected scenarios contain, or
 * {@code null} for all
 * @param reportDir where the reports are written
 * @param featuresDir a folder of features to run instead of those packaged in the kit, or
 * {@code null}
 */
public record ConformanceConfig(URI baseUrl, Credentials credentials, boolean allowWrites, @Nullable String tags,
		@Nullable String names, Path reportDir, @Nullable Path featuresDir) {

	/**
	 * A run of every packaged feature, writes included, against a target the caller owns
	 * (the sandbox in the build).
	 * @param baseUrl the target's base URL
	 * @param credentials how to authenticate
	 * @param reportDir where reports go
	 * @return the configuration
	 */
	public static ConformanceConfig allScenarios(URI baseUrl, Credentials credentials, Path reportDir) {
		return new ConformanceConfig(baseUrl, credentials, true, null, null, reportDir, null);
	}

	/**
	 * The same run restricted to a tag expression.
	 * @param expression the tag expression
	 * @return the configuration
	 */
	public ConformanceConfig withTags(String expression) {
		return new ConformanceConfig(this.baseUrl, this.credentials, this.allowWrites, expression, this.names,
				this.reportDir, this.featuresDir);
	}

	/**
	 * The same run restricted to scenarios whose names contain a regular expression.
	 * @param regex the regular expression
	 * @return the configuration
	 */
	public ConformanceConfig withNames(String regex) {
		return new ConformanceConfig(this.baseUrl, this.credentials, this.allowWrites, this.tags, regex, this.reportDir,
				this.featuresDir);
	}

}
