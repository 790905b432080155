package org.briefingengine.cli;

import org.briefingengine.pipeline.PeriodSpec;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Parses {@code --period} once, for every command, so a mistyped period is a usage error before anything is read. */
final class PeriodConverter implements ITypeConverter<PeriodSpec> {

    @Override
    public PeriodSpec convert(String value) {
        try {
            return PeriodSpec.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
