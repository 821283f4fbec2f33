package app.quarry.generation.extract;

import java.util.Set;

/**
 * Units of length, area, weight, volume and storage: in the singular after a number they
 * are the measure of a compound ("a 16 inch monitor", "40 gigabyte hard drive"), not a
 * noun that needs an article before it.
 */
final class MeasureUnits {

	/** The units, in the singular. */
	static final Set<String> MEASURES = Set.of("inch", "foot", "yard", "mile", "metre", "meter", "kilometre",
			"kilometer", "centimetre", "centimeter", "millimetre", "millimeter", "acre", "hectare", "ton", "tonne",
			"pound", "kilogram", "gram", "ounce", "gallon", "litre", "liter", "kilobyte", "megabyte", "gigabyte",
			"terabyte");

	private MeasureUnits() {
	}

}
