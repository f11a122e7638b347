package org.mauticapi.bench.nginx;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * The configuration of the plain nginx reverse proxy the gateway is compared with, set up
 * as an operator who wants it fast would: a worker per core, keep-alive connections to
 * the upstream (an {@code upstream} block with {@code keepalive}, HTTP/1.1, the
 * {@code Connection} header cleared), no access log, buffers that hold the largest answer
 * in memory. Every path it writes (pid, temporary files) is under {@link #directory()},
 * and its errors go to standard error (the harness's log of it), so that it runs as any
 * user, touching nothing of the system's nginx.
 *
 * @param directory where the configuration, the pid file and the temporary files go
 * @param port the loopback port it listens on
 * @param upstream the upstream's base URL ({@code http://127.0.0.1:port})
 * @param user the user its workers run as when it is started as root (they would be
 * {@code nobody} otherwise), or null when it is not started as root
 */
public record NginxConfig(Path directory, int port, URI upstream, @Nullable String user) {

	/**
	 * The temporary-file directories nginx opens at start-up: each is set, or it would
	 * try the system's.
	 */
	static final List<String> TEMP_PATHS = List.of("client_body", "proxy", "fastcgi", "uwsgi", "scgi");

	public NginxConfig {
		directory = directory.toAbsolutePath().normalize();
		if (upstream.getHost() == null || upstream.getPort() <= 0) {
			throw new IllegalArgumentException("The upstream needs a host and a port: " + upstream);
		}
	}

	public Path file() {
		return this.directory.resolve("nginx.conf");
	}

	/**
	 * Writes the configuration and makes its directories.
	 * @return the configuration file
	 */
	public Path write() {
		try {
			for (String temp : TEMP_PATHS) {
				Files.createDirectories(this.directory.resolve("temp").resolve(temp));
			}
			return Files.writeString(file(), render());
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not write nginx's configuration in " + this.directory, ex);
		}
	}

	/**
	 * The configuration's text.
	 * @return {@code nginx.conf}
	 */
	public String render() {
		StringBuilder temps = new StringBuilder();
		for (String temp : TEMP_PATHS) {
			temps.append("\t")
				.append(temp)
				.append("_temp_path ")
				.append(this.directory.resolve("temp").resolve(temp))
				.append(";\n");
		}
		return """
				# Written by bench/run: a plain nginx reverse proxy in front of the benchmark's upstream (docs/benchmarks.md).
				%sworker_processes auto;
				daemon off;
				pid %s;
				error_log stderr warn;

				events {
					worker_connections 4096;
				}

				http {
					access_log off;
				%s
					tcp_nodelay on;
					# Clients keep their connections for the whole run, as they do with the gateway (nginx's default closes
					# one after 1,000 requests).
					keepalive_requests 1000000;
					keepalive_timeout 75s;

					upstream mautic {
						server %s:%d;
						keepalive 64;
						keepalive_requests 1000000;
						keepalive_timeout 60s;
					}

					server {
						listen 127.0.0.1:%d reuseport;

						location / {
							proxy_pass http://mautic;
							proxy_http_version 1.1;
							proxy_set_header Connection "";
							# The largest answer (a page of 30 contacts, 227 kB) in memory, never in a temporary file.
							proxy_buffer_size 16k;
							proxy_buffers 32 16k;
							proxy_max_temp_file_size 0;
						}
					}
				}
				"""
			.formatted((this.user != null) ? "user " + this.user + ";\n" : "", this.directory.resolve("nginx.pid"),
					temps.toString().stripTrailing(), this.upstream.getHost(), this.upstream.getPort(), this.port);
	}

}
