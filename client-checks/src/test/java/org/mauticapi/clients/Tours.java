package org.mauticapi.clients;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.mauticapi.contract.ContractOperation;
import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.sandbox.SandboxServer;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the clients' tours of the documented operations and their first calls must print,
 * taken from the contract and from the sandbox itself.
 */
final class Tours {

	private Tours() {
	}

	/**
	 * Checks that a tour read the answer of every operation of the contract: it prints
	 * {@code OK <operationId> <status> ...} per operation read.
	 * @param tour what the tour printed
	 */
	static void assertReadEveryOperation(CommandResult tour) {
		Set<String> read = tour.output()
			.lines()
			.filter((line) -> line.startsWith("OK "))
			.map((line) -> line.split(" ")[1])
			.collect(Collectors.toCollection(TreeSet::new));
		Set<String> documented = MauticApiContract.load()
			.operations()
			.stream()
			.map(ContractOperation::operationId)
			.collect(Collectors.toCollection(TreeSet::new));

		assertThat(read).as("operations read by %s:%n%s", tour.command(), tour.output()).isEqualTo(documented);
	}

	/**
	 * How many recorded exchanges are answers of a documented operation (the others set
	 * data up).
	 * @param settings where the recordings are
	 * @return the count
	 */
	static long recordedAnswers(BuildSettings settings) {
		try (Stream<Path> files = Files.list(settings.recordings())) {
			return files.filter((file) -> file.toString().endsWith(".json"))
				.map((file) -> JsonMapper.shared().readTree(file.toFile()).path("operation").asString())
				.filter((operation) -> !operation.equals("setup") && !operation.equals("other"))
				.count();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * The email of the sandbox's first contact, which the README's first calls print.
	 * @param sandbox the sandbox
	 * @return the email, as the sandbox answers it
	 */
	static String firstContactEmail(SandboxServer sandbox) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(sandbox.baseUrl() + "/api/contacts/1"))
			.header("Authorization",
					"Basic " + Base64.getEncoder()
						.encodeToString(sandbox.basicCredentials().getBytes(StandardCharsets.UTF_8)))
			.build();
		try {
			String body = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString()).body();
			return JsonMapper.shared().readTree(body).at("/contact/fields/all/email").asString();
		}
		catch (IOException ex) {
			throw new IllegalStateException("The sandbox did not answer", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted", ex);
		}
	}

}
