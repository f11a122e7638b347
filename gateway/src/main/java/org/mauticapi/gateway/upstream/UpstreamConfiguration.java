package org.mauticapi.gateway.upstream;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import org.mauticapi.gateway.config.GatewayConfigurationException;
import org.mauticapi.gateway.config.GatewayProperties;

/**
 * The upstreams from {@code mautic.*}: {@code default} from {@code mautic.base-url}, or
 * the {@link LocalMautic} on the class path when that is unset, plus every
 * {@code mautic.upstreams.<name>}.
 */
@Configuration(proxyBeanMethods = false)
class UpstreamConfiguration {

	private static final Log logger = LogFactory.getLog(UpstreamConfiguration.class);

	private static final DataSize DEFAULT_ANSWER_BUDGET = DataSize.ofMegabytes(256);

	@Bean
	AnswerBudget answerBudget(GatewayProperties properties) {
		return new AnswerBudget(
				answerBudgetBytes(properties.calls().maxBufferedAnswers(), Runtime.getRuntime().maxMemory()));
	}

	// Answers are held on the heap, and copied at least once more on their way out: a
	// budget above a third of the heap would end an answer flood in OutOfMemoryError
	// instead of the budget's 502.
	static long answerBudgetBytes(@Nullable DataSize configured, long maxHeap) {
		long bound = maxHeap / 3;
		if (configured == null) {
			return Math.min(bound, DEFAULT_ANSWER_BUDGET.toBytes());
		}
		if (configured.toBytes() > bound) {
			logger.warn("mautic.calls.max-buffered-answers is " + configured.toMegabytes()
					+ " MB, more than a third of the heap (" + maxHeap / (1024 * 1024) + " MB): holding at most "
					+ bound / (1024 * 1024) + " MB of upstream answers; give the JVM a larger -Xmx to hold more");
			return bound;
		}
		return configured.toBytes();
	}

	@Bean
	Upstreams upstreams(GatewayProperties properties, UpstreamFactory factory,
			ObjectProvider<LocalMautic> localMautic) {
		Map<String, Upstream> upstreams = new LinkedHashMap<>();
		URI baseUrl = (properties.baseUrl() != null) ? properties.baseUrl() : startLocal(localMautic);
		upstreams.put(GatewayProperties.DEFAULT_UPSTREAM,
				factory.create(GatewayProperties.DEFAULT_UPSTREAM, baseUrl, properties.auth()));
		properties.upstreams().forEach((name, upstream) -> {
			if (GatewayProperties.DEFAULT_UPSTREAM.equals(name)) {
				throw new GatewayConfigurationException("mautic.upstreams.default",
						"'default' is the upstream of mautic.base-url; give this one another name");
			}
			if (!name.matches("[A-Za-z0-9_-]+")) {
				throw new GatewayConfigurationException("mautic.upstreams." + name,
						"an upstream's name may use letters, digits, '-' and '_' only, as it appears in paths");
			}
			upstreams.put(name, factory.create(name, upstream.baseUrl(), upstream.auth()));
		});
		return new Upstreams(upstreams);
	}

	private static URI startLocal(ObjectProvider<LocalMautic> localMautic) {
		LocalMautic local = localMautic.getIfAvailable();
		if (local == null) {
			throw new GatewayConfigurationException("mautic.base-url", "no Mautic to proxy to: set mautic.base-url (or "
					+ "MAUTIC_BASE_URL) to your Mautic's address, e.g. https://mautic.example.com; this jar has no "
					+ "embedded demo sandbox (bin/mautic-gateway runs the gateway with one)");
		}
		return local.start();
	}

}
