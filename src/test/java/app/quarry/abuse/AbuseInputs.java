package app.quarry.abuse;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The classes of bad input the abuse suite replays, each made from a fixed seed so that a
 * failure can be replayed: oversized text, malformed GIFT, malformed bank JSON, random
 * bytes and random Unicode (control, bidi and zero-width characters, lone surrogates,
 * combining marks, emoji).
 */
final class AbuseInputs {

	enum InputClass {

		OVERSIZED, MALFORMED_GIFT, MALFORMED_BANK, RANDOM_BYTES, RANDOM_UNICODE

	}

	/** One input: its class, a short label for the report, and its text or bytes. */
	record Input(InputClass inputClass, String label, byte[] bytes) {

		String text() {
			return new String(this.bytes, StandardCharsets.UTF_8);
		}

		static Input of(InputClass inputClass, String label, String text) {
			return new Input(inputClass, label, text.getBytes(StandardCharsets.UTF_8));
		}

	}

	/**
	 * Characters that have fooled text handling before: invisible, reordering, control.
	 */
	static final int[] TRICKY = { 0x0000, 0x0001, 0x0007, 0x0008, 0x0009, 0x000A, 0x000B, 0x000C, 0x000D, 0x001B,
			0x007F, 0x0085, 0x00A0, 0x00AD, 0x034F, 0x061C, 0x200B, 0x200C, 0x200D, 0x200E, 0x200F, 0x2028, 0x2029,
			0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2060, 0x2066, 0x2067, 0x2068, 0x2069, 0xFEFF, 0xFFFD, 0xFFFF,
			0x0301, 0x0336, 0x05D0, 0x0627, 0x4E2D, 0x1F600, 0x1F468, 0xE0041, 0x10FFFF };

	private AbuseInputs() {
	}

	static List<Input> oversized(int limit) {
		List<Input> inputs = new ArrayList<>();
		for (int length : new int[] { limit + 1, limit * 2, 100_000, 1_000_000 }) {
			inputs.add(Input.of(InputClass.OVERSIZED, length + " chars", "word ".repeat(length / 5 + 1)));
		}
		inputs.add(Input.of(InputClass.OVERSIZED, "one long line", "x".repeat(limit + 1)));
		return inputs;
	}

	static List<Input> randomBytes(long seed, int count) {
		Random random = new Random(seed);
		List<Input> inputs = new ArrayList<>();
		inputs.add(new Input(InputClass.RANDOM_BYTES, "empty", new byte[0]));
		for (int i = 0; i < count; i++) {
			byte[] bytes = new byte[1 + random.nextInt(i % 5 == 0 ? 20_000 : 300)];
			random.nextBytes(bytes);
			inputs.add(new Input(InputClass.RANDOM_BYTES, "seed " + seed + " #" + i, bytes));
		}
		return inputs;
	}

	static List<Input> randomUnicode(long seed, int count) {
		Random random = new Random(seed);
		List<Input> inputs = new ArrayList<>();
		inputs.add(Input.of(InputClass.RANDOM_UNICODE, "zero-width only", "\u200B\u200C\u200D\uFEFF"));
		inputs.add(Input.of(InputClass.RANDOM_UNICODE, "bidi override", "\u202Egnp.exe\u202C Ann"));
		inputs.add(Input.of(InputClass.RANDOM_UNICODE, "NUL inside", "May\u00001, 2018"));
		inputs.add(Input.of(InputClass.RANDOM_UNICODE, "lone surrogate", "Kim \uD800 Jong"));
		for (int i = 0; i < count; i++) {
			StringBuilder text = new StringBuilder();
			int length = 1 + random.nextInt(i % 7 == 0 ? 3000 : 60);
			for (int c = 0; c < length; c++) {
				int pick = random.nextInt(10);
				if (pick < 4) {
					text.appendCodePoint(TRICKY[random.nextInt(TRICKY.length)]);
				}
				else if (pick < 7) {
					text.append((char) ('a' + random.nextInt(26)));
				}
				else if (pick < 8) {
					// any code unit, surrogate halves included
					text.append((char) random.nextInt(0x10000));
				}
				else {
					text.appendCodePoint(random.nextInt(0x30000));
				}
			}
			inputs.add(new Input(InputClass.RANDOM_UNICODE, "seed " + seed + " #" + i,
					text.toString().getBytes(StandardCharsets.UTF_8)));
		}
		return inputs;
	}

	/** GIFT that Quarry must refuse with the line, or read without losing anything. */
	static List<Input> malformedGift() {
		String[] files = { "::t:: Never closed {=Han ~Taedong", "::never closed title Seoul? {=Han}",
				"Two blocks {=a} and {=b}", "Nested {=a {=b} }", "Essay {}", "Matching {=a -> b =c -> d}",
				"Range {#1..5}", "Partial {~%50%a ~%50%b}", "{=only an answer}", "// only a comment",
				"$CATEGORY: nothing", "::t:: No answer at all", "Choice without a right one {~a ~b ~c}",
				"Choice with the answer twice {=a =a ~b}", "Number {#not-a-number}", "\uFEFF\uFEFFBOMs {=a}",
				"Escapes \\{ \\} \\= \\~ \\# {=\\{a\\}}", "::" + "n".repeat(5000) + ":: long name {=a}",
				"Q? {=" + "a".repeat(5000) + "}", "Q? {" + "~o ".repeat(3000) + "=a}",
				"Ok one {=a}\n\nBroken two {=b\n\nOk three {T}", "\r\rMac lines {=a}\r\r", "{", "}", "::", "=",
				"Q? {T} {F}", "Q? {TRUE#feedback#feedback#more}", "Q? {=a#}", "Q? {=\n}" };
		List<Input> inputs = new ArrayList<>();
		for (int i = 0; i < files.length; i++) {
			inputs.add(Input.of(InputClass.MALFORMED_GIFT, "gift #" + i, files[i]));
		}
		return inputs;
	}

	/** Bank files broken in the ways a hand edit or a truncated copy breaks them. */
	static List<Input> malformedBank(String validBank, long seed) {
		List<Input> inputs = new ArrayList<>();
		Random random = new Random(seed);
		for (int i = 0; i < 8; i++) {
			int cut = random.nextInt(validBank.length());
			inputs.add(Input.of(InputClass.MALFORMED_BANK, "truncated at " + cut, validBank.substring(0, cut)));
		}
		inputs.add(Input.of(InputClass.MALFORMED_BANK, "empty", ""));
		inputs.add(Input.of(InputClass.MALFORMED_BANK, "null", "null"));
		inputs.add(Input.of(InputClass.MALFORMED_BANK, "an array", "[]"));
		inputs.add(Input.of(InputClass.MALFORMED_BANK, "no questions",
				"{\"format\": \"quarry-bank/1\", \"documents\": [], \"questions\": []}"));
		inputs.add(Input.of(InputClass.MALFORMED_BANK, "deep nesting",
				"{\"format\": \"quarry-bank/1\", \"documents\": " + "[".repeat(200_000) + "]".repeat(200_000) + "}"));
		inputs.add(Input.of(InputClass.MALFORMED_BANK, "huge number",
				validBank.replaceFirst("\"start\": \\d+", "\"start\": 99999999999999999999999999")));
		inputs.add(Input.of(InputClass.MALFORMED_BANK, "negative offset",
				validBank.replaceFirst("\"start\": \\d+", "\"start\": -5")));
		inputs.add(Input.of(InputClass.MALFORMED_BANK, "prompt over the column",
				validBank.replaceFirst("\"prompt\": \"", "\"prompt\": \"" + "p".repeat(5000))));
		inputs.add(Input.of(InputClass.MALFORMED_BANK, "answer over the column",
				validBank.replaceFirst("\"answer\": \"", "\"answer\": \"" + "a".repeat(3000))));
		inputs.add(Input.of(InputClass.MALFORMED_BANK, "missing prompt",
				validBank.replaceFirst("\"prompt\": \"[^\"]*\",", "")));
		inputs.add(Input.of(InputClass.MALFORMED_BANK, "prompt a number",
				validBank.replaceFirst("\"prompt\": \"[^\"]*\"", "\"prompt\": 42")));
		inputs.add(Input.of(InputClass.MALFORMED_BANK, "id over the column",
				validBank.replaceFirst("\"id\": \"q-", "\"id\": \"q-" + "9".repeat(100))));
		inputs.add(Input.of(InputClass.MALFORMED_BANK, "unknown document",
				validBank.replaceFirst("\"document\": \"[^\"]*\"", "\"document\": \"no-such-document\"")));
		inputs.add(Input.of(InputClass.MALFORMED_BANK, "duplicate id", duplicateFirstQuestion(validBank)));
		inputs.add(Input.of(InputClass.MALFORMED_BANK, "bad escape",
				validBank.replaceFirst("\"prompt\": \"", "\"prompt\": \"\\uZZZZ")));
		inputs.add(Input.of(InputClass.MALFORMED_BANK, "control character in a string",
				validBank.replaceFirst("\"prompt\": \"", "\"prompt\": \"\u0001")));
		inputs.add(Input.of(InputClass.MALFORMED_BANK, "other format",
				validBank.replace("quarry-bank/1", "quarry-bank/9")));
		inputs.add(Input.of(InputClass.MALFORMED_BANK, "trailing garbage", validBank + "}}}"));
		return inputs;
	}

	private static String duplicateFirstQuestion(String bank) {
		int questions = bank.indexOf("\"questions\": [");
		int start = bank.indexOf('{', questions);
		int end = bank.indexOf("\n    }", start) + "\n    }".length();
		if (questions < 0 || start < 0 || end < start) {
			return bank;
		}
		String first = bank.substring(start, end);
		return bank.substring(0, end) + ",\n    " + first + bank.substring(end);
	}

}
