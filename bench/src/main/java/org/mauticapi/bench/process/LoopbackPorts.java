package org.mauticapi.bench.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/**
 * Free ports on the loopback interface, for the servers a run starts.
 */
public final class LoopbackPorts {

	private LoopbackPorts() {
	}

	/**
	 * A port nobody listens on now (the server started on it next binds it a moment
	 * later).
	 * @return the port
	 */
	public static int free() {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			socket.setReuseAddress(true);
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("No free loopback port", ex);
		}
	}

}
