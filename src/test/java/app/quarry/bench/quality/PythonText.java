package app.quarry.bench.quality;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The few Python built-ins the project's scoring rules rest on, with Python's semantics
 * (Unicode whitespace and word characters, truthiness, {@code str()}, {@code int()}), so
 * that the Java port gives the same figures as the reference scorer on JSON values.
 */
final class PythonText {

	private static final Pattern INT_LITERAL = Pattern.compile("[+-]?\\p{Nd}+(?:_\\p{Nd}+)*");

	private PythonText() {
	}

	/** {@code str.isspace()} for one code point. */
	static boolean isSpace(int cp) {
		return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
	}

	/** A character of the regular-expression class {@code \w} on Python text. */
	static boolean isWordChar(int cp) {
		return Character.isLetter(cp) || isNumeric(cp) || cp == '_';
	}

	private static boolean isNumeric(int cp) {
		int type = Character.getType(cp);
		return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
				|| type == Character.OTHER_NUMBER;
	}

	/** {@code s.split()}: the runs of non-whitespace. */
	static List<String> split(String s) {
		List<String> parts = new ArrayList<>();
		int start = -1;
		for (int i = 0; i < s.length();) {
			int cp = s.codePointAt(i);
			if (isSpace(cp)) {
				if (start >= 0) {
					parts.add(s.substring(start, i));
					start = -1;
				}
			}
			else if (start < 0) {
				start = i;
			}
			i += Character.charCount(cp);
		}
		if (start >= 0) {
			parts.add(s.substring(start));
		}
		return parts;
	}

	/** {@code s.strip()}. */
	static String strip(String s) {
		int from = 0;
		int to = s.length();
		while (from < to && isSpace(s.codePointAt(from))) {
			from += Character.charCount(s.codePointAt(from));
		}
		while (to > from && isSpace(s.codePointBefore(to))) {
			to -= Character.charCount(s.codePointBefore(to));
		}
		return s.substring(from, to);
	}

	/** {@code s.lower()}. */
	static String lower(String s) {
		return s.toLowerCase(Locale.ROOT);
	}

	/** Python truthiness of a JSON value. */
	static boolean truthy(Object value) {
		return switch (value) {
			case null -> false;
			case Boolean b -> b;
			case String s -> !s.isEmpty();
			case BigInteger i -> i.signum() != 0;
			case Number n -> n.doubleValue() != 0;
			case Collection<?> c -> !c.isEmpty();
			case Map<?, ?> m -> !m.isEmpty();
			default -> true;
		};
	}

	/** {@code str(value)} of a JSON value. */
	static String str(Object value) {
		return switch (value) {
			case null -> "None";
			case Boolean b -> b ? "True" : "False";
			case String s -> s;
			case Double d -> floatRepr(d);
			case Float f -> floatRepr(f.doubleValue());
			case Collection<?> c -> "[" + String.join(", ", c.stream().map(PythonText::repr).toList()) + "]";
			case Map<?, ?> m -> "{"
					+ String.join(", ",
							m.entrySet().stream().map(e -> repr(e.getKey()) + ": " + repr(e.getValue())).toList())
					+ "}";
			default -> value.toString();
		};
	}

	private static String repr(Object value) {
		return value instanceof String s ? "'" + s + "'" : str(value);
	}

	/** {@code repr(float)}: the shortest digits, scientific below 1e-4 and from 1e16. */
	private static String floatRepr(double d) {
		if (Double.isNaN(d)) {
			return "nan";
		}
		if (Double.isInfinite(d)) {
			return d > 0 ? "inf" : "-inf";
		}
		if (d == 0) {
			return 1 / d < 0 ? "-0.0" : "0.0";
		}
		BigDecimal exact = new BigDecimal(Double.toString(d)).stripTrailingZeros();
		int exponent = exact.precision() - exact.scale() - 1;
		if (exponent >= -4 && exponent < 16) {
			String plain = exact.toPlainString();
			return plain.contains(".") ? plain : plain + ".0";
		}
		String digits = exact.unscaledValue().abs().toString();
		String mantissa = digits.length() == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
		return (d < 0 ? "-" : "") + mantissa + "e" + (exponent < 0 ? "-" : "+")
				+ String.format("%02d", Math.abs(exponent));
	}

	/**
	 * {@code int(value)}, or empty where Python raises {@code TypeError} or
	 * {@code ValueError}.
	 */
	static Optional<BigInteger> toInt(Object value) {
		return switch (value) {
			case null -> Optional.empty();
			case Boolean b -> Optional.of(b ? BigInteger.ONE : BigInteger.ZERO);
			case BigInteger i -> Optional.of(i);
			case Integer i -> Optional.of(BigInteger.valueOf(i));
			case Long l -> Optional.of(BigInteger.valueOf(l));
			case Short s -> Optional.of(BigInteger.valueOf(s));
			case Double d -> floatToInt(d);
			case Float f -> floatToInt(f.doubleValue());
			case BigDecimal d -> Optional.of(d.toBigInteger());
			case String s -> parseInt(s);
			default -> Optional.empty();
		};
	}

	private static Optional<BigInteger> floatToInt(double d) {
		if (Double.isNaN(d)) {
			return Optional.empty();
		}
		if (Double.isInfinite(d)) {
			// Python raises OverflowError here, which the scorer does not catch
			throw new ArithmeticException("cannot convert float infinity to integer");
		}
		return Optional.of(new BigDecimal(d).toBigInteger());
	}

	private static Optional<BigInteger> parseInt(String s) {
		String literal = strip(s);
		if (!INT_LITERAL.matcher(literal).matches()) {
			return Optional.empty();
		}
		StringBuilder digits = new StringBuilder();
		literal.codePoints().forEach(cp -> {
			if (cp == '-') {
				digits.append('-');
			}
			else if (cp != '+' && cp != '_') {
				digits.append(Character.digit(cp, 10));
			}
		});
		return Optional.of(new BigInteger(digits.toString()));
	}

}
