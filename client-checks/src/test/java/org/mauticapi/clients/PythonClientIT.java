package org.mauticapi.clients;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.mauticapi.sandbox.SandboxServer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generates the Python client and calls it with the lines of {@code api-spec/README.md},
 * then reads every recorded answer of a real Mautic with it and runs its tour of the 43
 * operations against the embedded sandbox. The package is not installed (PyPI may be out
 * of reach): it runs on the Python and pydantic at hand.
 */
@ExtendWith(SandboxExtension.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PythonClientIT {

	private static final Duration PYTHON_TIMEOUT = Duration.ofMinutes(3);

	// What the generated package needs beside the standard library (its
	// requirements.txt).
	private static final String IMPORTS = "import pydantic, dateutil, urllib3, typing_extensions; "
			+ "assert pydantic.VERSION >= '2', 'pydantic ' + pydantic.VERSION; "
			+ "assert urllib3.__version__ >= '2', 'urllib3 ' + urllib3.__version__; print(pydantic.VERSION)";

	private final BuildSettings settings = BuildSettings.fromSystemProperties();

	private final ReadmeBlocks readme = ReadmeBlocks.of(this.settings.repositoryRoot(), "python");

	private SandboxServer sandbox;

	private CommandResult firstCall;

	@BeforeAll
	void generateAndCallWithTheReadmeLines(SandboxServer sandbox) {
		this.sandbox = sandbox;
		List<String> lines = this.readme.lines("bash");
		ReadmeShell.run(this.settings, sandbox, lines.subList(0, 1), PYTHON_TIMEOUT).assertSucceeded();
		Toolchain.require(List.of("python3", "-c", IMPORTS),
				"Python 3 with pydantic 2, python-dateutil, urllib3 2 and typing-extensions",
				"to run the Python client");
		this.firstCall = ReadmeShell.run(this.settings, sandbox, lines.subList(1, lines.size()), PYTHON_TIMEOUT);
	}

	@Test
	void readmeFirstCallPrintsTheFirstContactsEmail() {
		assertThat(this.firstCall.assertSucceeded().lastLine()).isEqualTo(Tours.firstContactEmail(this.sandbox));
	}

	@Test
	void tourReadsTheAnswerOfEveryDocumentedOperation() {
		CommandResult tour = python("src/test/python/tour.py", this.sandbox.baseUrl(), "admin", "mautic");

		Tours.assertReadEveryOperation(tour.assertSucceeded());
	}

	@Test
	void modelsReadEveryAnswerRecordedFromARealMauticWholly() {
		CommandResult reading = python("src/test/python/read_recordings.py", client().toString(),
				this.readme.find("packageName=(\\w+)"), this.settings.recordings().toString());

		assertThat(reading.assertSucceeded().lastLine())
			.isEqualTo(Tours.recordedAnswers(this.settings) + " recorded answers, 0 failures");
	}

	private Path client() {
		return this.settings.repositoryRoot()
			.resolve(this.readme.find("-Dopenapi\\.generator\\.maven\\.plugin\\.output=(\\S+)"));
	}

	private CommandResult python(String script, String... arguments) {
		List<String> command = new java.util.ArrayList<>(List.of("python3", script));
		command.addAll(List.of(arguments));
		return ExternalCommand.run(command, Path.of("."), Map.of("PYTHONPATH", client().toString()), PYTHON_TIMEOUT);
	}

}
