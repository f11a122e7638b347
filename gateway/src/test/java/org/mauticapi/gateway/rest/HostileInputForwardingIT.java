package org.mauticapi.gateway.rest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.mauticapi.gateway.support.CaptureMautic;
import org.mauticapi.gateway.support.CaptureMautic.Captured;
import org.mauticapi.gateway.support.RawHttp;
import org.mauticapi.gateway.support.RunningGateway;
import org.mauticapi.php.PhpArray;
import org.mauticapi.php.PhpInputLimits;
import org.mauticapi.php.PhpInputReader;
import org.mauticapi.php.PhpInputReader.Source;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A differential test of what the gateway forwards, through a capture upstream: 621
 * hostile query strings and form bodies whose reading by PHP 8.2 is recorded in the PHP
 * input table, sent as a query (to a route outside the contract, which is forwarded) and
 * as form bodies of a POST and a PATCH (which PHP reads in its two ways), and several
 * hundred spellings of {@code where}, {@code order}, {@code select} and {@code orderBy}
 * made to smuggle SQL or a key past a check. Each is refused with a 400 in Mautic's
 * envelope, or forwarded in a spelling that PHP reads as exactly what PHP read from the
 * original; and nothing that reaches the capture carries an unknown or nested
 * {@code where} key or a column outside the column pattern, in any spelling.
 */
class HostileInputForwardingIT {

	// The table is api-spec's, made by PHP itself (api-spec/src/test/php/make-table.py).
	private static final Path TABLE = Path.of("../api-spec/src/test/resources/php/php-input-table.jsonl");

	private static final Pattern COLUMN = Pattern.compile("[A-Za-z0-9_.]+");

	private static final Set<String> EXPRESSIONS = Set.of("eq", "neq", "lt", "lte", "gt", "gte", "like", "notLike",
			"in", "notIn", "between", "notBetween", "isNull", "isNotNull", "isEmpty", "isNotEmpty", "andX", "orX");

	private static final PhpInputReader PHP = new PhpInputReader(PhpInputLimits.DEFAULTS);

	private static CaptureMautic mautic;

	private static RunningGateway gateway;

	private static int port;

	@BeforeAll
	static void start() {
		mautic = CaptureMautic.start();
		gateway = RunningGateway.start("mautic.base-url=" + mautic.url(), "mautic.calls.retries=0");
		port = Integer.parseInt(gateway.url().substring(gateway.url().lastIndexOf(':') + 1));
	}

	@AfterAll
	static void stop() {
		gateway.close();
		mautic.close();
	}

	@Test
	void forwardsWhatPhpReadsAsTheOriginalOrRefusesItForEveryInputOfThePhpTable() throws IOException {
		List<JsonNode> rows = Files.readAllLines(TABLE)
			.stream()
			.map((line) -> JsonMapper.shared().readTree(line))
			.toList();
		int forwarded = 0;
		int refused = 0;

		for (JsonNode row : rows) {
			byte[] input = input(row);
			Exchange exchange = row.get("source").asString().equals("query")
					? send("GET", "/api/notes?" + requestTargetSafe(input), null, null)
					: send("POST", "/api/contacts/new", "application/x-www-form-urlencoded", input);
			Exchange patch = row.get("source").asString().equals("query")
					? send("PATCH", "/api/contacts/1/edit", "application/x-www-form-urlencoded", input) : null;
			for (Exchange sent : (patch != null) ? List.of(exchange, patch) : List.of(exchange)) {
				String label = row.get("case").asString() + " as " + row.get("source").asString();
				assertThat(sent.answer().status()).as(label + ": " + sent.answer().head()).isIn(200, 400);
				if (sent.answer().status() == 400) {
					refused++;
					assertThat(sent.captured()).isEmpty();
					assertThat(JsonMapper.shared().readTree(sent.answer().body()).at("/errors/0/type").asString())
						.isEqualTo("invalid_request");
					continue;
				}
				forwarded++;
				assertThat(sent.captured()).hasSize(1);
				Captured captured = sent.captured().get(0);
				boolean form = captured.contentType() != null;
				byte[] bytes = form ? captured.body() : bytesOf(captured.rawQuery());
				Source source = (form && captured.method().equals("POST")) ? Source.POST_FORM : Source.QUERY_STRING;
				// PHP's reading of what reached Mautic is PHP's reading of what the
				// caller sent (the table says so).
				assertThat(pairs(PHP.read(bytes, source).values())).as(label).isEqualTo(row.get("php").toString());
				if (row.has("canonical")) {
					assertThat(new String(bytes, StandardCharsets.US_ASCII)).isEqualTo(row.get("canonical").asString());
				}
				if (!form) {
					assertThat(smuggled(PHP.read(bytes, source).values())).as(label).isEmpty();
				}
			}
		}

		assertThat(rows).hasSizeGreaterThanOrEqualTo(1200);
		assertThat(forwarded).isGreaterThan(100);
		assertThat(refused).isGreaterThan(200);
	}

	@Test
	void noSpellingSmugglesAnUncheckedWhereKeyOrColumnToMautic() {
		List<String> attacks = attacks();
		int forwarded = 0;

		for (String attack : attacks) {
			for (String route : List.of("/api/contacts", "/api/segments", "/api/companies", "/api/notes")) {
				Exchange sent = send("GET", route + "?" + attack, null, null);

				assertThat(sent.answer().status()).as(route + "?" + attack).isIn(200, 400);
				for (Captured captured : sent.captured()) {
					forwarded++;
					assertThat(smuggled(PHP.read(bytesOf(captured.rawQuery()), Source.QUERY_STRING).values()))
						.as(route + "?" + attack + " forwarded as " + captured.uri())
						.isEmpty();
				}
			}
		}

		assertThat(attacks).hasSizeGreaterThanOrEqualTo(500);
		assertThat(forwarded).isPositive();
	}

	// The spellings the issue found, then generated ones: each sneaks a key or a column
	// through a bracket, a
	// suffix, an encoding, a repetition or nesting.
	private static List<String> attacks() {
		List<String> attacks = new ArrayList<>(List.of(
				"where[0][expr]=andX&where[0][val][0][col]=email&where[0][val][0][expr]=eq&where[0][val][0][val]=x"
						+ "&where[0][val][0][internal]x=1",
				"where[0][col]x=email%20OR%201%3D1&where[0][expr]=eq&where[0][val]=a",
				"where[0][col]]=1%27)%20OR%201=1--&where[0][expr]=eq",
				"where[0][col]=email&where[0][expr]=eq&where[0][val]=a&where[0][col]=1%20OR%201=1",
				"where%5B0%5D%5Bcol%5D=1%20OR%201=1&where%5B0%5D%5Bexpr%5D=eq",
				"select[]=id&select[]=1;DROP%20TABLE%20leads", "orderBy=id%20DESC,(SELECT%201)",
				"order[0][col]=id%20OR%201&order[0][dir]=asc",
				"where[0][col]=email&where[0][expr]=eq&where[0][val]=a" + "&where[0][val][x]=1"));
		String[] prefixes = { "where[0]", "where[1]", "where[]", "where[0][val][0]", "where[0][val][1]",
				"where[0][val][0][val][0]", "where%5B0%5D", "where[0 ]", "where[ 0]", "where.0", "where[00]",
				"where[-1]" };
		String[] keys = { "[col]", "[expr]", "[val]", "[internal]", "[col]x", "[col]]", "[col", "[col][x]", "%5Bcol%5D",
				"[ col]", "[col ]", "[COL]", "[co%00l]", "[val][]", "[dir]", "[table]" };
		String[] values = { "email", "1%20OR%201%3D1", "l.email", "id)--", "eq", "andX", "orX", "x", "email%00",
				"(SELECT%201)", "%27", "a%2Cb" };
		Random random = new Random(4776);
		// Valid clauses among them, so that forwarding is exercised too.
		for (String column : List.of("email", "points", "city", "l.date_added", "firstname")) {
			attacks.add("where[0][col]=" + column + "&where[0][expr]=eq&where[0][val]=x");
			attacks.add("where[0][expr]=orX&where[0][val][0][col]=" + column + "&where[0][val][0][expr]=isNull"
					+ "&where[0][val][1][col]=id&where[0][val][1][expr]=gt&where[0][val][1][val]=3");
		}
		while (attacks.size() < 560) {
			StringBuilder attack = new StringBuilder();
			for (int pair = 0, pairs = 1 + random.nextInt(4); pair < pairs; pair++) {
				if (attack.length() > 0) {
					attack.append('&');
				}
				attack.append(prefixes[random.nextInt(prefixes.length)])
					.append(keys[random.nextInt(keys.length)])
					.append('=')
					.append(values[random.nextInt(values.length)]);
			}
			attacks.add(attack.toString());
		}
		return attacks;
	}

	// What in a forwarded request's reading would reach Mautic's SQL unchecked: any key
	// of a where clause but col,
	// expr and val, a clause that is not an array, a column or order column outside the
	// pattern, an unknown
	// expression, a select or orderBy that is no column.
	private static List<String> smuggled(PhpArray query) {
		List<String> found = new ArrayList<>();
		if (query.get("where") != null) {
			clauses(query.get("where"), "where", found);
		}
		if (query.get("order") instanceof PhpArray order) {
			order.entries().forEach((key, clause) -> {
				if (!(clause instanceof PhpArray fields) || !(fields.get("col") instanceof String col)
						|| !COLUMN.matcher(col).matches()
						|| !Set.of("col", "dir").containsAll(fields.entries().keySet())) {
					found.add("order[" + key + "]");
				}
			});
		}
		if (query.get("select") instanceof PhpArray select) {
			select.entries().values().forEach((column) -> {
				if (!(column instanceof String text) || !COLUMN.matcher(text).matches()) {
					found.add("select");
				}
			});
		}
		if (query.get("orderBy") != null
				&& !(query.get("orderBy") instanceof String column && COLUMN.matcher(column).matches())) {
			found.add("orderBy");
		}
		return found;
	}

	private static void clauses(Object where, String name, List<String> found) {
		if (!(where instanceof PhpArray list)) {
			found.add(name + " is not a list");
			return;
		}
		list.entries().forEach((key, clause) -> {
			String at = name + "[" + key + "]";
			if (!(clause instanceof PhpArray fields)) {
				found.add(at + " is not a clause");
				return;
			}
			if (!Set.of("col", "expr", "val").containsAll(fields.entries().keySet())) {
				found.add(at + " has a key " + fields.entries().keySet());
			}
			if (fields.get("col") != null
					&& !(fields.get("col") instanceof String col && COLUMN.matcher(col).matches())) {
				found.add(at + "[col]");
			}
			if (!(fields.get("expr") instanceof String expr) || !EXPRESSIONS.contains(expr)) {
				found.add(at + "[expr]");
			}
			else if ((expr.equals("andX") || expr.equals("orX"))) {
				clauses(fields.get("val"), at + "[val]", found);
			}
			else if (fields.get("val") instanceof PhpArray values
					&& values.entries().values().stream().anyMatch(PhpArray.class::isInstance)) {
				found.add(at + "[val] nests arrays");
			}
		});
	}

	private static Exchange send(String method, String target, String contentType, byte[] body) {
		mautic.clear();
		RawHttp.Answer answer = RawHttp.send(port, method, target, contentType, body);
		return new Exchange(answer, mautic.captured());
	}

	private static byte[] input(JsonNode row) {
		JsonNode input = row.get("input");
		return input.isString() ? input.asString().getBytes(StandardCharsets.ISO_8859_1)
				: HexFormat.of().parseHex(input.get("hex").asString());
	}

	// A request line cannot carry a space, a control character, '#' or a byte above 0x7E:
	// those are percent-encoded,
	// which PHP decodes back to the same byte, so its reading of the query is unchanged.
	private static String requestTargetSafe(byte[] input) {
		StringBuilder target = new StringBuilder();
		for (byte b : input) {
			int c = b & 0xFF;
			if (c <= 0x20 || c >= 0x7F || c == '#' || c == '"' || c == '<' || c == '>' || c == '\\' || c == '^'
					|| c == '`' || c == '{' || c == '|' || c == '}') {
				target.append('%').append(String.format("%02X", c));
			}
			else {
				target.append((char) c);
			}
		}
		return target.toString();
	}

	private static byte[] bytesOf(String rawQuery) {
		return (rawQuery != null) ? rawQuery.getBytes(StandardCharsets.ISO_8859_1) : new byte[0];
	}

	// The table's form of an array: [key, value] pairs, integer keys as numbers.
	private static String pairs(PhpArray array) {
		var list = JsonMapper.shared().createArrayNode();
		for (Map.Entry<Object, Object> entry : array.entries().entrySet()) {
			var pair = list.addArray();
			if (entry.getKey() instanceof Long number) {
				pair.add(number);
			}
			else {
				pair.add((String) entry.getKey());
			}
			if (entry.getValue() instanceof PhpArray nested) {
				pair.add(JsonMapper.shared().readTree(pairs(nested)));
			}
			else {
				pair.add((String) entry.getValue());
			}
		}
		return list.toString();
	}

	private record Exchange(RawHttp.Answer answer, List<Captured> captured) {
	}

}
