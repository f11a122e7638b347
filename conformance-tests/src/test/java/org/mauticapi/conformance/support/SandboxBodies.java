package org.mauticapi.conformance.support;

import java.net.URI;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import org.mauticapi.conformance.http.Authentication;
import org.mauticapi.conformance.http.MauticHttp;
import org.mauticapi.conformance.http.Credentials;

/**
 * Real answers of the sandbox, to turn into deviant ones: a deviation is most telling
 * when everything but the one broken detail is what Mautic sends.
 */
public final class SandboxBodies {

	private final MauticHttp http;

	public SandboxBodies(String baseUrl) {
		this.http = new MauticHttp(URI.create(baseUrl), new Credentials.Basic("admin", "mautic"));
	}

	/**
	 * The sandbox's answer to a GET, as an editable copy.
	 * @param path the path below {@code /api}
	 * @return the body
	 */
	public ObjectNode get(String path) {
		JsonNode body = this.http.send("GET", path, null, Authentication.VALID).body();
		return (ObjectNode) body.deepCopy();
	}

}
