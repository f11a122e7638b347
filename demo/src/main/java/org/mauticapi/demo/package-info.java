/**
 * The gateway on its embedded demo sandbox: what {@code bin/mautic-gateway} runs. Without
 * {@code mautic.base-url} the gateway proxies to a sandbox started in the same process
 * ({@link org.mauticapi.demo.EmbeddedSandbox}); with it, the sandbox is never started.
 * The production jar ({@code gateway/target/mautic-gateway.jar}) has no sandbox.
 */
@NullMarked
package org.mauticapi.demo;

import org.jspecify.annotations.NullMarked;
