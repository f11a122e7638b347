package org.mauticapi.conformance.report;

import java.util.List;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestStepFinished;
import org.jspecify.annotations.Nullable;

import org.mauticapi.conformance.run.ConformanceRun;

/**
 * The Cucumber plugin that feeds the coverage matrix: it starts each scenario's journal, attributes the first
 * failing step to an operation and hands the scenario's outcome to the {@link CoverageRecorder}.
 */
public final class CoverageListener implements ConcurrentEventListener {

	@Override
	public void setEventPublisher(EventPublisher publisher) {
		publisher.registerHandlerFor(TestCaseStarted.class, this::scenarioStarted);
		publisher.registerHandlerFor(TestStepFinished.class, this::stepFinished);
		publisher.registerHandlerFor(TestCaseFinished.class, this::scenarioFinished);
	}

	private void scenarioStarted(TestCaseStarted event) {
		List<String> steps = event.getTestCase()
			.getTestSteps()
			.stream()
			.filter(PickleStepTestStep.class::isInstance)
			.map((step) -> ((PickleStepTestStep) step).getStep().getText())
			.toList();
		ConformanceRun.current().journal().start(steps);
	}

	private void stepFinished(TestStepFinished event) {
		Status status = event.getResult().getStatus();
		if (status == Status.FAILED || status == Status.UNDEFINED || status == Status.AMBIGUOUS
				|| status == Status.PENDING) {
			String step = (event.getTestStep() instanceof PickleStepTestStep pickleStep)
					? pickleStep.getStep().getText() : "a hook";
			ConformanceRun.current().journal().failed(reason(event.getResult(), step));
		}
	}

	private void scenarioFinished(TestCaseFinished event) {
		Result result = event.getResult();
		String skipReason = (result.getStatus() == Status.SKIPPED) ? firstLine(result.getError(), "skipped") : null;
		ConformanceRun.current().coverage().scenarioFinished(event.getTestCase().getName(),
				ConformanceRun.current().journal(), skipReason);
	}

	private static String reason(Result result, String step) {
		return switch (result.getStatus()) {
			case UNDEFINED -> "no step definition matches \"" + step + "\"";
			case AMBIGUOUS -> "several step definitions match \"" + step + "\"";
			case PENDING -> "step \"" + step + "\" is pending";
			default -> firstLine(result.getError(), "failed at \"" + step + "\"");
		};
	}

	// The first line of a failure says what deviates; the rest (bodies, stack traces) is in the Cucumber reports.
	static String firstLine(@Nullable Throwable error, String fallback) {
		if (error == null || error.getMessage() == null || error.getMessage().isBlank()) {
			return fallback;
		}
		String line = error.getMessage().strip().lines().findFirst().orElse(fallback);
		return (line.length() > 300) ? line.substring(0, 297) + "..." : line;
	}

}
