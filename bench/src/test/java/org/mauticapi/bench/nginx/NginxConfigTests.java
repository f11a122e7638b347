package org.mauticapi.bench.nginx;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests for {@link NginxConfig}: nginx set up as a competent operator would, writing
 * nothing outside the run's directory.
 */
class NginxConfigTests {

	private static final Path DIRECTORY = Path.of("/work/project/bench/target/run/nginx");

	private static final URI UPSTREAM = URI.create("http://127.0.0.1:41000");

	@Test
	void runsAWorkerPerCoreWithoutAnAccessLog() {
		String config = new NginxConfig(DIRECTORY, 42000, UPSTREAM, null).render();

		assertThat(config).contains("worker_processes auto;", "access_log off;", "daemon off;");
	}

	@Test
	void keepsConnectionsToTheUpstreamAlive() {
		String config = new NginxConfig(DIRECTORY, 42000, UPSTREAM, null).render();

		assertThat(block(config, "upstream mautic")).contains("server 127.0.0.1:41000;")
			.containsPattern("keepalive \\d+;");
		assertThat(block(config, "location /")).contains("proxy_pass http://mautic;", "proxy_http_version 1.1;",
				"proxy_set_header Connection \"\";");
	}

	@Test
	void listensOnLoopbackOnly() {
		String config = new NginxConfig(DIRECTORY, 42000, UPSTREAM, null).render();

		List<String> listens = Pattern.compile("listen (\\S+)")
			.matcher(config)
			.results()
			.map((match) -> match.group(1))
			.toList();
		assertThat(listens).containsExactly("127.0.0.1:42000");
	}

	@Test
	void keepsEveryFileItWritesUnderItsDirectory() {
		String config = new NginxConfig(DIRECTORY, 42000, UPSTREAM, null).render();

		List<String> paths = Pattern.compile("(?m)^\\s*(pid|\\w+_temp_path|error_log|access_log)\\s+([^\\s;]+)")
			.matcher(config)
			.results()
			.map((match) -> match.group(2))
			.toList();
		assertThat(paths).hasSize(3 + NginxConfig.TEMP_PATHS.size())
			.allMatch((path) -> path.equals("stderr") || path.equals("off") || path.startsWith(DIRECTORY + "/"));
	}

	@Test
	void namesTheUserOnlyWhenStartedAsRoot() {
		assertThat(new NginxConfig(DIRECTORY, 42000, UPSTREAM, "root").render()).contains("\nuser root;\n");
		assertThat(new NginxConfig(DIRECTORY, 42000, UPSTREAM, null).render()).doesNotContain("user ");
	}

	@Test
	void writesTheConfigurationAndItsTemporaryDirectories(@TempDir Path directory) throws Exception {
		NginxConfig config = new NginxConfig(directory, 42000, UPSTREAM, null);

		Path file = config.write();

		assertThat(file).hasContent(config.render());
		assertThat(directory.resolve("temp/proxy")).isDirectory();
		assertThat(Files.list(directory.resolve("temp"))).hasSize(NginxConfig.TEMP_PATHS.size());
	}

	@Test
	void refusesAnUpstreamWithoutAPort() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new NginxConfig(DIRECTORY, 42000, URI.create("http://localhost"), null))
			.withMessageContaining("http://localhost");
	}

	// The text between a block's opening line and its closing brace (blocks here hold no
	// nested blocks).
	private static String block(String config, String opening) {
		Matcher matcher = Pattern.compile(Pattern.quote(opening) + " \\{([^}]*)}").matcher(config);
		assertThat(matcher.find()).as(opening).isTrue();
		return matcher.group(1);
	}

}
