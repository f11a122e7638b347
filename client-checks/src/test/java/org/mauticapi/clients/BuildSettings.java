package org.mauticapi.clients;

import java.nio.file.Path;

/**
 * Where the client checks find the repository, the artifact this build published and the
 * build's local Maven repository (nested Maven runs use it too, so that they find what
 * the build already resolved).
 *
 * @param repositoryRoot the checkout, where the README's commands run
 * @param localRepository the build's local Maven repository
 * @param apiSpecJar the jar {@code ./mvnw -pl api-spec install} installs
 * @param apiSpecPom the POM it installs with it (the flattened one)
 */
record BuildSettings(Path repositoryRoot, Path localRepository, Path apiSpecJar, Path apiSpecPom) {

	static BuildSettings fromSystemProperties() {
		return new BuildSettings(path("client-checks.repository-root"), path("client-checks.local-repository"),
				path("client-checks.api-spec-jar"), path("client-checks.api-spec-pom"));
	}

	/**
	 * The arguments a nested run of the repository's Maven wrapper gets through
	 * {@code MAVEN_ARGS}, which Maven 3.9 appends to its command line.
	 * @return the arguments
	 */
	String mavenArgs() {
		return "-B -Dmaven.repo.local=" + this.localRepository;
	}

	Path recordings() {
		return this.repositoryRoot.resolve("api-spec/src/test/resources/recordings/5.1.0");
	}

	private static Path path(String property) {
		String value = System.getProperty(property);
		if (value == null) {
			throw new IllegalStateException("System property " + property + " is not set: run the checks with Maven ("
					+ "./mvnw -pl client-checks -am verify), which sets it");
		}
		return Path.of(value).toAbsolutePath().normalize();
	}

}
