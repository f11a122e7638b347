package org.mauticapi.conformance.run;

import java.util.List;

import io.cucumber.plugin.ConcurrentEventListener;
import io.cucumber.plugin.event.EventPublisher;
import io.cucumber.plugin.event.PickleStepTestStep;
import io.cucumber.plugin.event.Result;
import io.cucumber.plugin.event.Status;
import io.cucumber.plugin.event.TestCaseFinished;
import io.cucumber.plugin.event.TestCaseStarted;
import io.cucumber.plugin.event.TestStepFinished;

import org.mauticapi.conformance.report.FailureReasons;

/**
 * The Cucumber plugin that feeds the coverage matrix: it starts each scenario's journal,
 * records the first failing step (the journal attributes it to an operation) and hands
 * the scenario's outcome to the coverage recorder. Cucumber creates it from its class
 * name, so it reaches the run through {@link ConformanceRun#active()}.
 */
public final class ScenarioEvents implements ConcurrentEventListener {

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
		ConformanceRun.active().journal().start(event.getTestCase().getName(), steps);
	}

	private void stepFinished(TestStepFinished event) {
		Status status = event.getResult().getStatus();
		if (status == Status.FAILED || status == Status.UNDEFINED || status == Status.AMBIGUOUS
				|| status == Status.PENDING) {
			String step = (event.getTestStep() instanceof PickleStepTestStep pickleStep)
					? pickleStep.getStep().getText() : "a hook";
			ConformanceRun.active().journal().failed(reason(event.getResult(), step), event.getResult().getError());
		}
	}

	private void scenarioFinished(TestCaseFinished event) {
		Result result = event.getResult();
		String skipReason = (result.getStatus() == Status.SKIPPED)
				? FailureReasons.firstLine(result.getError(), "skipped") : null;
		ConformanceRun run = ConformanceRun.active();
		run.coverage().scenarioFinished(run.journal(), skipReason);
	}

	private static String reason(Result result, String step) {
		return switch (result.getStatus()) {
			case UNDEFINED -> "no step definition matches \"" + step + "\"";
			case AMBIGUOUS -> "several step definitions match \"" + step + "\"";
			case PENDING -> "step \"" + step + "\" is pending";
			default -> FailureReasons.firstLine(result.getError(), "failed at \"" + step + "\"");
		};
	}

}
