package org.mauticapi.gateway.error;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The gateway's own errors in Mautic's envelope, {@code {"errors": [{"message", "code", ...}]}}, so that a Mautic
 * client reads them as it reads Mautic's, and they validate against the contract's {@code MauticErrors} schema.
 */
public final class MauticErrorBodies {

	/** The type of every refusal of a request the contract does not allow. */
	public static final String INVALID_REQUEST = "invalid_request";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private MauticErrorBodies() {
	}

	/**
	 * An error of a kind, as Mautic's kernel and authentication errors are: {@code {"message", "code", "type"}}.
	 * @param code the status
	 * @param message the message
	 * @param type e.g. {@code upstream_timeout}, or null
	 * @return the body bytes
	 */
	public static byte[] typed(int code, String message, @Nullable String type) {
		ObjectNode error = JsonNodeFactory.instance.objectNode().put("message", message).put("code", code);
		if (type != null) {
			error.put("type", type);
		}
		else {
			error.putNull("type");
		}
		return envelope(error);
	}

	/**
	 * Invalid input, as Mautic's form validation answers it: the message joins {@code parameter: problem} pairs, and
	 * {@code details} lists the problems per parameter; {@code type} is {@value #INVALID_REQUEST}, so that a client
	 * tells the gateway's refusals from Mautic's own.
	 * @param code the status
	 * @param problems the problems by parameter name, as the client wrote the parameter
	 * @return the body bytes
	 */
	public static byte[] invalid(int code, Map<String, List<String>> problems) {
		StringBuilder message = new StringBuilder();
		ObjectNode details = JsonNodeFactory.instance.objectNode();
		problems.forEach((parameter, messages) -> {
			ArrayNode list = details.putArray(parameter);
			messages.forEach((text) -> {
				list.add(text);
				message.append((message.length() > 0) ? ", " : "").append(parameter).append(": ").append(text);
			});
		});
		ObjectNode error = JsonNodeFactory.instance.objectNode()
			.put("message", message.toString())
			.put("code", code)
			.put("type", INVALID_REQUEST);
		error.set("details", details);
		return envelope(error);
	}

	private static byte[] envelope(ObjectNode error) {
		ObjectNode body = JsonNodeFactory.instance.objectNode();
		body.putArray("errors").add(error);
		return JSON.writeValueAsBytes(body);
	}

}
