package org.mauticapi.contract;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Mautic's error body, {@code {"errors": [{...}]}}, the one way the gateway and the
 * sandbox write it. Mautic has several producers with different key order and keys; each
 * factory here mirrors one of them (see the recordings' INDEX, "Error envelopes"), and
 * {@link #invalid} is the gateway's own refusal, in the same envelope, so that a Mautic
 * client reads it as it reads Mautic's and it validates against the contract's
 * {@code MauticErrors} schema.
 */
public final class MauticErrors {

	/**
	 * The {@code type} of the gateway's refusal of a request the contract does not allow.
	 */
	public static final String INVALID_REQUEST = "invalid_request";

	/** The message of Mautic's generic 500 (and, with #400, of a malformed JSON body). */
	public static final String KERNEL_ERROR = "Looks like I encountered an error (error #%d). If I do it again, please report me to the system administrator!";

	private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

	private static final JsonMapper WRITER = JsonMapper.builder().build();

	private MauticErrors() {
	}

	/**
	 * A controller error: {@code {"code", "message", "details"}}, e.g. 404 "Item was not
	 * found." with {@code []}.
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
	 * A form validation error: fields joined in the message, messages per field in
	 * {@code details}.
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
	 * A kernel error (routing, uncaught exception, malformed body): {@code {"message",
	 * "code", "type": null}}.
	 * @param code the status
	 * @param message the message
	 * @return the body
	 */
	public static ObjectNode kernel(int code, String message) {
		return envelope(JSON.objectNode().put("message", message).put("code", code).putNull("type"));
	}

	/**
	 * An error raised before the controller (authentication), or by the gateway itself:
	 * {@code {"message", "code", "type"}}.
	 * @param code the status
	 * @param message the message
	 * @param type e.g. {@code access_denied}, {@code upstream_timeout}; null is written
	 * as null
	 * @return the body
	 */
	public static ObjectNode typed(int code, String message, @Nullable String type) {
		ObjectNode error = JSON.objectNode().put("message", message).put("code", code);
		return envelope((type != null) ? error.put("type", type) : error.putNull("type"));
	}

	/**
	 * The gateway's refusal of invalid input, written as Mautic's form validation is: the
	 * message joins {@code parameter: problem} pairs, {@code details} lists the problems
	 * per parameter, and {@code type} is {@value #INVALID_REQUEST}, so that a client
	 * tells the gateway's refusals from Mautic's own.
	 * @param code the status
	 * @param problems the problems by parameter name, as the client wrote the parameter
	 * @return the body
	 */
	public static ObjectNode invalid(int code, Map<String, List<String>> problems) {
		StringBuilder message = new StringBuilder();
		ObjectNode details = JSON.objectNode();
		problems.forEach((parameter, messages) -> {
			ArrayNode list = details.putArray(parameter);
			messages.forEach((text) -> {
				list.add(text);
				message.append(message.isEmpty() ? "" : ", ").append(parameter).append(": ").append(text);
			});
		});
		ObjectNode error = JSON.objectNode()
			.put("message", message.toString())
			.put("code", code)
			.put("type", INVALID_REQUEST);
		error.set("details", details);
		return envelope(error);
	}

	/**
	 * Mautic's generic 500 for uncaught exceptions, which many client mistakes cause.
	 * @return the body
	 */
	public static ObjectNode serverError() {
		return kernel(500, KERNEL_ERROR.formatted(500));
	}

	/**
	 * A body as the bytes sent.
	 * @param body one of the bodies above
	 * @return its UTF-8 JSON
	 */
	public static byte[] bytes(ObjectNode body) {
		return WRITER.writeValueAsBytes(body);
	}

	private static ObjectNode envelope(JsonNode error) {
		ObjectNode body = JSON.objectNode();
		body.putArray("errors").add(error);
		return body;
	}

}
