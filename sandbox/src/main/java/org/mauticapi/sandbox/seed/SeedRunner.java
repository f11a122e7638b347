package org.mauticapi.sandbox.seed;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.server.reactive.HttpHandler;
import org.springframework.web.reactive.function.client.WebClient;
import org.springframework.web.reactive.function.client.WebClientRequestException;

/**
 * Plays a seed script against a Mautic-compatible API, over HTTP with HTTP Basic
 * credentials or (the sandbox itself at start-up) in process, one request after the
 * other, and stops at the first entry that is not answered 2xx.
 */
public class SeedRunner {

	private static final Logger logger = LoggerFactory.getLogger(SeedRunner.class);

	private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

	private static final int MAX_ERROR_TEXT = 500;

	private final SeedTarget target;

	/**
	 * Creates a runner for an API reached over HTTP.
	 * @param webClientBuilder the application's builder (it is cloned, not changed)
	 * @param baseUrl the target's root, e.g. {@code http://localhost:8080}, to which the
	 * scripts' {@code /api/...} paths are appended
	 * @param username the API user
	 * @param password the API user's password
	 */
	public SeedRunner(WebClient.Builder webClientBuilder, String baseUrl, String username, String password) {
		this(new HttpSeedTarget(webClientBuilder, baseUrl, username, password));
	}

	private SeedRunner(SeedTarget target) {
		this.target = target;
	}

	/**
	 * Creates a runner that calls a request handler of this process (the sandbox's own)
	 * directly.
	 * @param handler the handler
	 * @param username the API user
	 * @param password the API user's password
	 * @return the runner
	 */
	public static SeedRunner inProcess(HttpHandler handler, String username, String password) {
		return new SeedRunner(new InProcessSeedTarget(handler, username, password));
	}

	/**
	 * Sends every request of the script in order, each once the previous one was
	 * answered.
	 * @param script the script
	 * @return the number of requests sent, or a {@link SeedFailedException} for the first
	 * one that failed
	 */
	public Mono<Integer> apply(SeedScript script) {
		List<SeedRequest> requests = script.requests();
		return Flux.range(0, requests.size())
			.concatMap((index) -> send(index, requests.get(index)))
			.count()
			.map(Long::intValue);
	}

	/**
	 * Sends every request of the script and waits for the last answer; call it from a
	 * thread that may block (not a Netty event loop).
	 * @param script the script
	 * @return the number of requests sent
	 * @throws SeedFailedException for the first request that was not answered 2xx or
	 * could not be sent
	 */
	public int run(SeedScript script) {
		Integer sent = apply(script).block();
		logger.info("Seeded [{}] with [{}] requests", this.target.description(), sent);
		return (sent != null) ? sent : 0;
	}

	private Mono<Integer> send(int index, SeedRequest request) {
		logger.debug("Seed entry [{}] {}", index, request);
		return this.target.send(request)
			.flatMap((answer) -> answer.isSuccess() ? Mono.just(index)
					: Mono.error(new SeedFailedException(index, request, answer.status(), errorMessage(answer.body()))))
			.timeout(REQUEST_TIMEOUT)
			.onErrorMap((ex) -> !(ex instanceof SeedFailedException),
					(ex) -> new SeedFailedException(index, request, rootOf(ex)));
	}

	private static Throwable rootOf(Throwable ex) {
		return (ex instanceof WebClientRequestException && ex.getCause() != null) ? ex.getCause() : ex;
	}

	// Mautic answers errors as {"errors":[{"message":...,"code":...}]}
	// (FetchCommonApiController); anything else is
	// shown as it came.
	static String errorMessage(String text) {
		try {
			JsonNode errors = JsonMapper.shared().readTree(text).path("errors");
			List<String> messages = new ArrayList<>();
			errors.forEach((error) -> messages.add(error.path("message").asString("")));
			messages.removeIf(String::isBlank);
			if (!messages.isEmpty()) {
				return String.join("; ", messages);
			}
		}
		catch (JacksonException ex) {
			logger.debug("Seed error body is not JSON: [{}]", ex.getOriginalMessage());
		}
		String trimmed = text.strip();
		if (trimmed.isEmpty()) {
			return "(empty body)";
		}
		return (trimmed.length() > MAX_ERROR_TEXT) ? trimmed.substring(0, MAX_ERROR_TEXT) + "..." : trimmed;
	}

}
