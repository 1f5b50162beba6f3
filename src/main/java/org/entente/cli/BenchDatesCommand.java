package org.entente.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.entente.extract.time.TimemlBenchmark;
import org.entente.input.InputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

@Command(name = "bench-dates", description = "Score the date normaliser against the DATE annotations of a folder of TimeML files.")
final class BenchDatesCommand implements Callable<Integer> {
    @ParentCommand
    EntenteCommand root;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder holding .tml files (searched recursively).")
    Path directory;

    @Override
    public Integer call() throws IOException {
        if (!Files.isDirectory(directory)) {
            throw InputException.of(directory.toString(), "no such folder; give a folder of TimeML (.tml) files");
        }
        try (Stream<Path> files = Files.walk(directory)) {
            if (files.noneMatch(p -> p.getFileName().toString().endsWith(".tml"))) {
                throw InputException.of(directory.toString(), "no TimeML (.tml) file in this folder or under it");
            }
        }
        TimemlBenchmark.Result r = new TimemlBenchmark().run(directory);
        r.problems().forEach(p -> root.err.println("entente: skipped " + p));
        root.out.printf(Locale.ROOT, "files %d, gold DATEs %d, predicted %d%n", r.files(), r.goldDates(), r.predictions());
        print("value", r.value());
        print("span ", r.span());
        root.out.println("most frequent errors:");
        r.errorKinds().forEach(k -> root.out.printf(Locale.ROOT, "%5d  %s%n", k.count(), k.description()));
        return ExitCode.OK;
    }

    private void print(String label, TimemlBenchmark.Score s) {
        root.out.printf(Locale.ROOT, "%s  P %.3f  R %.3f  F1 %.3f  (tp %d, fp %d, fn %d)%n", label,
                s.precision(), s.recall(), s.f1(), s.truePositives(), s.falsePositives(), s.falseNegatives());
    }
}
