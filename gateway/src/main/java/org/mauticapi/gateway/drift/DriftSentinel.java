package org.mauticapi.gateway.drift;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.stereotype.Component;

import org.mauticapi.contract.ContractOperation;
import org.mauticapi.contract.MauticApiContract;
import org.mauticapi.gateway.drift.DriftProperties.Mode;

/**
 * Checks Mautic's answers against the contract beside the requests' way, never altering
 * or delaying one: an answer picked for a check is copied and queued for a thread of its
 * own; when the queue is full it is skipped. Results are counted per operation
 * ({@code mautic_drift_checks_total{operation, result}}) and the latest deviations kept
 * for {@code /actuator/drift}.
 */
@Component
public class DriftSentinel implements DisposableBean {

	private static final Log logger = LogFactory.getLog(DriftSentinel.class);

	private final MauticApiContract contract;

	private final DriftProperties properties;

	private final MeterRegistry registry;

	private final ThreadPoolExecutor checker;

	private final AtomicLong seen = new AtomicLong();

	private final Counter skipped;

	private final Deque<Deviation> recent = new ArrayDeque<>();

	public DriftSentinel(MauticApiContract contract, DriftProperties properties, MeterRegistry registry) {
		this.contract = contract;
		this.properties = properties;
		this.registry = registry;
		this.checker = new ThreadPoolExecutor(1, 1, 0, TimeUnit.SECONDS,
				new ArrayBlockingQueue<>(Math.max(1, properties.queue())), (runnable) -> {
					Thread thread = new Thread(runnable, "mautic-drift-sentinel");
					thread.setDaemon(true);
					return thread;
				}, (runnable, executor) -> this.skippedCount());
		this.skipped = Counter.builder("mautic.drift.skipped")
			.description("Answers picked for a drift check but skipped because the checks fell behind")
			.register(registry);
	}

	private void skippedCount() {
		this.skipped.increment();
	}

	/**
	 * Offers an answer for a check; returns at once.
	 * @param operationId the operation that was called ({@code unrouted} ones are not
	 * checked)
	 * @param status the answer's status
	 * @param body the answer's body; read here, not kept
	 */
	public void observe(String operationId, int status, ByteBuf body) {
		Mode mode = this.properties.mode();
		if (mode == Mode.OFF
				|| (mode == Mode.SAMPLE && this.seen.getAndIncrement() % this.properties.sampleEvery() != 0)) {
			return;
		}
		ContractOperation operation = this.contract.operationById(operationId).orElse(null);
		if (operation == null) {
			return;
		}
		byte[] copy = ByteBufUtil.getBytes(body);
		this.checker.execute(() -> check(operation, status, copy));
	}

	private void check(ContractOperation operation, int status, byte[] body) {
		List<String> problems;
		try {
			JsonNode answer = JsonMapper.shared().readTree(body);
			problems = this.contract.validateResponse(operation, status, answer);
		}
		catch (JacksonException ex) {
			problems = List.of("the answer is not JSON");
		}
		catch (RuntimeException ex) {
			logger.warn("The drift check of " + operation.operationId() + " failed: " + ex);
			return;
		}
		Counter.builder("mautic.drift.checks")
			.description("Answers of Mautic checked against the contract")
			.tag("operation", operation.operationId())
			.tag("result", problems.isEmpty() ? "conforms" : "deviates")
			.register(this.registry)
			.increment();
		if (!problems.isEmpty()) {
			remember(new Deviation(Instant.now(), operation.operationId(), status, problems.get(0), problems.size()));
		}
	}

	private synchronized void remember(Deviation deviation) {
		this.recent.addFirst(deviation);
		while (this.recent.size() > this.properties.recent()) {
			this.recent.removeLast();
		}
	}

	/**
	 * @return the latest deviations, latest first
	 */
	public synchronized List<Deviation> recent() {
		return List.copyOf(this.recent);
	}

	/**
	 * @return the sentinel's mode
	 */
	public Mode mode() {
		return this.properties.mode();
	}

	@Override
	public void destroy() {
		this.checker.shutdownNow();
	}

	/**
	 * One answer that did not conform to the contract.
	 *
	 * @param at when it was checked
	 * @param operation the operation
	 * @param status the answer's status
	 * @param firstViolation the first thing that did not conform
	 * @param violations how many things did not conform
	 */
	public record Deviation(Instant at, String operation, int status, String firstViolation, int violations) {
	}

}
