package org.mauticapi.clients;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mauticapi.sandbox.SandboxServer;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Uses the Java client as {@code api-spec/README.md} tells a reader to: a fresh project
 * that declares only the README's dependency, resolved from a local repository holding
 * only what {@code ./mvnw -pl api-spec install} installs (the jar and its flattened POM;
 * third-party artifacts come from the build's own repository, read-only). Runs the
 * README's first call and a tour of the 43 operations (with a page of 300 contacts)
 * against the embedded sandbox.
 */
@ExtendWith(SandboxExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class JavaClientIT {

	private static final Duration JAVA_TIMEOUT = Duration.ofMinutes(5);

	private final BuildSettings settings = BuildSettings.fromSystemProperties();

	private final ReadmeBlocks readme = ReadmeBlocks.of(this.settings.repositoryRoot(), "java");

	private final Path work = Path.of("target/java-client-check").toAbsolutePath();

	private final Path project = this.work.resolve("project");

	private SandboxServer sandbox;

	private String classpath;

	@BeforeAll
	void buildAFreshProjectWithTheReadmeDependency(SandboxServer sandbox) throws IOException {
		this.sandbox = sandbox;
		assertThat(this.readme.only("bash")).as("the README's install line").contains("-pl api-spec install");
		FileSystemUtils.deleteRecursively(this.work);
		FileSystemUtils.copyRecursively(Path.of("src/test/resources/java-project"), this.project);
		replace(this.project.resolve("pom.xml"), "<!--README-DEPENDENCY-->", this.readme.only("xml"));
		replace(this.project.resolve("src/main/java/example/FirstCall.java"), "/*README-FIRST-CALL*/",
				this.readme.only("java").replace(ReadmeShell.README_BASE_URL, sandbox.baseUrl()));
		Path repository = install();

		// Only what the README's dependency brings: a parent or a version missing from
		// the installed POM fails here.
		ExternalCommand.run(
				List.of(this.settings.repositoryRoot().resolve("mvnw").toString(), "-B", "-q", "-f",
						this.project.resolve("pom.xml").toString(), "-Dmaven.repo.local=" + repository,
						"-Dmaven.repo.local.tail=" + this.settings.localRepository(), "compile",
						"org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath",
						"-Dmdep.outputFile=" + this.project.resolve("classpath.txt")),
				this.project, Map.of("MAVEN_ARGS", ""), JAVA_TIMEOUT)
			.assertSucceeded();
		this.classpath = this.project.resolve("target/classes") + java.io.File.pathSeparator
				+ Files.readString(this.project.resolve("classpath.txt")).strip();
	}

	@Test
	void readmeFirstCallPrintsTheFirstContactsEmail() {
		CommandResult firstCall = java("example.FirstCall");

		assertThat(firstCall.assertSucceeded().lastLine()).isEqualTo(Tours.firstContactEmail(this.sandbox));
	}

	@Test
	void tourReadsTheAnswerOfEveryDocumentedOperation() {
		CommandResult tour = java("example.Tour", this.sandbox.baseUrl(), "admin", "mautic");

		Tours.assertReadEveryOperation(tour.assertSucceeded());
		assertThat(tour.output()).contains("OK listContacts 200 300 of");
	}

	// What `./mvnw -pl api-spec install` puts in a local repository, in a repository of
	// its own.
	private Path install() throws IOException {
		Path repository = this.work.resolve("repository");
		Path version = repository.resolve("org/mauticapi/mautic-api-spec/0.1.0-SNAPSHOT");
		Files.createDirectories(version);
		Files.copy(this.settings.apiSpecJar(), version.resolve("mautic-api-spec-0.1.0-SNAPSHOT.jar"));
		Files.copy(this.settings.apiSpecPom(), version.resolve("mautic-api-spec-0.1.0-SNAPSHOT.pom"));
		return repository;
	}

	private CommandResult java(String mainClass, String... arguments) {
		List<String> command = new java.util.ArrayList<>(
				List.of(ProcessHandle.current().info().command().orElse("java"), "-cp", this.classpath, mainClass));
		command.addAll(List.of(arguments));
		return ExternalCommand.run(command, this.project, Map.of(), JAVA_TIMEOUT);
	}

	private static void replace(Path file, String placeholder, String text) throws IOException {
		String content = Files.readString(file);
		if (!content.contains(placeholder)) {
			throw new IllegalStateException(file + " has no " + placeholder);
		}
		Files.writeString(file, content.replace(placeholder, text));
	}

}
