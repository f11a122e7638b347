package org.mauticapi.client;

import java.util.Collection;
import java.util.Map;

import org.mauticapi.php.PhpJson;
import org.mauticapi.php.PhpQueryWriter;
import org.mauticapi.spec.client.ApiClient;
import org.mauticapi.spec.client.api.ContactsApi;
import org.mauticapi.spec.client.api.SegmentsApi;
import com.fasterxml.jackson.annotation.JsonInclude;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * The generated WebClient-based client, set up for one Mautic installation.
 *
 * <p>
 * Beyond the generated {@link ApiClient}, it serialises structured query parameters the
 * way Mautic's PHP reads them
 * ({@code where[0][col]=email&where[0][expr]=eq&where[0][val]=x}), which OpenAPI's
 * {@code deepObject} style does not define for lists and the generated code would
 * otherwise send as one comma-joined string.
 *
 * <pre>{@code
 * MauticApiClient mautic = MauticApiClient.forBaseUrl("https://mautic.example.com");
 * mautic.setUsername("admin");
 * mautic.setPassword(System.getenv("MAUTIC_PASSWORD"));
 * ContactGetResponse contact = mautic.contacts().getContact(1L, null).block();
 * }</pre>
 */
public class MauticApiClient extends ApiClient {

	/**
	 * A client on a WebClient whose JSON codecs leave unset properties out of request
	 * bodies and read answers of any size.
	 */
	public MauticApiClient() {
		super(webClient(mapper()), createDefaultDateFormat());
	}

	/**
	 * A client on the given WebClient (its filters, codecs and connector are kept). Build
	 * it from {@link #mapper()}'s codecs, or unset properties are sent as {@code null},
	 * which Mautic stores.
	 * @param webClient the WebClient to send requests with
	 */
	public MauticApiClient(WebClient webClient) {
		super(webClient);
	}

	/**
	 * The JSON mapper of this client. In request bodies an unset property is left out,
	 * because Mautic reads a {@code null} as "blank this field" (a PATCH would erase
	 * data); a property explicitly set to null through its {@code JsonNullable} setter is
	 * still sent. In answers, Mautic's {@code []} for an absent object (a device's
	 * {@code clientInfo}, an event's {@code details}, a point group score not yet set)
	 * reads as null.
	 * @return a new mapper
	 */
	public static JsonMapper mapper() {
		return createDefaultMapper(null).rebuild()
			.changeDefaultPropertyInclusion((inclusion) -> inclusion.withValueInclusion(JsonInclude.Include.NON_NULL))
			.enable(DeserializationFeature.ACCEPT_EMPTY_ARRAY_AS_NULL_OBJECT)
			.build();
	}

	// A contact in a list answer takes about 9 kB (every field with its metadata):
	// WebClient's default 256 kB buffer
	// refuses even Mautic's default page of 30 contacts. The caller chooses the page
	// size, so any answer is read.
	private static WebClient webClient(JsonMapper mapper) {
		return buildWebClientBuilder(mapper).codecs((codecs) -> codecs.defaultCodecs().maxInMemorySize(-1)).build();
	}

	/**
	 * A client for the Mautic installed at this URL; the API root {@code /api} is
	 * appended.
	 * @param baseUrl scheme, host and optional path prefix of the Mautic installation
	 * @return the client
	 */
	public static MauticApiClient forBaseUrl(String baseUrl) {
		MauticApiClient client = new MauticApiClient();
		client.setBasePath(baseUrl.replaceAll("/+$", "") + "/api");
		return client;
	}

	/**
	 * A client for the Mautic installed at this URL, authenticating with HTTP Basic.
	 * @param baseUrl scheme, host and optional path prefix of the Mautic installation
	 * @param username the Mautic user
	 * @param password the user's password
	 * @return the client
	 */
	public static MauticApiClient forBaseUrl(String baseUrl, String username, String password) {
		MauticApiClient client = forBaseUrl(baseUrl);
		client.setUsername(username);
		client.setPassword(password);
		return client;
	}

	/**
	 * The contact operations.
	 * @return a generated API bound to this client
	 */
	public ContactsApi contacts() {
		return new ContactsApi(this);
	}

	/**
	 * The segment operations.
	 * @return a generated API bound to this client
	 */
	public SegmentsApi segments() {
		return new SegmentsApi(this);
	}

	@Override
	public MultiValueMap<String, String> parameterToMultiValueMap(CollectionFormat collectionFormat, String name,
			Object value) {
		if (name != null && !name.endsWith("[]") && isStructured(value)) {
			MultiValueMap<String, String> params = new LinkedMultiValueMap<>();
			ObjectNode parameter = this.mapper.createObjectNode().set(name, this.mapper.valueToTree(value));
			PhpQueryWriter.pairs(PhpJson.fromJson(parameter))
				.forEach((pair) -> params.add(pair.getKey(), pair.getValue()));
			return params;
		}
		return super.parameterToMultiValueMap(collectionFormat, name, value);
	}

	// Lists and maps of objects (where, order) need PHP's bracket syntax; lists of
	// scalars keep the generated format.
	private static boolean isStructured(Object value) {
		if (value instanceof Map<?, ?> || value instanceof JsonNode node && node.isContainer()) {
			return true;
		}
		if (value instanceof Collection<?> items) {
			return items.stream().anyMatch((item) -> item != null && !isScalar(item));
		}
		return false;
	}

	private static boolean isScalar(Object value) {
		return value instanceof CharSequence || value instanceof Number || value instanceof Boolean
				|| value instanceof Enum<?> || value instanceof JsonNode node && node.isValueNode();
	}

}
