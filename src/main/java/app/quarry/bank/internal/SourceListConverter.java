package app.quarry.bank.internal;

import app.quarry.bank.Source;
import jakarta.persistence.Converter;
import tools.jackson.core.type.TypeReference;

/** A question's sources kept as a JSON array in one text column. */
@Converter
class SourceListConverter extends JsonListConverter<Source> {

	SourceListConverter() {
		super(new TypeReference<>() {
		});
	}

}
