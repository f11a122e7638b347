package org.mauticapi.gateway.upstream;

import java.net.URI;

/**
 * A Mautic that the gateway starts itself when none is configured
 * ({@code mautic.base-url} unset): the embedded demo sandbox, when the {@code demo}
 * module is on the class path (as {@code bin/mautic-gateway} runs it). The production jar
 * has none, and refuses to start without a {@code mautic.base-url}.
 *
 * <p>
 * A module offers one as a bean of its auto-configuration; the gateway starts it when it
 * builds its upstreams and stops it with its application context.
 */
public interface LocalMautic {

	/**
	 * Starts it, once; later calls return the same address. It may return before the
	 * Mautic answers, as long as it answers once the gateway's context is refreshed (the
	 * embedded sandbox is seeded meanwhile).
	 * @return its base URL, without {@code /api}
	 */
	URI start();

	/**
	 * The HTTP Basic pair anyone may use with it, which GraphiQL opens with: a local
	 * Mautic holds demo data only.
	 * @return {@code user:password}
	 */
	String demoCredentials();

}
