package org.mauticapi.demo;

import org.springframework.boot.context.event.ApplicationContextInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

import org.mauticapi.gateway.GatewayApplication;

/**
 * Starts the embedded sandbox before the gateway's context is built when no
 * {@code mautic.base-url} is set, so that the two start side by side: the sandbox (made
 * and seeded with its demo data) is most of the time the gateway would otherwise wait
 * for. The sandbox becomes the context's
 * {@link org.mauticapi.gateway.upstream.LocalMautic}.
 * <p>
 * It listens to every application of the process (it is registered in
 * {@code spring.factories}), the sandbox's own included, so it acts only on the
 * gateway's.
 */
public class EarlySandboxStart implements ApplicationListener<ApplicationContextInitializedEvent> {

	static final String BEAN_NAME = "embeddedSandbox";

	@Override
	public void onApplicationEvent(ApplicationContextInitializedEvent event) {
		ConfigurableApplicationContext context = event.getApplicationContext();
		if (!event.getSpringApplication().getAllSources().contains(GatewayApplication.class)
				|| context.getEnvironment().containsProperty("mautic.base-url")) {
			return;
		}
		EmbeddedSandbox sandbox = new EmbeddedSandbox(
				context.getEnvironment().getProperty("mautic.sandbox.seed", DemoProperties.DEFAULT_SEED));
		sandbox.startInBackground();
		context.getBeanFactory().registerSingleton(BEAN_NAME, sandbox);
		context.addApplicationListener((ContextClosedEvent closed) -> {
			if (closed.getApplicationContext() == context) {
				sandbox.destroy();
			}
		});
	}

}
