package org.mauticapi.gateway.upstream;

import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Whether an answer is what Mautic sends: exactly one well-formed JSON document. An HTML error page from a proxy in
 * front of Mautic, or a body cut short, is not, and must not reach a caller as if Mautic had said it.
 */
final class MauticJsonAnswer {

	private static final JsonFactory JSON = JsonFactory.builder().build();

	private MauticJsonAnswer() {
	}

	/**
	 * Reads the body through without building anything: about as fast as the bytes can be scanned.
	 * @param body the answer's body
	 * @return whether it is one complete JSON document
	 */
	static boolean isDocument(byte[] body) {
		if (body.length == 0) {
			return false;
		}
		try (JsonParser parser = JSON.createParser(ObjectReadContext.empty(), body)) {
			if (parser.nextToken() == null) {
				return false;
			}
			parser.skipChildren();
			return parser.nextToken() == null;
		}
		catch (JacksonException ex) {
			return false;
		}
	}

}
