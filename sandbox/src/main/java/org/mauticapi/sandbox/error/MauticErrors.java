package org.mauticapi.sandbox.error;

import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds Mautic's error bodies. Mautic has several producers with different key order and keys; each factory
 * here mirrors one of them (see the recordings' INDEX, "Error envelopes").
 */
public final class MauticErrors {

	/** The message of Mautic's generic 500 (and, with #400, of a malformed JSON body). */
	public static final String KERNEL_ERROR = "Looks like I encountered an error (error #%d). If I do it again, please report me to the system administrator!";

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private MauticErrors() {
	}

	/**
	 * A controller error: {@code {"code", "message", "details"}}, e.g. 404 "Item was not found." with {@code []}.
	 * @param code the status
	 * @param message the message
	 * @param details a list of messages (often empty)
	 * @return the body
	 */
	public static ObjectNode controller(int code, String message, List<String> details) {
		ObjectNode error = JSON.objectNode().put("code", code).put("message", message);
		ArrayNode detailList = error.putArray("details");
		details.forEach(detailList::add);
		return envelope(error);
	}

	/**
	 * A form validation error: fields joined in the message, messages per field in {@code details}.
	 * @param code 400, or 422 for a unique-field clash
	 * @param fieldMessages messages per field, in order
	 * @return the body
	 */
	public static ObjectNode validation(int code, Map<String, List<String>> fieldMessages) {
		StringBuilder message = new StringBuilder();
		ObjectNode details = JSON.objectNode();
		fieldMessages.forEach((field, messages) -> {
			if (!message.isEmpty()) {
				message.append(", ");
			}
			message.append(field).append(": ").append(String.join(" ", messages));
			ArrayNode list = details.putArray(field);
			messages.forEach(list::add);
		});
		ObjectNode error = JSON.objectNode().put("code", code).put("message", message.toString());
		error.set("details", details);
		return envelope(error);
	}

	/**
	 * A kernel error (routing, uncaught exception, malformed body): {@code {"message", "code", "type": null}}.
	 * @param code the status
	 * @param message the message
	 * @return the body
	 */
	public static ObjectNode kernel(int code, String message) {
		return envelope(JSON.objectNode().put("message", message).put("code", code).putNull("type"));
	}

	/**
	 * An error raised before the controller (authentication): {@code {"message", "code", "type"}}.
	 * @param code the status
	 * @param message the message
	 * @param type e.g. {@code access_denied}
	 * @return the body
	 */
	public static ObjectNode typed(int code, String message, String type) {
		return envelope(JSON.objectNode().put("message", message).put("code", code).put("type", type));
	}

	/**
	 * Mautic's generic 500 for uncaught exceptions, which many client mistakes cause.
	 * @return the body
	 */
	public static ObjectNode serverError() {
		return kernel(500, KERNEL_ERROR.formatted(500));
	}

	private static ObjectNode envelope(JsonNode error) {
		ObjectNode body = JSON.objectNode();
		body.putArray("errors").add(error);
		return body;
	}

}
