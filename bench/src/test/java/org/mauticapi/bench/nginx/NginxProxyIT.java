package org.mauticapi.bench.nginx;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.mauticapi.bench.process.Servers.Started;
import org.mauticapi.bench.upstream.FixedLatencyUpstream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Tests for {@link NginxProxy} with this machine's nginx (skipped where there is none):
 * the configuration the harness writes is one nginx runs as the current user, in front of
 * the upstream, and stopping it stops its workers.
 */
class NginxProxyIT {

	private static final HttpClient CLIENT = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(2))
		.build();

	@Test
	void proxiesToTheUpstreamAndStopsWithItsWorkers(@TempDir Path directory) throws Exception {
		Optional<NginxBinary> nginx = NginxBinary.find(null);
		assumeTrue(nginx.isPresent(), "nginx is not installed");
		List<ProcessHandle> processes;
		List<String> users;
		boolean pidFileWritten;
		String direct;
		String proxied;
		try (FixedLatencyUpstream upstream = FixedLatencyUpstream.start(0, Duration.ZERO, 1000)) {
			try (Started proxy = NginxProxy.start(nginx.get(), directory, URI.create(upstream.baseUrl()),
					directory.resolve("nginx.log"))) {
				ProcessHandle master = ProcessHandle.of(proxy.process().pid()).orElseThrow();
				processes = Stream.concat(Stream.of(master), master.descendants()).toList();
				users = processes.stream().map((process) -> process.info().user().orElse("?")).toList();
				pidFileWritten = Files.readString(directory.resolve("nginx.pid"))
					.strip()
					.equals(Long.toString(master.pid()));
				direct = get(URI.create(upstream.baseUrl() + "/api/contacts/47"));
				proxied = get(proxy.baseUrl().resolve("/api/contacts/47"));
			}
		}

		assertThat(proxied).isEqualTo(direct);
		assertThat(pidFileWritten).isTrue();
		assertThat(processes).hasSizeGreaterThan(1).noneMatch(ProcessHandle::isAlive);
		assertThat(users).containsOnly(System.getProperty("user.name"));
	}

	private static String get(URI url) throws Exception {
		HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(url)
			.timeout(Duration.ofSeconds(10))
			.header("Authorization", "Basic YWRtaW46bWF1dGlj")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(200);
		return response.body();
	}

}
