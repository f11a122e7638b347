package org.mauticapi.clients;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.mauticapi.sandbox.SandboxServer;

/**
 * Gives client checks the embedded sandbox with its demo data: started once for all of
 * them on a free loopback port, stopped when they are done (JUnit closes what the root
 * store holds).
 */
final class SandboxExtension implements ParameterResolver {

	@Override
	public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
		return parameter.getParameter().getType() == SandboxServer.class;
	}

	@Override
	public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
		return context.getRoot()
			.getStore(ExtensionContext.Namespace.create(SandboxExtension.class))
			.computeIfAbsent(SandboxServer.class, (key) -> SandboxServer.start(0), SandboxServer.class);
	}

}
