package org.briefingengine.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import org.briefingengine.intake.excel.IntakeWorkbookWriter;
import org.briefingengine.pipeline.BriefingException;
import org.briefingengine.pipeline.ExitCode;
import org.briefingengine.pipeline.PreparedInputs;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code briefing template} and {@code briefing export}: the intake workbook, empty (its drop-down lists filled from
 * the registers and the taxonomy) or holding every current fact, in the layout {@code import} reads back.
 */
@Command(name = "template", mixinStandardHelpOptions = true,
        description = "Write an empty intake workbook: one sheet per record kind, notes, drop-down lists of ids.")
class TemplateCommand implements Callable<Integer> {

    @ArgGroup(exclusive = false, heading = CommonOptions.HEADING)
    CommonOptions common = new CommonOptions();

    @Option(names = "--out", paramLabel = "FILE", required = true, description = "The workbook to write (.xlsx).")
    Path out;

    @Spec
    picocli.CommandLine.Model.CommandSpec spec;

    private final Clock clock;

    TemplateCommand(Clock clock) {
        this.clock = clock;
    }

    @Override
    public Integer call() {
        StageLog log = new StageLog(spec.commandLine().getErr(), common, clock);
        var facts = PreparedInputs.prepare(common.facts, common.rules, log).loaded().facts();
        try {
            write(new IntakeWorkbookWriter(), facts);
        } catch (IOException e) {
            throw new BriefingException(ExitCode.OUTPUT, List.of(out + ": cannot write: " + e.getMessage()), e);
        }
        if (!common.quiet) {
            spec.commandLine().getOut().println("Wrote " + out);
            spec.commandLine().getOut().flush();
        }
        return ErrorPrinter.ok();
    }

    void write(IntakeWorkbookWriter writer, org.briefingengine.model.FactSet facts) throws IOException {
        writer.template(facts, out);
    }

    /** {@code briefing export}: the same workbook with every forum, actor and meeting of the facts. */
    @Command(name = "export", mixinStandardHelpOptions = true,
            description = "Write the current facts into the intake workbook layout, for editing and 'import'.")
    static final class Export extends TemplateCommand {
        Export(Clock clock) {
            super(clock);
        }

        @Override
        void write(IntakeWorkbookWriter writer, org.briefingengine.model.FactSet facts) throws IOException {
            writer.export(facts, out);
        }
    }
}
